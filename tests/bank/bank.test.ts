import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { BankSchema, goldOf } from "./bank";

const banks = readdirSync(join(__dirname)).filter((f) => f.endsWith(".yaml"));

describe("sentence banks", () => {
  it.each(banks.map((f) => [f]))("%s is a valid bank whose ids are unique", (f) => {
    const items = BankSchema.parse(parse(readFileSync(join(__dirname, f), "utf8")));
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });

  it("writes a contract between two parties as a contract node each party is linked to", () => {
    const gold = goldOf({ id: "x", lang: "en", text: "A signed a contract with B.", relations: [{ source: "A", target: "B", type: "contract" }] });
    expect(gold.relations).toEqual([
      { source: "a", target: "contract-0", type: "contract" },
      { source: "b", target: "contract-0", type: "contract" },
    ]);
    expect(gold.entities?.map((e) => [e.id, e.type])).toEqual([
      ["a", "unknown"],
      ["b", "unknown"],
      ["contract-0", "contract"],
    ]);
  });

  it("keeps other relations between their ends, ids made from the names", () => {
    const gold = goldOf({
      id: "y",
      lang: "fr",
      text: "La police utilise les caméras de Société Zèta.",
      entities: [{ name: "Société Zèta", type: "company" }],
      relations: [{ source: "Société Zèta", target: "police", type: "supplies" }],
    });
    expect(gold.relations).toEqual([{ source: "societe-zeta", target: "police", type: "supplies" }]);
    expect(gold.entities?.[0]).toMatchObject({ id: "societe-zeta", type: "company", mentions: ["Société Zèta"] });
  });
});
