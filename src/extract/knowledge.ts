// The extractor's knowledge: the YAML files of data/ validated with zod and compiled once into
// matchers. Takes file contents, not paths, so it runs wherever the extractor runs.
import { parse } from "yaml";
import { z } from "zod";
import { ENTITY_TYPES, LANGUAGES, RELATION_TYPES, type Language, type RelationType } from "../model";
import { parseRegistry, type RegistryEntry } from "./registry";
import { fromRegistry, type EntityRecord } from "./entities";
import { EntityMatcher } from "./stages/05-mentions";
import { compilePatterns, PatternIndex } from "./text/patterns";
import { fold } from "./text/fold";
import { compileNominal, type NominalLexicon } from "./relations/nominal-lexicon";
import { lemmaTriggers } from "./relations/lemma-frames";
import { AnaphorsSchema, compileCoref, type AnaphorKind, type CorefLexicon } from "./relations/coref-lexicon";
import { compileProducts, ProductsSchema, type ProductLexicon } from "./relations/products-lexicon";
import { compileFallback, FallbackSchema, type FallbackLexicon } from "./relations/fallback-lexicon";
import { compileRoleTitles, RoleTitlesSchema, type RoleTitles } from "./relations/role-titles-lexicon";
import { POS_TAGS } from "./grammar/types";

const PerLanguage = <T extends z.ZodTypeAny>(item: T) => z.object({ en: item, fr: item }).partial();
const Words = z.array(z.string());

const CleaningSchema = z.object({
  drop_lines: Words,
  drop_line_prefixes: z.array(z.object({ prefix: z.string(), max_words: z.number().int().positive() })),
  drop_line_patterns: z.array(z.string()).default([]),
  strip_line_prefixes: z.array(z.string()).default([]),
  strip_line_suffixes: z.array(z.string()).default([]),
  caption_markers: z.array(z.object({ marker: z.string(), max_words: z.number().int().positive() })),
  share_words: Words,
  truncate_from: Words,
  min_repeated_line_chars: z.number().int().positive(),
});

const LanguageSchema = z.object({
  stopwords: z.object({ en: Words, fr: Words }),
  abbreviations: Words,
  /** Twelve month names per language, January first; dates stated in evidence are read with them. */
  months: z.object({ en: Words.length(12), fr: Words.length(12) }).optional(),
  /** For an article's publication date read in its head (extract/published.ts). */
  month_abbreviations: z.object({ en: z.array(Words).length(12), fr: z.array(Words).length(12) }).optional(),
  day_suffixes: PerLanguage(Words).optional(),
  numeric_date_orders: PerLanguage(z.array(z.enum(["dmy", "mdy"])).min(1)).optional(),
  published_cues: PerLanguage(Words).optional(),
  updated_cues: PerLanguage(Words).optional(),
});

const MoneySchema = z.object({
  currencies: z.record(z.string(), z.string().regex(/^[A-Z]{3}$/)),
  multipliers: z.record(z.string(), z.number()),
  number_words: z.record(z.string(), z.number()),
  range_open: Words,
  range_join: Words,
  up_to: Words,
  at_least: Words,
});

const Direction = z.enum(["forward", "passive", "reciprocal", "between", "possessive", "joint", "subject_left", "inverted"]);
export type Direction = z.infer<typeof Direction>;

const TriggerSchema = z
  .object({
    pattern: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
    type: z.enum(RELATION_TYPES),
    dir: Direction.default("forward"),
    status: z.enum(["ended", "planned"]).optional(),
    reach: z.number().int().positive().optional(),
    refers_back: z.boolean().optional(),
  })
  .strict();

