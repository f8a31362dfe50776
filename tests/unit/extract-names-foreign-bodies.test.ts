// Issue 9, French institutions of other states: a known French body's name followed by another state's nationality is
// that state's body ("la Gendarmerie mauritanienne"), not the French one cut short; its own nationality changes
// nothing (sentences written for these tests).
import { extract, knowledgeWith } from "../fixtures/extract/run";

const k = knowledgeWith(["gendarmerie-nationale", "police-nationale"]);

const article = (lang: "en" | "fr", body: string) => `---\nlanguage: ${lang}\n---\n${body}\n`;
const names = (lang: "en" | "fr", body: string) =>
  extract(k, article(lang, body))
    .graph.nodes.filter((n) => n.type !== "contract" && n.type !== "state")
    .map((n) => `${n.label} [${n.type}]`)
    .sort();

type Row = [lang: "en" | "fr", text: string, expected: string[]];

describe("a known body followed by another state's nationality is that state's body", () => {
  it.each<Row>([
    ["fr", "Selon la presse, la Gendarmerie tchadienne a arrêté deux passeurs.", ["Gendarmerie tchadienne [agency]"]],
    ["fr", "Selon la presse, la Police nationale togolaise a dispersé la marche.", ["Police nationale togolaise [agency]"]],
    ["fr", "Selon la presse, la Gendarmerie nationale française a arrêté deux passeurs.", ["Gendarmerie nationale [agency]"]],
    ["fr", "Selon la presse, la Gendarmerie a saisi une pirogue sénégalaise.", ["Gendarmerie nationale [agency]"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });
});
