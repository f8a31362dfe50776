// Stage 2 (cleaning): page junk goes, article sentences stay. Each case is a line placed
// between two ordinary sentences, so the table shows what one rule removes.
import { clean } from "../../src/extract/stages/02-clean";
import { knowledgeWith } from "../fixtures/extract/run";

const rules = knowledgeWith([]).cleaning;
const around = (junk: string) => `Palantir signe un accord avec Fujitsu.\n${junk}\nLe contrat court sur trois ans.`;
const bodyOnly = "Palantir signe un accord avec Fujitsu.\nLe contrat court sur trois ans.";

describe("clean: drops page junk between sentences", () => {
  it.each([
    ["a row of share buttons", "Twitter Facebook Linkedin Flipboard Email"],
    ["a share row with separators", "Partager | Twitter · Facebook · E-mail"],
    ["a lone share word", "Twitter"],
    ["a newsletter prompt", "Recevez chaque matin l’essentiel de l’actualité avec notre newsletter"],
    ["a French 'Réagir' button", "Réagir"],
    ["a comment-moderation notice", "* Les commentaires postés sur Le Monde font l’objet d’une modération a priori"],
    ["a lone x (close button)", "x"],
    ["a lone ×", "×"],
    ["a lone 'media' label", "media"],
    ["a caption with ©", "Le siège de l’entreprise à Denver, en 2023. © David Zalubowski / AP"],
    ["a short byline", "Par Jean Dupont et Marie Durand"],
    ["an English byline", "By Jane Doe"],
    ["a 'Lire aussi' link", "Lire aussi : Microsoft suspend des services à l’armée israélienne"],
    ["a cookie banner", "We use cookies to improve your experience on our website."],
    ["an English share row", "Share on Facebook Share on X"],
    ["a login link", "Connexion"],
    ["a copyright line", "Copyright 2024 Thomson Reuters. All rights reserved."],
    ["a consent prompt", "I would like to be emailed about offers, events and updates from Computer Weekly."],
    ["a byline dated after an em dash", "Par Jean Dupont — 12 mars 2024"],
    ["'Share this article'", "Share this article"],
    ["a comment counter in brackets", "Comments (12)"],
    ["a French publication date", "Publié le 12 mars 2024 à 10h00"],
    ["a French cookie banner", "Nous utilisons des cookies pour améliorer votre expérience."],
  ])("drops %s", (_what, junk) => {
    expect(clean(around(junk), rules)).toBe(bodyOnly);
  });
});

describe("clean: keeps article text", () => {
  it.each([
    [
      "a sentence starting 'Par ailleurs' longer than a byline",
      "Par ailleurs, Microsoft a suspendu une partie de ses services à l’armée israélienne en septembre.",
    ],
    ["a sentence starting 'By' longer than a byline", "By the end of 2024, Palantir had signed contracts with twelve ministries across Europe."],
    ["a sentence naming a share-button brand", "Twitter a été racheté par Elon Musk en 2022."],
    ["a long sentence opening with 'Recevez'", `Recevez ${"des nouvelles ".repeat(15)}de la part des services de renseignement, disait le rapport.`],
    ["a sentence mentioning comments", "Les commentaires du ministre ont été publiés dans la presse locale le lendemain."],
  ])("keeps %s", (_what, sentence) => {
    expect(clean(around(sentence), rules)).toBe(around(sentence));
  });
});

