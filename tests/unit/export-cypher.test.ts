// The Cypher script parsed with Neo4j's own Cypher grammar (@neo4j-cypher/antlr4, generated from
// the grammar Neo4j's editors use), and its literals checked for what must survive escaping.
import { createRequire } from "node:module";
import { cypher, literal, CYPHER_BATCH } from "../../src/export/cypher";
import { exportFixture, HOSTILE_QUOTE } from "./export-fixture";
import type { Graph } from "../../src/model";

type ErrorListener = { syntaxError: (...args: unknown[]) => void };
type Recognizer = { removeErrorListeners(): void; addErrorListener(l: ErrorListener): void };
type Grammar = {
  CypherLexer: new (input: unknown) => Recognizer;
  CypherParser: new (tokens: unknown) => Recognizer & { cypher(): unknown };
};
type Runtime = { InputStream: new (text: string) => unknown; CommonTokenStream: new (lexer: unknown) => unknown };

// The grammar ships CommonJS only (its ES build has extension-less imports Node cannot resolve).
const require = createRequire(import.meta.url);
const { CypherLexer, CypherParser } = require("@neo4j-cypher/antlr4") as Grammar;
const runtimeModule = require("@neo4j-cypher/antlr4-browser") as Runtime & { default?: Runtime };
const runtime = runtimeModule.default ?? runtimeModule;

function syntaxErrors(script: string): string[] {
  const errors: string[] = [];
  const listener: ErrorListener = {
    syntaxError: (_r, _s, line, column, message) => errors.push(`${String(line)}:${String(column)} ${String(message)}`),
  };
  // ANTLR's default listener classes have these too; the parser calls them on ambiguity only.
  Object.assign(listener, { reportAmbiguity() {}, reportAttemptingFullContext() {}, reportContextSensitivity() {} });
  const lexer = new CypherLexer(new runtime.InputStream(script));
  lexer.removeErrorListeners();
  lexer.addErrorListener(listener);
  const parser = new CypherParser(new runtime.CommonTokenStream(lexer));
  parser.removeErrorListeners();
  parser.addErrorListener(listener);
  parser.cypher();
  return errors;
}

describe("Cypher export", () => {
  const graph = exportFixture();
  const script = cypher(graph);

  it("parses with Neo4j's Cypher grammar", () => {
    // The grammar rejects whitespace after the last ';' (cypher-shell does not); the file ends with a newline.
    expect(script.endsWith(";\n")).toBe(true);
    expect(syntaxErrors(script.trimEnd())).toEqual([]);
  });

  it("the grammar check itself rejects a broken statement", () => {
    expect(syntaxErrors("MERGE (n:Entity {id: }) SET n += row;")).not.toEqual([]);
  });

  it("merges every entity by id, with UPPER_SNAKE relation types", () => {
    expect(script).toContain("MERGE (n:Entity {id: row.id})");
    expect(script).toContain("SET n:Agency, n += row");
    expect(script).toContain("MERGE (s)-[r:CLIENT_OF {id: row.id}]->(t)");
    for (const n of graph.nodes) expect(script).toContain(`id: ${literal(n.id)}`);
    for (const e of graph.edges) expect(script).toContain(`id: ${literal(e.id)}`);
  });

  it("escapes quotes, backslashes and line breaks so a hostile passage stays one string", () => {
    expect(literal(HOSTILE_QUOTE)).toBe("'He said \"no\", it\\'s a \\\\ path;\\u000anext line <b>&amp;</b> </script> \\u0007 𝄞'");
    expect(syntaxErrors(`RETURN ${literal(HOSTILE_QUOTE)};`)).toEqual([]);
  });

  it("sends big graphs in batches of rows", () => {
    const many: Graph = { ...graph, nodes: Array.from({ length: CYPHER_BATCH * 2 + 1 }, (_, i) => ({ ...graph.nodes[0]!, id: `n${i}` })), edges: [] };
    const text = cypher(many);
    expect(text.match(/MERGE \(n:Entity/g)).toHaveLength(3);
  });
});
