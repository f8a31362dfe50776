// The model: the one module extractor and app share. It imports nothing of ours.
export * from "./vocabulary";
export * from "./schema";
export * from "./validate";
export * from "./curation";
