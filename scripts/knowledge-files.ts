// Scripts and tests read the knowledge files the way the CLI does.
export { readKnowledgeFiles } from "../src/extract/io";