const TypeSets = z.array(z.enum(ENTITY_TYPES));
const NominalSlot = z.enum(["head", "possessor", "of", "to", "with", "between", "by"]);
const NominalSchema = z.object({
  inflection: PerLanguage(z.object({ plural: z.array(z.tuple([z.string(), z.string()])), feminine: z.array(z.tuple([z.string(), z.string()])).optional() })),
  slots: PerLanguage(z.partialRecord(NominalSlot.exclude(["head", "possessor"]), Words)),
  links: PerLanguage(Words),
  determiners: PerLanguage(Words),
  possessives: PerLanguage(Words),
  /** Nouns that describe the name after them inside a complement: « filiale du groupe X », "subsidiary of the US firm X". */
  descriptors: PerLanguage(Words).default({}),
  /** A phrase opened by "among"/« parmi » names the one it describes after a link: « parmi les clients de X figurent Y ». */
  inverted: PerLanguage(z.object({ openers: Words, links: Words })).default({}),
  frames: z.array(
    z
      .object({
        heads: PerLanguage(Words),
        type: z.enum(RELATION_TYPES),
        source: z.array(NominalSlot).optional(),
        target: z.array(NominalSlot).optional(),
        members: z.array(NominalSlot).optional(),
        owns: z.boolean().default(false),
        /** Its heads name agents, with a feminine form ("fournisseuse", "cliente"). */
        feminine: z.boolean().default(false),
      })
      .strict(),
  ),
});
export type NominalData = z.infer<typeof NominalSchema>;
const FrameRole = z.string().regex(/^[a-z]+$/);
const LemmaFramesSchema = z.object({
  slots: PerLanguage(z.record(z.string(), Words)),
  skip_endings: PerLanguage(Words).default({}),
  noun_head: PerLanguage(z.enum(["first", "last"])).default({}),
  frames: PerLanguage(
    z.array(
      z
        .object({
          verbs: Words.optional(),
          nouns: Words.optional(),
          type: z.enum(RELATION_TYPES),
          source: FrameRole.default("subject"),
          target: FrameRole.default("object"),
          gap: z.number().int().nonnegative().optional(),
          after_object: z.union([z.string(), Words]).optional(),
          pos: z.enum(POS_TAGS).optional(),
          finite: z.boolean().optional(),
          passive: z.boolean().default(true),
          status: z.enum(["ended", "planned"]).optional(),
          reach: z.number().int().positive().optional(),
        })
        .strict()
        .refine((f) => (f.verbs?.length ?? 0) + (f.nouns?.length ?? 0) > 0, "a frame names verbs or nouns"),
    ),
  ),
});
/** Closed-class words the relation stage reads around contract words and parties. */
const RelationWordsSchema = z.object({
  /** Skipped between a party word and the name it introduces ("with the", "avec la"). */
  determiners: Words.default([]),
  /** Open a new contract, never one named before ("a contract", "un nouvel accord"). */
  indefinite: Words.default([]),
  /** Make a contract word one that refers back ("the contract", "son contrat", "Paragon's deal"). */
  definite: Words.default([]),
  /** Contract words in the plural: one contract per counterpart ("awarded contracts to A and B"). */
  plural_contract: Words.default([]),
  /** The contract nouns: a contract trigger that opens with another word opens with its verb ("won a contract"). */
  contract_nouns: Words.default([]),
  /** Prepositions that introduce a passive verb's agent ("by", "par"). */
  agent_prepositions: Words.default([]),
  /** Forms of the passive auxiliaries ("was", "été"): an agentless passive is looked for only after one. */
  passive_auxiliaries: Words.default([]),
  /** Join a second verb to the first one's subject ("developed X and sold it to Y", "a conçu X puis l'a vendu à Y"). */
  predicate_coordinators: Words.default([]),
});
const RelationsSchema = z.object({
  types: z.partialRecord(
    z.enum(RELATION_TYPES),
    z.object({
      source: TypeSets,
      target: TypeSets,
      resolve_classes: z.boolean().default(false),
      article_issuer: z.boolean().default(false),
      /** Stated in the passive without an agent, its source is whoever the sentence is attributed to (relations/voice.ts). */
      attributed_agent: z.boolean().default(false),
      /** Stated in the passive with neither agent nor attribution, a state it is done in is its source ("banned in the US"). */
      place_agent: z.boolean().default(false),
    }),
  ),
  triggers: PerLanguage(z.array(TriggerSchema)),
  cues: z.object({
    alleged: PerLanguage(Words),
    planned: PerLanguage(Words),
    ended: PerLanguage(Words),
    negation: PerLanguage(Words),
    ne_plus: PerLanguage(Words),
    attribution_before: PerLanguage(Words),
    attribution_after: PerLanguage(Words),
    clause_break: PerLanguage(Words),
    list_connectors: PerLanguage(Words),
    purpose: PerLanguage(Words),
    contract_purpose: PerLanguage(Words),
    /** After a contract word, these say its object is a supply ("to supply", "pour la livraison de"): the company party supplies the public one. */
    contract_supply: PerLanguage(Words).default({}),
    contract_party: PerLanguage(Words),
    /** Right after a contract word, these make the name after them its party ("le contrat de Thales"). */
    contract_of: PerLanguage(Words).default({}),
    locative: PerLanguage(Words),
    /** Unnamed public bodies before a place word ("agencies in Egypt", « les autorités au Maroc »): the state is who they stand for. */
    bodies_of_place: PerLanguage(Words).default({}),
    /** Prepositions of an indirect object ("à la CNIL"): a name after them is no subject when one stands before it. */
    indirect_object: PerLanguage(Words).default({}),
    place_break: PerLanguage(Words),
    class_nouns: PerLanguage(Words),
    exclusion: PerLanguage(Words),
    list_openers: PerLanguage(Words).default({}),
    clause_and: PerLanguage(Words).default({}),
    /** Verb lemmas whose subject reports what others did ("Wired reported that…"): a source, never a party. */
    reporting_verbs: PerLanguage(Words).default({}),
    /** Relative pronouns that are their clause's subject ("which supplies", "qui fournit"): the clause's subject is the antecedent. */
    subject_relatives: PerLanguage(Words).default({}),
  }),
  anaphors: PerLanguage(AnaphorsSchema),
  roles: PerLanguage(Words),
  /** Titles that name their institution: portfolios, heads of government (relations/role-titles-lexicon.ts). */
  role_titles: RoleTitlesSchema.optional(),
  nominal: NominalSchema.optional(),
  /** Verbs and nouns by lemma with their frame; their triggers are generated (relations/lemma-frames.ts). */
  lemma_frames: LemmaFramesSchema.optional(),
  /** Product words: a product stands for its maker (relations/products.ts). */
  products: ProductsSchema.optional(),
  /** The guesses of last resort and their reach (relations/fallback-lexicon.ts). */
  fallback: FallbackSchema.optional(),
  words: PerLanguage(RelationWordsSchema).default({}),
});

