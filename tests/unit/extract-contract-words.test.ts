// Contract words (issue 10, point 6): the verbs and party words that state a contract in procurement prose, in
// both languages ("entered into an engagement with", "won by", "a notifié un marché à", "au profit de",
// "entre A et B"), and the words that look like them but state none.
import { edgeLines, extract, realKnowledge } from "../fixtures/extract/run";

const k = realKnowledge();
const contractEdges = (text: string) => edgeLines(extract(k, text)).filter((e) => e.includes("-contract->") || e.includes("-ownership->"));
const both = ["home-office -contract-> contract-home-office-thales", "thales -contract-> contract-home-office-thales"];
const bothFr = ["dga -contract-> contract-dga-thales", "thales -contract-> contract-dga-thales"];

describe("contract words", () => {
  it.each<[string, string[]]>([
    // an engagement, after the verbs that make it one
    ["The Home Office entered into a two-year engagement with Thales in April.", both],
    ["The Home Office agreed a similar engagement with Thales.", both],
    ["The community engagement of the Home Office with residents was praised.", []],
    // a party word of several words
    ["The new contract was won by Thales after a long tender.", ["thales -contract-> contract-thales"]],
    ["La DGA a signé un contrat de trois ans pour des drones au profit de Thales.", bothFr],
    // "between A and B": the conjunction after the party word ties B too
    ["A contract between the Home Office and Thales was signed in May.", both],
    ["Un accord a été signé en 2023 entre la DGA et Thales.", bothFr],
    // notifying a contract
    ["La DGA a notifié un marché à Thales le 5 avril.", bothFr],
    ["La DGA a notifié des marchés à Thales cette année.", bothFr],
    // "X's own contract": "own" is no verb there
    ["Thales's own contract with the Home Office was renewed.", both],
  ])("%s", (text, expected) => {
    expect(contractEdges(text)).toEqual(expected);
  });
});
