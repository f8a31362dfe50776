// Escaping for the XML formats (GEXF, GraphML). Line breaks become character references so that
// attribute values keep them (parsers turn a raw one into a space). Characters XML 1.0 forbids are dropped rather
// than escaped: no reader would accept them in any form.
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;" };

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML 1.0 forbids, matched to be dropped.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function xmlEscape(value: string): string {
  return value.replace(FORBIDDEN, "").replace(/[&<>"'\n\r\t]/g, (c) => ENTITIES[c] ?? c);
}

/** `name="value"` pairs in the given order; undefined values are left out. */
export function attrs(pairs: [string, string | number | undefined][]): string {
  return pairs
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${xmlEscape(String(v))}"`)
    .join("");
}