const DiscoverySchema = z.object({
  name_connectors: Words,
  before: z.partialRecord(z.enum(ENTITY_TYPES), Words),
  suffix: z.partialRecord(z.enum(ENTITY_TYPES), Words),
  head: z.partialRecord(z.enum(ENTITY_TYPES), Words),
  apposition: z.partialRecord(z.enum(ENTITY_TYPES), Words),
  /** Roles only a company has: "Quux's chief executive", "le PDG de Quux" make Quux a company. */
  owner_roles: z.partialRecord(z.enum(ENTITY_TYPES), Words).default({}),
  /** Indefinite articles opening an apposition ("X, a Canadian networking firm"). */
  indefinite: Words.default([]),
  stopwords: Words,
  /** Stopwords that may open a longer name and stay part of it ("State Department", "New York Times", "Tech Inquiry"). */
  name_openers: Words.default([]),
  /** Determiners after which a bare acronym ("la DGSN", "the DHS") names an organisation. */
  acronym_openers: Words.default([]),
  /** All-capital abbreviations that take a determiner but name no organisation ("l'IA", "the GPS"). */
  not_organisations: Words.default([]),
  /** Heads that, after a known company's name, make the words a subsidiary's name ("KKR Asian Fund III"), besides company suffixes. */
  subsidiary_heads: Words.default([]),
  /** Given names (from the gazetteer) that are common words too: never the start of a person's name. */
  not_given_names: Words.default([]),
  /** Heads that open a proper name followed by lowercase adjectives, per language ("Cour suprême"). */
  adjectival_heads: PerLanguage(z.partialRecord(z.enum(ENTITY_TYPES), Words)).default({}),
  /** Endings of the adjectives that may follow an adjectival head ("électorale", "fédéral", "public"). */
  adjective_endings: PerLanguage(Words).default({}),
  /** Prepositions that, besides "de", may join an adjectival head's lowercase complement ("lutte contre la corruption"). */
  tail_connectors: PerLanguage(Words).default({}),
  /** Words that end an adjectival head's lowercase tail where a clause goes on ("la Direction du renseignement qui…"). */
  name_closers: PerLanguage(Words).default({}),
  nationalities: z.record(z.string().regex(/^[A-Z]{2}$/), Words),
  /** Lowercase heads of institutions per language ("police", "armed forces") that a nationality, place or level makes one body. */
  institution_heads: PerLanguage(z.partialRecord(z.enum(ENTITY_TYPES), Words)).default({}),
  /** Levels of government or branches that qualify such a head ("cantonale", "border"). */
  institution_levels: PerLanguage(Words).default({}),
  /** Lowercase portfolios a head's complement names ("ministère indonésien de la défense"), per language. */
  institution_portfolios: PerLanguage(Words).default({}),
  /** Heads that name a body only with such a portfolio ("ministère"), per language. */
  institution_portfolio_heads: PerLanguage(Words).default({}),
  /** Determiners before a head only a level qualifies ("la gendarmerie nationale"). */
  institution_determiners: Words.default([]),
  /** Bare nouns naming the institutions of the state an article is about, per language and kind ("la douane" → customs). */
  state_institutions: PerLanguage(z.record(z.string().regex(/^[a-z][a-z-]*$/), Words)).default({}),
  /** Nouns naming a company's branch in a country ("filiale", "unit") and possessives making it the article's company's ("sa", "its"). */
  subsidiaries: PerLanguage(z.object({ nouns: Words, possessives: Words.default([]) })).default({}),
  /** Hardware nouns a maker's name modifies ("Dell laptops", "les caméras Hikvision"), per language. */
  product_nouns: PerLanguage(Words).default({}),
  /** Names with no cue word: what makes a capitalised run an argument of the sentence (names-chunk). */
  bare_names: z
    .object({
      before: PerLanguage(Words).default({}),
      after: PerLanguage(Words).default({}),
      titles: Words.default([]),
      not_names: Words.default([]),
      determiners: Words.default([]),
    })
    .default({ before: {}, after: {}, titles: [], not_names: [], determiners: [] }),
  // Names of other languages' institutions, kept untranslated in English and French text (issue 9, types).
  /** Heads opening such names, like `head` ("Ministerio de Defensa", "Polícia Federal"). */
  foreign_heads: z.partialRecord(z.enum(ENTITY_TYPES), Words).default({}),
  /** Connectors inside such names, like `name_connectors` ("Ministerio del Interior", "Bundesamt für Verfassungsschutz"). */
  foreign_connectors: Words.default([]),
  /** Endings of one-word compound names that type them ("Bundeskriminalamt", "Landespolizei"). */
  compound_endings: z.partialRecord(z.enum(ENTITY_TYPES), Words).default({}),
  /** Participles that locate an organisation, per language: "Veltrix, based in Waterloo", "Veltrix, basée à Lyon". */
  located: PerLanguage(Words).default({}),
  incidental_places: PerLanguage(Words).default({}),
  scope_suffixes: Words.default([]),
  /** Nouns before a place that name its government ("la région Île-de-France", "the province of Ontario"), per language. */
  government_before: PerLanguage(Words).default({}),
  /** Lowercase committee nouns beside an acronym, after it ("PEGA committee") or before it ("commission PEGA"), per language. */
  acronym_bodies: PerLanguage(z.object({ after: Words.optional(), before: Words.optional() })).default({}),
  /** Lowercase nouns of a body a place's name completes ("le parquet de Lille", "la cour d'appel de Paris"), per language. */
  place_bodies: PerLanguage(Words).default({}),
  /** Nouns after a place of the gazetteer that name its government ("the Ontario government"), per language. */
  government_after: PerLanguage(Words).default({}),
  /** Capitalised nouns closing a government's name ("Nairobi County"). */
  government_in_name: Words.default([]),
  /** Prepositions before such a noun that make it the place, not its government ("dans la région du Xinjiang"), per language. */
  government_place_prepositions: PerLanguage(Words).default({}),
  /** Definite articles opening an apposition, besides `indefinite` ("Quorvex, the Israeli spyware maker,"). */
  apposition_definite: Words.default([]),
  /** Relative pronoun and verb after the name that type it ("Quorvex, which makes cameras,"). */
  apposition_relatives: z.partialRecord(z.enum(ENTITY_TYPES), Words).default({}),
  /** Nouns a name owns that only a company has, besides `owner_roles` ("Quorvex's shares"). */
  owner_nouns: z.partialRecord(z.enum(ENTITY_TYPES), Words).default({}),
  /** Cue phrases for organisations ending in a company's cue word, besides `before` ("civil liberties group"). */
  before_phrases: z.partialRecord(z.enum(ENTITY_TYPES), Words).default({}),
  /** Plural cue nouns before a list of names, each name taking the cue's type ("les sociétés X, Y et Z"). */
  plural_before: z.partialRecord(z.enum(ENTITY_TYPES), Words).default({}),
  /** Words after a plural cue and its comma that open its list ("des associations, dont la Cimade"), per language. */
  plural_list_openers: PerLanguage(Words).default({}),
  /** Lowercase cue nouns right after a name that type it ("the Kathimerini daily"), per language. */
  nouns_after: PerLanguage(z.partialRecord(z.enum(ENTITY_TYPES), Words)).default({}),
  /** Nouns of a person's occupation beside a name, besides the roles ("journalist X", "le militant X"), per language. */
  person_nouns: PerLanguage(Words).default({}),
  /** Titles after which one capitalised word is a person's surname ("President Kibaki", "Gen Kayihura"), per language. */
  surname_titles: PerLanguage(Words).default({}),
  /** Lowercase particles inside a person's name ("Carolina Rocha da Silva", "Ursula von der Leyen"), per language. */
  name_particles: PerLanguage(Words).default({}),
  /** Words between a name's comma and the role in apposition ("X, then-head of…", "X, the former chief…"), per language. */
  person_modifiers: PerLanguage(Words).default({}),
  /** Relative pronouns only a person takes after a name ("X, who heads…"), per language. */
  person_relatives: PerLanguage(Words).default({}),
  /** Predicates only a person takes right after a name ("X was arrested", "X a démissionné"), per language. */
  person_predicates: PerLanguage(Words).default({}),
  person_copulas: PerLanguage(Words).default({}),
  /** Nouns of a state body's staff right after its name ("DCI detectives", "SSS agents"), per language. */
  staff_nouns: PerLanguage(Words).default({}),
  /** Titles whose complement after "of" names a portfolio, not an organisation ("Minister of Home Affairs"). */
  portfolio_titles: Words.default([]),
  /** Titles that make a run they open with its complement a title ("Inspector General of Police"). */
  title_openers: Words.default([]),
  name_possessors: Words.default([]),
  facility_closers: PerLanguage(Words).default({}),
});

