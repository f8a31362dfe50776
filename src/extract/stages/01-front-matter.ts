// Stage 1: split optional YAML front matter (title, outlet, published, url, language,
// translationOf) from the article body.
import { parse } from "yaml";
import type { Language } from "../../model";

export interface ArticleMetaInput {
  title?: string;
  outlet?: string;
  published?: string;
  url?: string;
  language?: Language;
  translationOf?: string;
}

export interface FrontMatterResult {
  meta: ArticleMetaInput;
  body: string;
  /** Why the front matter was ignored, when it was. */
  warning?: string;
  /** A language the extractor does not read (not fr or en), ignored: the language is detected. */
  ignoredLanguage?: string;
}

const FENCE = /^---[ \t]*\r?\n/;
const CLOSE = /\r?\n---[ \t]*(?:\r?\n|$)/;

const asString = (v: unknown): string | undefined => {
  if (typeof v === "string" && v.trim()) return v.trim();
  if (typeof v === "number") return String(v);
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  return undefined;
};

export function frontMatter(raw: string): FrontMatterResult {
  if (!FENCE.test(raw)) return { meta: {}, body: raw };
  const open = raw.match(FENCE)![0].length;
  const close = CLOSE.exec(raw.slice(open));
  if (!close) return { meta: {}, body: raw, warning: "front matter opened with --- but never closed; read as text" };
  const yamlText = raw.slice(open, open + close.index);
  const body = raw.slice(open + close.index + close[0].length);
  let data: unknown;
  try {
    data = parse(yamlText);
  } catch (e) {
    return { meta: {}, body, warning: `front matter is not valid YAML (${(e as Error).message.split("\n")[0]}); ignored` };
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return { meta: {}, body, warning: "front matter is not a mapping; ignored" };
  }
  const d = data as Record<string, unknown>;
  const meta: ArticleMetaInput = {};
  const title = asString(d.title);
  if (title) meta.title = title;
  const outlet = asString(d.outlet ?? d.source);
  if (outlet) meta.outlet = outlet;
  const published = asString(d.published ?? d.date);
  if (published) meta.published = published;
  const url = asString(d.url);
  if (url) meta.url = url;
  const language = asString(d.language ?? d.lang);
  const lang = language?.toLowerCase().slice(0, 2);
  if (lang === "fr" || lang === "en") meta.language = lang;
  const translationOf = asString(d.translationOf ?? d.translation_of);
  if (translationOf) meta.translationOf = translationOf;
  return language && !meta.language ? { meta, body, ignoredLanguage: language } : { meta, body };
}
