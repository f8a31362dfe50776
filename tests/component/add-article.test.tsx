// The "Add articles" panel with the real extractor run in-process (jsdom has no Worker): pasted
// text and files join the canvas marked as added, refusals name their file, removal takes them out.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Core } from "cytoscape";
import { addArticles } from "../../src/extract/browser";
import { ExtractClientContext, type ExtractClient } from "../../src/app/components/AddArticle/extractClient";
import { App } from "../../src/app/App";
import { knowledgeWith } from "../fixtures/extract/run";
import { renderWithProviders } from "./render";

const k = knowledgeWith(["palantir", "ice"]);
const inProcess: ExtractClient = {
  prepare() {},
  add: async (inputs, taken, onProgress) => addArticles(inputs, k, taken, (p) => onProgress({ ...p, phase: "extracting" })),
};
const PASTED =
  "Quillfeather Analytics signs deal with ICE\n\nThe start-up Quillfeather Analytics signed a contract with U.S. Immigration and Customs Enforcement (ICE) to supply facial recognition software.";

async function openPanel() {
  let cy: Core | null = null;
  renderWithProviders(
    <ExtractClientContext.Provider value={inProcess}>
      <App />
    </ExtractClientContext.Provider>,
    { onCy: (instance) => (cy = instance) },
  );
  const user = userEvent.setup();
  await user.click(await screen.findByRole("button", { name: "Add articles" }));
  const panel = await screen.findByRole("dialog", { name: "Add articles" }, { timeout: 10_000 });
  return { user, panel, cy: () => cy as Core | null };
}

describe("add articles panel", () => {
  it("adds pasted text to the canvas, marked as added here, and removes it again", async () => {
    const { user, panel, cy } = await openPanel();
    expect(within(panel).getByText("No article added in this browser yet.")).toBeInTheDocument();
    await user.type(
      within(panel).getByLabelText(/Paste an article/),
      PASTED.replace(/[{[]/g, (c) => c + c),
    );
    await user.click(within(panel).getByRole("button", { name: "Extract pasted text" }));
    await waitFor(() => expect(within(panel).getByRole("status")).toHaveTextContent(/^Added 1 article to the graph\./), { timeout: 10_000 });
    // jsdom has no IndexedDB: the article is shown, and the panel says it will not survive a reload.
    expect(within(panel).getByRole("status")).toHaveTextContent("This browser could not keep them");
    const list = within(panel).getByRole("list", { name: "Articles added here" });
    expect(list).toHaveTextContent("Quillfeather Analytics signs deal with ICE");
    expect(list).toHaveTextContent("pasted text");
    await waitFor(() => expect(cy()?.getElementById("quillfeather-analytics").data("added")).toBe(true));
    expect(screen.getByRole("region", { name: "Entities" })).toHaveTextContent("Added here, in this browser");
    // A known entity the article also names is not "added": it was already in the graph.
    expect(cy()!.getElementById("ice").data("added")).toBe(false);

    await user.click(within(panel).getByRole("button", { name: /Remove Quillfeather/ }));
    await waitFor(() => expect(cy()!.getElementById("quillfeather-analytics").length).toBe(0));
    expect(within(panel).getByText("No article added in this browser yet.")).toBeInTheDocument();
  });

  it("names each file it refuses, with the reason, and still adds the others", async () => {
    const { user, panel } = await openPanel();
    const files = [
      new File([PASTED], "story.txt", { type: "text/plain" }),
      new File(["%PDF-1.4"], "scan.pdf", { type: "application/pdf" }),
      new File([new Uint8Array([0x43, 0x61, 0x66, 0xe9])], "latin1.md", { type: "text/markdown" }),
    ];
    // userEvent.upload honours `accept`; a drop does not, so the refusal must come from the extractor.
    await user.upload(within(panel).getByLabelText("Article files"), files);
    const alert = await within(panel).findByRole("alert");
    expect(alert).toHaveTextContent(/latin1\.md: not valid UTF-8/);
    expect(within(panel).getByRole("list", { name: "Articles added here" })).toHaveTextContent("story.txt");
  });
});