export interface KnowledgeFiles {
  entities: string;
  relations: string;
  cleaning: string;
  language: string;
  money: string;
  discovery: string;
  /** data/gazetteer.json (generated): given names and places. Absent = no names known. */
  gazetteer?: string;
  /** data/rule-confidence.json (generated by `npm run calibrate`): each rule's precision on the tune set. Absent = no confidence stamped. */
  ruleConfidence?: string;
}

/** data/rule-confidence.json: per rule, how many of its passages the tune gold confirmed, and the smoothed precision. */
export const RuleConfidenceSchema = z.object({
  corpus: z.string(),
  smoothing: z.string(),
  rules: z.record(
    z.string(),
    z.object({ confidence: z.number().min(0).max(1), correct: z.number().int().nonnegative(), passages: z.number().int().nonnegative() }),
  ),
});
export type RuleConfidence = z.infer<typeof RuleConfidenceSchema>;

const GazetteerSchema = z.object({ givenNames: Words, places: z.record(z.string(), z.string().regex(/^[A-Z]{2}$/)) });

/** Given names and places (folded), from data/gazetteer.json; see scripts/build-gazetteer.ts. */
export interface Gazetteer {
  givenNames: Set<string>;
  /** Countries and major cities → ISO country. */
  places: Map<string, string>;
}

