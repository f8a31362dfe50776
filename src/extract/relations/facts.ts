// What the relation stage hands on: typed facts, contract mentions, and the frames a sentence
// stated (read by the next sentence for carried-over arguments).
import type { Language, Modality, RelationType, Status } from "../../model";
import type { EntityRecord, Mention } from "../entities";
import type { Sentence } from "../stages/03-segment";
import type { Inferred } from "./inferred";

export interface Fact {
  type: RelationType;
  source: string;
  target: string;
  status: Status;
  modality: Modality;
  start: number;
  end: number;
  trigger?: string;
  /** The frame that produced this fact: a stable id such as "verb-active", "verb-passive-agent",
   *  "passive-attributed", "nominal-between", "nominal-of", "apposition", "role", "list", "contract-party".
   *  Its confidence is that rule's precision on the tune set (data/rule-confidence.json, made by `npm run calibrate`). */
  rule?: string;
  /** An endpoint that the quote names only through an anaphor ("the company"), a list or a carried-over
   *  subject: the words standing for it in the quote and where the antecedent is named. */
  via?: { source?: Inferred; target?: Inferred };
}

export interface ContractMention {
  parties: string[];
  start: number;
  end: number;
  status: Status;
  modality: Modality;
  kind: "contract" | "agreement";
  trigger: string;
  /** Where the trigger stands: the contract node's mention. */
  triggerStart: number;
  triggerEnd: number;
  value?: { min: number; max: number; currency: string };
  date?: string;
  /** Index of the contract mention this one adds parties to (a sentence on who the contract serves). */
  continues?: number;
  /** "the contract", "l'accord", "Clearview's agreement": refers back to a contract already named. */
  definite: boolean;
  /** "Project Nimbus, a $1.2 billion contract": the named contract this mention describes. */
  named?: string;
  /** "awarded contracts to A and B": the counterpart that makes this mention one contract of several. */
  own?: string;
  /** The frame that found it (see Fact.rule). */
  rule?: string;
  /** Parties the sentence names only through an anaphor, by entity id (see Fact.via). */
  via?: Record<string, Inferred>;
}

export interface ArticleInput {
  text: string;
  lang: Language;
  sentences: readonly Sentence[];
  mentions: readonly Mention[];
  entity: (id: string) => EntityRecord | undefined;
}

/** A relation a sentence stated, kept for the next sentence ("L'entreprise fournit…" carries its recipient). */
export interface Frame {
  type: RelationType;
  sources: string[];
  targets: string[];
  /** Stated in the active voice, its source as the subject ("les Etats-Unis ont placé…"). */
  active: boolean;
}
