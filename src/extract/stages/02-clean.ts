// Stage 2: remove page junk (share rows, newsletter prompts, captions, footers, repeated
// headlines) by the rules of data/cleaning.yaml. The result is the text every offset points into.
import type { Knowledge } from "../knowledge";
import { fold } from "../text/fold";

type Rules = Knowledge["cleaning"];

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;
const SHARE_SPLIT = /[\s|·•,;:/]+/;

/** Cuts from `line` the characters whose fold is the first `n` folded characters. */
function cutFoldedPrefix(line: string, n: number): string {
  let folded = 0;
  let i = 0;
  for (const ch of line) {
    if (folded >= n) break;
    folded += fold(ch).length || (/\s/u.test(ch) ? 1 : 0);
    i += ch.length;
  }
  return line.slice(i).trimStart();
}

/** What cleaning removed that is worth a word: repeated lines, and the tail cut from a footer line. */
export interface CleanReport {
  repeated: { lines: number; chars: number };
  truncated?: { line: string; chars: number };
}

/** `line` without the first suffix a pattern matches within its last `window` characters (patterns end in `$`). */
function stripSuffix(line: string, patterns: readonly RegExp[], window: number): string {
  const from = Math.max(0, line.length - window);
  for (const re of patterns) {
    const m = re.exec(line.slice(from));
    if (m && m[0].length > 0 && from + m.index > 0) return line.slice(0, from + m.index).trimEnd();
  }
  return line;
}

export function clean(body: string, rules: Rules): string {
  return cleanWithReport(body, rules).text;
}

export function cleanWithReport(body: string, rules: Rules): { text: string } & CleanReport {
  const dropExact = new Set(rules.drop_lines.map((l) => fold(l)));
  const prefixes = rules.drop_line_prefixes.map((p) => ({ prefix: fold(p.prefix), max: p.max_words }));
  const captions = rules.caption_markers.map((c) => ({ marker: fold(c.marker), max: c.max_words }));
  const shareWords = new Set(rules.share_words.map((w) => fold(w)));
  const truncate = new Set(rules.truncate_from.map((l) => fold(l)));
  const dropPatterns = rules.drop_line_patterns.map((r) => new RegExp(r, "u"));
  const stripPatterns = rules.strip_line_prefixes.map((r) => new RegExp(r, "u"));
  // Suffixes are read on the line as written (a credit's words keep their case and accents), case aside.
  const suffixPatterns = rules.strip_line_suffixes.map((r) => new RegExp(r, "iu"));
  // Regular expressions from data run per line, on lines of bounded length, so a hostile
  // single-line megabyte cannot make a careless pattern stall the whole extraction.
  const MAX_PATTERN_LINE = 400;
  // Longer than any rule's word limit allows, even with long words (a generous 15 characters each).
  const maxWords = Math.max(0, ...rules.drop_line_prefixes.map((p) => p.max_words), ...rules.caption_markers.map((c) => c.max_words));
  const longLine = Math.max(MAX_PATTERN_LINE, maxWords * 15);

  const lines = body.replace(/\r\n?/g, "\n").split("\n");
  const total = lines.reduce((n, l) => n + l.length + 1, 0);
  const kept: string[] = [];
  const seen = new Set<string>();
  const repeated = { lines: 0, chars: 0 };
  let truncated: CleanReport["truncated"];
  let offset = 0;
  for (const rawLine of lines) {
    let line = rawLine.replace(/[ \t\u00a0]+$/u, "").replace(/^[ \t\u00a0]+/u, "");
    const here = offset;
    offset += rawLine.length + 1;
    // Junk lines are short: a long line (a paragraph) is only checked for a stripped prefix and
    // for repetition, and folding all of it would be the stage's main cost.
    const long = line.length > longLine;
    let f = fold(long ? line.slice(0, MAX_PATTERN_LINE) : line);
    // Prefixes are anchored: looking at the line's opening is enough, whatever its length.
    for (const re of stripPatterns) {
      const m = re.exec(f.slice(0, MAX_PATTERN_LINE));
      if (m && m[0].length > 0 && m[0].length < f.length) {
        line = cutFoldedPrefix(line, m[0].length);
        f = fold(long ? line.slice(0, MAX_PATTERN_LINE) : line);
      }
    }
    // A photo credit glued to a caption's end ("…2022.(Photo by X / AFP via Getty Images)") names no actor of the story;
    // a short caption line is dropped whole below, before its credit would be cut.
    if (long) {
      line = stripSuffix(line, suffixPatterns, MAX_PATTERN_LINE);
      if (seen.has(line)) {
        repeated.lines++;
        repeated.chars += line.length;
        continue;
      }
      seen.add(line);
      kept.push(line);
      continue;
    }
    if (line.length <= MAX_PATTERN_LINE && dropPatterns.some((re) => re.test(f))) continue;
    if (f === "") {
      kept.push("");
      continue;
    }
    if (truncate.has(f) && here > total / 2) {
      truncated = { line, chars: total - here };
      break;
    }
    if (dropExact.has(f)) continue;
    const words = wordCount(f);
    if (prefixes.some((p) => f.startsWith(p.prefix) && words <= p.max)) continue;
    if (captions.some((c) => f.includes(c.marker) && words <= c.max)) continue;
    const cut = stripSuffix(line, suffixPatterns, MAX_PATTERN_LINE);
    if (cut !== line) [line, f] = [cut, fold(cut)];
    const parts = f.split(SHARE_SPLIT).filter(Boolean);
    if (parts.length > 0 && parts.every((w) => shareWords.has(w)) && (parts.length > 1 || line.length <= 12)) continue;
    if (line.length >= rules.min_repeated_line_chars) {
      if (seen.has(f)) {
        repeated.lines++;
        repeated.chars += line.length;
        continue;
      }
      seen.add(f);
    }
    kept.push(line);
  }
  const text = kept
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { text, repeated, truncated };
}