export type { AnaphorKind };

export interface Trigger {
  type: RelationType;
  dir: Direction;
  status?: "ended" | "planned";
  /** Words allowed between the trigger and its right argument. */
  reach?: number;
  /** Counts only once the article has stated a relation of its type: "to the list" refers back to the entity list named before. */
  refersBack?: boolean;
  source: string;
}

/** See RelationWordsSchema. */
export interface RelationWords {
  determiners: Set<string>;
  indefinite: Set<string>;
  definite: Set<string>;
  pluralContract: Set<string>;
  contractNouns: Set<string>;
  agentPrepositions: Set<string>;
  passiveAuxiliaries: Set<string>;
  predicateCoordinators: Set<string>;
}

/** A set of phrases matched against token runs. */
export type PhraseSet = PatternIndex<string>;

export interface Knowledge {
  registry: RegistryEntry[];
  /** The registry's entities and their Aho–Corasick matcher, built once per knowledge. */
  registryEntities: EntityRecord[];
  registryMatcher: EntityMatcher;
  cleaning: z.infer<typeof CleaningSchema>;
  language: z.infer<typeof LanguageSchema>;
  money: z.infer<typeof MoneySchema>;
  discovery: z.infer<typeof DiscoverySchema> & { nationalityOf: Map<string, string> };
  gazetteer: Gazetteer;
  relationTypes: z.infer<typeof RelationsSchema>["types"];
  triggers: Record<Language, PatternIndex<Trigger>>;
  cues: Record<keyof z.infer<typeof RelationsSchema>["cues"], Record<Language, PhraseSet>>;
  /** Descriptions and pronouns that refer back (data/relations.yaml `anaphors:`), compiled per language. */
  anaphors: Record<Language, CorefLexicon>;
  roles: Record<Language, Set<string>>;
  roleTitles: Record<Language, RoleTitles>;
  /** Words that describe an organisation ("group", "société", "startup"), from the discovery cues. */
  descriptors: Set<string>;
  /** Nominal frames ("filiale de", "supplier to", "coentreprise entre"), compiled per language. */
  nominal: Record<Language, NominalLexicon>;
  /** Product nouns and the words tying a product to its maker (data/relations.yaml `products:`). */
  products: Record<Language, ProductLexicon | undefined>;
  /** Which fallback tiers run and how far they reach (data/relations.yaml `fallback:`). */
  fallback: Record<Language, FallbackLexicon>;
  /** Closed-class words of the relation stage (data/relations.yaml `words:`), folded. */
  words: Record<Language, RelationWords>;

