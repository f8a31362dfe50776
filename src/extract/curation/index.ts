// The curation's public entry point, shared by the extractor and (lazily) the app: parse
// data/curation.yaml's text, apply its decisions to a graph, write decisions back as YAML.
import { parse, stringify } from "yaml";
import { parseCuration, type Curation, type DecisionInput } from "../../model";

export { applyCuration, type CurationResult, type Stale } from "./apply";
export { anchorQuote, type Anchor } from "./anchor";

/** data/curation.yaml's text → decisions; throws with the file name and the decision that failed. */
export function readCuration(text: string, file = "data/curation.yaml"): Curation {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (e) {
    throw new Error(`${file}: not valid YAML: ${(e as Error).message}`);
  }
  const parsed = parseCuration(raw);
  if (!parsed.ok) throw new Error(`${file}: ${parsed.problems.join("; ")}`);
  return parsed.value;
}

const HEADER =
  "# Decisions about what the extractor proposed, applied in this order on every `npm run extract`.\n" +
  "# Written by the app (review buttons) or by hand; the contract is src/model/curation.ts.\n";

/** Decisions → the YAML text of data/curation.yaml, one flow mapping per decision (diffs read one line each). */
export function writeCuration(decisions: readonly DecisionInput[]): string {
  if (!decisions.length) return `${HEADER}[]\n`;
  const body = decisions.map((d) => `- ${stringify(d, { collectionStyle: "flow", lineWidth: 0 }).trim()}`).join("\n");
  return `${HEADER}${body}\n`;
}
