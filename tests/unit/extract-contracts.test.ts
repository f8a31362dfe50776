// Contracts (issue 10): a named contract is linked however long its description, a definite reference with one
// party refers back to the article's contract, and two contracts stated in one sentence stay two.
import { edgeLines, extract, realKnowledge } from "../fixtures/extract/run";

const k = realKnowledge();
const contractEdges = (text: string) => edgeLines(extract(k, text)).filter((e) => e.includes("-contract->"));

describe("contracts", () => {
  it.each<[string, string[]]>([
    // a named contract, past a long description
    [
      "Google and Amazon run Project Nimbus, a $1.2 billion cloud computing contract signed in 2021 between the two companies and the Israeli government.",
      ["amazon -contract-> project-nimbus", "google -contract-> project-nimbus", "israel -contract-> project-nimbus"],
    ],
    [
      "Project Nimbus, a $1.2 billion cloud computing and artificial intelligence contract, was signed by Google and Amazon with the Israeli government.",
      ["amazon -contract-> project-nimbus", "google -contract-> project-nimbus", "israel -contract-> project-nimbus"],
    ],
    // a definite reference with one party refers back to the article's contract
    [
      "Palantir a signé un contrat avec la DGSI en 2016. Le contrat a été renouvelé avec l'armée israélienne.",
      ["dgsi -contract-> contract-dgsi-palantir", "idf -contract-> contract-dgsi-palantir", "palantir -contract-> contract-dgsi-palantir"],
    ],
    [
      "Palantir signed a contract with the DGSI in 2016. The deal was extended in 2019 with Thales.",
      ["dgsi -contract-> contract-dgsi-palantir", "palantir -contract-> contract-dgsi-palantir", "thales -contract-> contract-dgsi-palantir"],
    ],
    // an indefinite contract with one party is a contract of that party's (see extract-contract-parties.test.ts)
    ["Palantir a signé un contrat important cette année.", ["palantir -contract-> contract-palantir"]],
    // two contracts in one sentence
    [
      "Palantir won a contract with the US Army and Anduril won a contract with the US Navy.",
      [
        "anduril -contract-> contract-anduril-us-navy",
        "palantir -contract-> contract-palantir-us-army",
        "us-army -contract-> contract-palantir-us-army",
        "us-navy -contract-> contract-anduril-us-navy",
      ],
    ],
    // a reporting source is no party
    [
      "Reporting by The Intercept revealed a contract between Google and the Israeli military.",
      ["google -contract-> contract-google-idf", "idf -contract-> contract-google-idf"],
    ],
    [
      "Une enquête de Disclose a révélé un contrat entre la police israélienne et Briefcam.",
      ["briefcam -contract-> contract-briefcam-israel-police", "israel-police -contract-> contract-briefcam-israel-police"],
    ],
  ])("%s", (text, expected) => {
    expect(contractEdges(text)).toEqual(expected);
  });
});
