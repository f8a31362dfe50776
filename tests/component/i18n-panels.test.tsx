// The panels built after the catalogues (Export, Add articles, review, the error screen) speak
// French when the interface does: ?lang=fr, then a French string from each.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithProviders, stubData } from "./render";
import { applyLanguage } from "../../src/app/i18n";
import { App } from "../../src/app/App";
import { ExtractClientContext, type ExtractClient } from "../../src/app/components/AddArticle/extractClient";
import { addArticles } from "../../src/extract/browser";
import { knowledgeWith } from "../fixtures/extract/run";

const LAZY = { timeout: 10_000 };

// jsdom has no Worker: the extractor runs in-process, as in add-article.test.tsx.
const knowledge = knowledgeWith(["palantir", "ice"]);
const inProcess: ExtractClient = {
  prepare() {},
  add: async (inputs, taken, onProgress) => addArticles(inputs, knowledge, taken, (p) => onProgress({ ...p, phase: "extracting" })),
};
const PASTED =
  "Quillfeather Analytics signs deal with ICE\n\nThe start-up Quillfeather Analytics signed a contract with U.S. Immigration and Customs Enforcement (ICE) to supply facial recognition software.";

async function renderFrench(url = "/?lang=fr") {
  renderWithProviders(
    <ExtractClientContext.Provider value={inProcess}>
      <App />
    </ExtractClientContext.Provider>,
    { url },
  );
  await screen.findByRole("complementary", { name: "Filtres" }, LAZY);
  return userEvent.setup();
}

describe("French interface in the later panels", () => {
  afterEach(() => {
    applyLanguage("en");
    vi.restoreAllMocks();
  });

  it("Export menu: button, scope choices with French plurals, sections", async () => {
    const user = await renderFrench();
    await user.click(screen.getByRole("button", { name: "Exporter" }));
    const panel = await screen.findByRole("group", { name: "Exporter" }, { timeout: 15_000 });
    expect(within(panel).getByText("Quoi")).toBeInTheDocument();
    expect(within(panel).getByRole("radio", { name: /^Vue actuelle \(\d+ entités, \d+ relations\)$/ })).toBeInTheDocument();
    expect(within(panel).getByRole("radio", { name: /^Graphe entier/ })).toBeInTheDocument();
    expect(within(panel).getByRole("button", { name: "Tableau des relations (vue actuelle) — CSV" })).toBeInTheDocument();
    expect(within(panel).getByRole("button", { name: "CSV (nœuds, liens, preuves) — tableurs" })).toBeInTheDocument();
    expect(within(panel).getByRole("button", { name: "Partager sous forme de fichier (s’ouvre hors ligne)" })).toBeInTheDocument();

    // jsdom does not download: the file name the menu gives the link is what the user would get.
    const saved: string[] = [];
    vi.stubGlobal("URL", Object.assign(URL, { createObjectURL: () => "blob:1", revokeObjectURL: () => {} }));
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    await user.click(within(panel).getByRole("button", { name: "Tableau des relations (vue actuelle) — CSV" }));
    await waitFor(() => expect(within(panel).getByRole("status")).toHaveTextContent("entangle-tableau.csv enregistré"), LAZY);
    expect(saved).toEqual(["entangle-tableau.csv"]);
  });

  it("Add articles: dialog, paste label, drop zone, the empty list, then a French plural once added", async () => {
    const user = await renderFrench();
    await user.click(screen.getByRole("button", { name: "Ajouter des articles" }));
    const dialog = await screen.findByRole("dialog", { name: "Ajouter des articles" }, LAZY);
    expect(within(dialog).getByLabelText("Collez un article (sa première ligne est le titre)")).toBeInTheDocument();
    expect(within(dialog).getByRole("button", { name: "Extraire le texte collé" })).toBeDisabled();
    expect(within(dialog).getByRole("button", { name: "choisissez des fichiers" })).toBeInTheDocument();
    expect(within(dialog).getByRole("button", { name: "Fermer l’ajout d’articles" })).toBeInTheDocument();
    expect(await within(dialog).findByText("Aucun article ajouté dans ce navigateur pour l’instant.")).toBeInTheDocument();
    await user.type(within(dialog).getByRole("textbox"), PASTED);
    await user.click(within(dialog).getByRole("button", { name: "Extraire le texte collé" }));
    await waitFor(() => expect(within(dialog).getByRole("status")).toHaveTextContent(/^1 article ajouté au graphe\./), LAZY);
    expect(within(dialog).getByRole("list", { name: "Articles ajoutés ici" })).toHaveTextContent(/\d+ entités?, \d+ relations?/);
    expect(within(dialog).getByRole("button", { name: "Télécharger comme fichier source" })).toBeInTheDocument();
  });

  it("review: a relation's review buttons, then the rejected list and its decisions", async () => {
    const user = await renderFrench("/?lang=fr&edge=palantir|supplies|ice");
    const review = await screen.findByRole("group", { name: "Vérifier cette relation" }, LAZY);
    expect(within(review).getByRole("button", { name: "Confirmer" })).toBeInTheDocument();
    await user.click(within(review).getByRole("button", { name: "Modifier…" }));
    expect(within(review).getByLabelText("Inverser le sens")).toBeInTheDocument();
    expect(screen.getAllByRole("button", { name: "Rejeter le passage" }).length).toBeGreaterThan(0);
    await user.click(within(review).getByRole("button", { name: "Rejeter" }));
    await user.click(screen.getByRole("tab", { name: "Rejetées" }));
    expect(await screen.findByRole("heading", { name: "Relations rejetées" }, LAZY)).toBeInTheDocument();
    const item = (await screen.findByText("Palantir", { selector: ".rejected-item strong" }, LAZY)).closest("li") as HTMLElement;
    expect(within(item).getByText("rejetée")).toBeInTheDocument();
    expect(within(item).getByRole("button", { name: "Rétablir" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Télécharger curation.yaml" })).toBeEnabled();
  });

  it("error screen: what failed and how to fix it", async () => {
    stubData((url) => (url.endsWith("graph.json") ? { status: 404, body: "" } : undefined));
    renderWithProviders(undefined, { url: "/?lang=fr", stub: false });
    const alert = await screen.findByRole("alert", {}, LAZY);
    expect(alert).toHaveTextContent("Les données du graphe sont introuvables");
    expect(alert).toHaveTextContent("est introuvable.");
    expect(alert).toHaveTextContent("Générez-le à partir des articles de seeds/ en lançant, dans le dossier du projet :");
    expect(within(alert).getByText("seeds/").tagName).toBe("CODE");
    expect(within(alert).getByRole("button", { name: "Réessayer" })).toBeInTheDocument();
  });
});