describe("clean: whole-text rules", () => {
  it.each([
    [
      "keeps the first of two identical headline lines",
      "Palantir et Fujitsu s’associent au Japon\nPalantir et Fujitsu s’associent au Japon\nLe partenariat est signé.",
      "Palantir et Fujitsu s’associent au Japon\nLe partenariat est signé.",
    ],
    ["keeps short repeated lines (under the repeat threshold)", "Oui.\nOui.\nFin.", "Oui.\nOui.\nFin."],
    [
      "truncates from 'À PROPOS DE NOUS' in the second half",
      "Palantir signe un accord avec Fujitsu au Japon.\nLe contrat court sur trois ans au moins.\nÀ PROPOS DE NOUS\nContactez la rédaction.\nMentions légales.",
      "Palantir signe un accord avec Fujitsu au Japon.\nLe contrat court sur trois ans au moins.",
    ],
    [
      "does not truncate at 'À PROPOS DE NOUS' in the first half",
      "À PROPOS DE NOUS\nPalantir signe un accord avec Fujitsu au Japon.\nLe contrat court sur trois ans au moins.",
      "À PROPOS DE NOUS\nPalantir signe un accord avec Fujitsu au Japon.\nLe contrat court sur trois ans au moins.",
    ],
    [
      "truncates at an English 'Related articles' footer",
      "Microsoft cut off services to the unit last week.\nThe company said the review continues.\nRelated articles\nAmazon wins a contract.",
      "Microsoft cut off services to the unit last week.\nThe company said the review continues.",
    ],
    ["normalises CRLF line ends", "Une phrase.\r\nUne autre.", "Une phrase.\nUne autre."],
    ["collapses runs of blank lines left by removed junk", "Une phrase.\n\nTwitter Facebook\n\n\nUne autre.", "Une phrase.\n\nUne autre."],
    ["trims spaces at line ends and starts", "  Une phrase.  \n\u00a0Une autre.", "Une phrase.\nUne autre."],
    ["returns an empty string when only junk remains", "Réagir\nTwitter Facebook\n×", ""],
    // Paragraphs too long for any junk rule take a shorter path: still deduplicated, still kept.
    [
      "keeps one of two identical long paragraphs",
      `${"Palantir fournit des logiciels à l’armée. ".repeat(60).trim()}\n${"Palantir fournit des logiciels à l’armée. ".repeat(60).trim()}\nFin de l’article ici.`,
      `${"Palantir fournit des logiciels à l’armée. ".repeat(60).trim()}\nFin de l’article ici.`,
    ],
  ])("%s", (_what, input, expected) => {
    expect(clean(input, rules)).toBe(expected);
  });
});

// A credit glued to the end of a caption too long to be dropped as one names the photographer and the agency, no
// actor of the story: the credit goes, the caption stays.
describe("clean: cuts a photo credit from a long caption's end", () => {
  const caption = (credit: string) =>
    `Le logo de Quarnix est affiché sur la façade de son siège, un immeuble de verre du quartier de la Part-Dieu à Lyon, à côté de l'une de ses agences régionales, près du centre commercial, le 3 mars 2023.${credit}\nLe contrat court sur trois ans.`;
  const englishCaption = (credit: string) =>
    `The Velmora company logo is displayed on a wall of a building next to one of its branches in the southern part of Denver, near the old railway station and the community center, on March 3, 2023.${credit}\nThe contract runs for three years.`;
  it.each([
    ["an English parenthesised credit", englishCaption("(Photo by Jane Roe / AFP via Getty Images)"), englishCaption("")],
    ["an English credit after a bar", englishCaption(" FILE PHOTO | DAILY COURIER GROUP"), englishCaption("")],
    ["an English 'Photo:' credit", englishCaption(" Photo: John Smith/Reuters"), englishCaption("")],
    ["an English © credit", englishCaption(" © John Smith / AP"), englishCaption("")],
    ["a French parenthesised credit", caption(" (Crédit photo : Jean Dupont / AFP)"), caption("")],
    ["a French 'Photo :' credit", caption(" Photo : Jean Dupont / Hans Lucas"), caption("")],
    ["a French © credit", caption(" © Jean Dupont / AFP"), caption("")],
  ])("%s", (_what, input, expected) => {
    expect(clean(input, rules)).toBe(expected);
  });

  it.each([
    ["an English sentence about a photograph", "The photograph was taken by a Velmora engineer in 2021.\nThe contract runs for three years."],
    ["a French sentence about photos", "Les photos : Quarnix les a publiées en 2021, a dit le ministère.\nLe contrat court sur trois ans."],
    ["an English parenthesis that is no credit", "Velmora (pictured in Denver) signed the contract.\nThe contract runs for three years."],
    ["a French parenthesis that is no credit", "Le contrat a été signé par Quarnix (image de marque comprise).\nLe contrat court sur trois ans."],
  ])("keeps %s", (_what, input) => {
    expect(clean(input, rules)).toBe(input);
  });
});
