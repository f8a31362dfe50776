// Contracts with one stated party (issue 10, point 6): the words that tie a name to a contract word (a verb's
// subject, a party word, a possessor) are enough for a contract node, which later mentions naming the other side
// join; a name past a relative clause, a hypothetical contract or a bare nearby name is no party; and the
// contracts a plural awards to several counterparts stay apart.
import { edgeLines, extract, realKnowledge } from "../fixtures/extract/run";

const k = realKnowledge();
const contractEdges = (text: string) => edgeLines(extract(k, text)).filter((e) => e.includes("-contract->"));

describe("a contract with one stated party", () => {
  it.each<[string, string[]]>([
    // the subject of the verb that carries the contract word
    ["Palantir has won a large contract this spring.", ["palantir -contract-> contract-palantir"]],
    ["Palantir has been awarded a five-year contract.", ["palantir -contract-> contract-palantir"]],
    ["Palantir a décroché un nouveau marché l'an dernier.", ["palantir -contract-> contract-palantir"]],
    // a party word after the contract word
    ["The three-year contract was finally awarded to Palantir.", ["palantir -contract-> contract-palantir"]],
    ["Le contrat de trois ans a finalement été attribué à Palantir.", ["palantir -contract-> contract-palantir"]],
    // a possessor a few words before the contract word
    ["Palantir's $480 million software contract was renewed in May.", ["palantir -contract-> contract-palantir"]],
    ["Le contrat de Palantir a été renouvelé en mai.", ["palantir -contract-> contract-palantir"]],
  ])("%s", (text, expected) => {
    expect(contractEdges(text)).toEqual(expected);
  });
});

describe("no contract from a loose name", () => {
  it.each<[string, string[]]>([
    // a hypothetical contract
    ["Palantir pourrait-elle signer un tel contrat ?", []],
    ["Could Palantir ever sign such a contract?", []],
    // a name near a contract word that the words do not tie to it
    ["Amnesty International criticised the contract.", []],
    ["Amnesty International a critiqué le contrat.", []],
  ])("%s", (text, expected) => {
    expect(contractEdges(text)).toEqual(expected);
  });
});

describe("the other side joins the one-party contract", () => {
  it.each<[string, string[]]>([
    // a later mention naming both sides joins the contract known by one party
    [
      "The DGSI has signed a new contract. The DGSI signed the deal with Palantir in May.",
      ["dgsi -contract-> contract-dgsi-palantir", "palantir -contract-> contract-dgsi-palantir"],
    ],
    [
      "La DGSI a signé un nouveau contrat. La DGSI a signé cet accord avec Palantir en mai.",
      ["dgsi -contract-> contract-dgsi-palantir", "palantir -contract-> contract-dgsi-palantir"],
    ],
    // a definite mention with the other side alone refers back to it
    [
      "The DGSI has signed a new contract. The contract with Palantir runs for three years.",
      ["dgsi -contract-> contract-dgsi", "palantir -contract-> contract-dgsi"],
    ],
    // an agentless plural refers back to the contracts announced before
    [
      "L'OTAN a signé des accords avec deux entreprises privées. Les contrats, signés avec Thales et Airbus, entrent en vigueur en février.",
      ["airbus -contract-> contract-nato", "nato -contract-> contract-nato", "thales -contract-> contract-nato"],
    ],
    [
      "The US Army has awarded new contracts. These contracts, signed with Thales and Airbus, run for five years.",
      ["airbus -contract-> contract-us-army", "thales -contract-> contract-us-army", "us-army -contract-> contract-us-army"],
    ],
    // a definite mention past a relative clause takes no name from it
    [
      "La DGSI a signé un contrat avec Palantir. Le montant du contrat, qui s'inscrit dans une stratégie définie par la France, reste secret.",
      ["dgsi -contract-> contract-dgsi-palantir", "palantir -contract-> contract-dgsi-palantir"],
    ],
  ])("%s", (text, expected) => {
    expect(contractEdges(text)).toEqual(expected);
  });
});

describe("contracts awarded to several counterparts stay apart", () => {
  it.each<[string, string[]]>([
    [
      "The DGSI and the DGSE awarded two contracts to Palantir and Thales.",
      [
        "dgse -contract-> contract-dgse-dgsi-palantir",
        "dgse -contract-> contract-dgse-dgsi-thales",
        "dgsi -contract-> contract-dgse-dgsi-palantir",
        "dgsi -contract-> contract-dgse-dgsi-thales",
        "palantir -contract-> contract-dgse-dgsi-palantir",
        "thales -contract-> contract-dgse-dgsi-thales",
      ],
    ],
    [
      "La DGSI et la DGSE ont attribué des contrats à Palantir et à Thales.",
      [
        "dgse -contract-> contract-dgse-dgsi-palantir",
        "dgse -contract-> contract-dgse-dgsi-thales",
        "dgsi -contract-> contract-dgse-dgsi-palantir",
        "dgsi -contract-> contract-dgse-dgsi-thales",
        "palantir -contract-> contract-dgse-dgsi-palantir",
        "thales -contract-> contract-dgse-dgsi-thales",
      ],
    ],
  ])("%s", (text, expected) => {
    expect(contractEdges(text)).toEqual(expected);
  });
});