  /** Each rule's confidence (data/rule-confidence.json); empty when the file is absent. */
  ruleConfidence: Map<string, number>;
}

function load<T>(schema: z.ZodType<T>, text: string, file: string): T {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (e) {
    throw new Error(`${file}: not valid YAML: ${(e as Error).message}`);
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join(".")}: ${issue.message}`);
  }
  return result.data;
}

const phrases = (words: readonly string[] | undefined): PhraseSet => new PatternIndex(compilePatterns((words ?? []).map((w) => ({ pattern: w, value: w }))));

/**
 * The knowledge files parsed and validated: plain data, JSON all the way down, so that the
 * incremental cache can keep it (parsing the YAML is most of the compile time).
 */
export interface ParsedKnowledge {
  registry: RegistryEntry[];
  relations: z.infer<typeof RelationsSchema>;
  discovery: z.infer<typeof DiscoverySchema>;
  cleaning: z.infer<typeof CleaningSchema>;
  language: z.infer<typeof LanguageSchema>;
  money: z.infer<typeof MoneySchema>;
  gazetteer: z.infer<typeof GazetteerSchema>;
  ruleConfidence: Record<string, number>;
}

export function parseKnowledge(files: KnowledgeFiles): ParsedKnowledge {
  return {
    registry: parseRegistry(files.entities, "data/entities.yaml"),
    relations: load(RelationsSchema, files.relations, "data/relations.yaml"),
    discovery: load(DiscoverySchema, files.discovery, "data/discovery.yaml"),
    cleaning: load(CleaningSchema, files.cleaning, "data/cleaning.yaml"),
    language: load(LanguageSchema, files.language, "data/language.yaml"),
    money: load(MoneySchema, files.money, "data/money.yaml"),
    gazetteer: parseGazetteer(files.gazetteer),
    ruleConfidence: parseRuleConfidence(files.ruleConfidence),
  };
}

export function compileKnowledge(files: KnowledgeFiles): Knowledge {
  return buildKnowledge(parseKnowledge(files));
}

/** The matchers and indexes built from parsed knowledge. */
export function buildKnowledge(parsed: ParsedKnowledge): Knowledge {
  const { registry, relations, discovery } = parsed;
  const nationalityOf = new Map<string, string>();
  for (const [country, words] of Object.entries(discovery.nationalities)) for (const w of words) nationalityOf.set(fold(w), country);

  const perLanguage = <T>(make: (lang: Language) => T): Record<Language, T> => Object.fromEntries(LANGUAGES.map((l) => [l, make(l)])) as Record<Language, T>;
  const cueNames = Object.keys(relations.cues) as (keyof typeof relations.cues)[];
  const cues = Object.fromEntries(cueNames.map((name) => [name, perLanguage((l) => phrases(relations.cues[name][l]))])) as Knowledge["cues"];

  const registryEntities = registry.map(fromRegistry);
  return {
    registry,
    registryEntities,
    registryMatcher: new EntityMatcher(registryEntities),
    cleaning: parsed.cleaning,
    language: parsed.language,
    money: parsed.money,
    discovery: { ...discovery, nationalityOf },
    gazetteer: compileGazetteer(parsed.gazetteer, discovery),
    relationTypes: relations.types,
    triggers: perLanguage(
      (l) =>
        new PatternIndex(
          compilePatterns([
            ...(relations.triggers[l] ?? []).flatMap((t) =>
              (Array.isArray(t.pattern) ? t.pattern : [t.pattern]).map((pattern) => ({
                pattern,
                value: {
                  type: t.type,
                  dir: t.dir,
                  ...(t.status ? { status: t.status } : {}),
                  ...(t.reach ? { reach: t.reach } : {}),
                  ...(t.refers_back ? { refersBack: true } : {}),
                  source: pattern,
                } as Trigger,
              })),
            ),
            ...lemmaTriggers(relations.lemma_frames, l).map(({ pattern, ...value }) => ({ pattern, value })),
          ]),
        ),
    ),
    cues,
    anaphors: perLanguage((l) => compileCoref(relations.anaphors[l])),
    roles: perLanguage((l) => new Set((relations.roles[l] ?? []).map((r) => fold(r)))),
    roleTitles: perLanguage((l) => compileRoleTitles(relations.role_titles, l)),
    nominal: perLanguage((l) => compileNominal(relations.nominal, l, new Set(discovery.stopwords.map((w) => fold(w))))),
    words: perLanguage((l) => relationWords(relations.words[l])),
    products: perLanguage((l) => compileProducts(relations.products, l, discovery.stopwords)),
    fallback: perLanguage((l) => compileFallback(relations.fallback, l)),
    descriptors: new Set(
      Object.values(discovery.before)
        .flat()
        .filter((w): w is string => typeof w === "string" && !w.includes(" "))
        .map((w) => fold(w)),
    ),
    ruleConfidence: new Map(Object.entries(parsed.ruleConfidence)),
  };
}

function relationWords(w: z.infer<typeof RelationWordsSchema> | undefined): RelationWords {
  const set = (words: readonly string[] | undefined) => new Set((words ?? []).map((x) => fold(x)));
  return {
    determiners: set(w?.determiners),
    indefinite: set(w?.indefinite),
    definite: set(w?.definite),
    pluralContract: set(w?.plural_contract),
    contractNouns: set(w?.contract_nouns),
    agentPrepositions: set(w?.agent_prepositions),
    passiveAuxiliaries: set(w?.passive_auxiliaries),
    predicateCoordinators: set(w?.predicate_coordinators),
  };
}

/** Each rule's confidence, plain data so that the parsed knowledge stays cacheable as JSON. */
export function parseRuleConfidence(json: string | undefined): Record<string, number> {
  if (json === undefined) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    throw new Error(`data/rule-confidence.json: not valid JSON: ${(e as Error).message}`);
  }
  const result = RuleConfidenceSchema.safeParse(raw);
  if (!result.success) throw new Error(`data/rule-confidence.json: ${result.error.issues[0]!.path.join(".")}: ${result.error.issues[0]!.message}`);
  return Object.fromEntries(Object.entries(result.data.rules).map(([rule, r]) => [rule, r.confidence]));
}

function parseGazetteer(json: string | undefined): z.infer<typeof GazetteerSchema> {
  let raw: unknown = { givenNames: [], places: {} };
  try {
    if (json) raw = JSON.parse(json);
  } catch (e) {
    throw new Error(`data/gazetteer.json: not valid JSON: ${(e as Error).message}`);
  }
  const result = GazetteerSchema.safeParse(raw);
  if (!result.success) throw new Error(`data/gazetteer.json: ${result.error.issues[0]!.path.join(".")}: ${result.error.issues[0]!.message}`);
  return result.data;
}

function compileGazetteer(data: z.infer<typeof GazetteerSchema>, d: z.infer<typeof DiscoverySchema>): Gazetteer {
  const places = new Map(Object.entries(data.places));
  // A given name that is also a place, a listed common word or a cue word would make persons of
  // "Victoria Police" or "General Dynamics": it is not taken as a given name.
  const not = new Set([...d.not_given_names, ...d.stopwords, ...Object.values(d.suffix).flat(), ...Object.values(d.head).flat()].map((w) => fold(w ?? "")));
  const givenNames = new Set(data.givenNames.filter((n) => !not.has(n) && !places.has(n)));
  return { givenNames, places };
}
