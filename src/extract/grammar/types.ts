// The grammar layer's data types. Offsets are absolute article offsets, like every other span in
// the extractor, so a token or clause can be quoted straight from the article text.

/** Universal Dependencies UPOS tags. */
export const POS_TAGS = [
  "ADJ",
  "ADP",
  "ADV",
  "AUX",
  "CCONJ",
  "DET",
  "INTJ",
  "NOUN",
  "NUM",
  "PART",
  "PRON",
  "PROPN",
  "PUNCT",
  "SCONJ",
  "SYM",
  "VERB",
  "X",
] as const;
export type Pos = (typeof POS_TAGS)[number];

/** "ger" is any -ing / -ant form; "part" a past participle. */
export type VerbForm = "fin" | "inf" | "part" | "ger";
/** "imp" is the imperfect (French imparfait); a finite form's own tense, not its clause's. */
export type Tense = "pres" | "past" | "fut" | "cond" | "imp";

export interface TaggedToken {
  start: number;
  end: number;
  text: string;
  pos: Pos;
  /** Lower-cased dictionary form; a proper noun keeps its spelling. */
  lemma: string;
  verbForm?: VerbForm;
  tense?: Tense;
}

export interface Span {
  start: number;
  end: number;
  /** Token index of the group's head. */
  head: number;
}

export type ClauseKind = "main" | "relative" | "subordinate" | "gerund" | "participle" | "parenthetical" | "aside";

export interface VerbGroup {
  /** Token indices of the verb group (auxiliaries through the main verb). */
  first: number;
  last: number;
  lemma: string;
  voice: "active" | "passive";
  negated: boolean;
}

export interface Complement {
  /** The preposition's lemma: by, with, to, from, par, avec, à, de… */
  prep: string;
  start: number;
  end: number;
}

export interface Clause {
  start: number;
  end: number;
  kind: ClauseKind;
  /** Index of the clause this one is embedded in. */
  parent?: number;
  verb?: VerbGroup;
  subject?: Span;
  object?: Span;
  complements: Complement[];
  /** A relative clause's antecedent. */
  antecedent?: Span;
}

export interface Attribution {
  /** Who the clause's statement is attributed to ("X said", "selon X"). */
  source: Span;
  clause: number;
}

export interface SentenceAnalysis {
  tokens: TaggedToken[];
  clauses: Clause[];
  attributions: Attribution[];
}
