// Reads the knowledge YAML files of a data directory, for scripts, tests and benchmarks.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { KnowledgeFiles } from "../src/extract/index";

export function readKnowledgeFiles(dir = "data"): KnowledgeFiles {
  const read = (name: string) => readFileSync(join(dir, name), "utf8");
  return {
    entities: read("entities.yaml"),
    relations: read("relations.yaml"),
    cleaning: read("cleaning.yaml"),
    language: read("language.yaml"),
    money: read("money.yaml"),
    discovery: read("discovery.yaml"),
  };
}
