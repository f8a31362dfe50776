import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithProviders, stubData } from "./render";
import { useExplorer } from "../../src/app/store/explorer";
import { fixtureGraphJson } from "../fixtures/load";

type Ev = { articleId: string; start: number; end: number; quote: string };

/** The fixture, with the one passage of imod|client_of|microsoft (offsets 178–239 of a 560-character article) changed. */
function withPassage(change: (ev: Ev) => void): void {
  const graph = fixtureGraphJson() as { edges: { id: string; evidence: Ev[] }[] };
  change(graph.edges.find((e) => e.id === "imod|client_of|microsoft")!.evidence[0]!);
  stubData((url) => (url.endsWith("graph.json") ? { status: 200, body: JSON.stringify(graph) } : undefined));
}

describe("edge panel", () => {
  it("shows source, type, target, status, modality and every passage in its sentences", async () => {
    renderWithProviders(undefined, { url: "/?edge=palantir|supplies|idf" });
    const panel = await screen.findByRole("region", { name: /Palantir.*supplies.*Israel Defense Forces/ });
    expect(within(panel).getByText("Active")).toBeInTheDocument();
    expect(within(panel).getAllByText(/Alleged/i).length).toBeGreaterThan(0);
    expect(within(panel).getByText(/2 passages in 1 article and its translation/)).toBeInTheDocument();
    const marks = panel.querySelectorAll("mark");
    expect([...marks].map((m) => m.textContent)).toEqual([
      "Palantir fournirait des outils à l’armée israélienne",
      "Palantir reportedly supplies tools to the Israeli military",
    ]);
    expect(await within(panel).findByText(/Selon des experts,/)).toBeInTheDocument();
    expect(within(panel).getByText("Fujitsu approfondit sa collaboration avec Palantir")).toBeInTheDocument();
    expect([...panel.querySelectorAll("figcaption .byline")].map((b) => b.textContent)).toContain(
      "FRFujitsu approfondit sa collaboration avec Palantir — ICTjournal · March 12, 2024",
    );
  });

  it("opens the article at the passage from “Read in article”", async () => {
    const user = userEvent.setup();
    renderWithProviders(undefined, { url: "/?edge=imod|client_of|microsoft" });
    await user.click(await screen.findByRole("button", { name: "Read in article" }));
    const reader = await screen.findByRole("region", { name: /Microsoft suspend des services/ });
    const mark = await within(reader).findByText((_, el) => el?.tagName === "MARK" && el.classList.contains("passage-mark"));
    expect(mark).toHaveTextContent("Le ministère utilisait jusqu’ici Azure, le cloud de Microsoft");
    expect(useExplorer.getState().reading).toMatchObject({ articleId: "a3_microsoft_fr" });
  });

  it("is opened from a relation in the node panel", async () => {
    const user = userEvent.setup();
    renderWithProviders(undefined, { url: "/?node=ice" });
    await user.click(await screen.findByRole("button", { name: /Palantir/ }));
    expect(useExplorer.getState().selection).toEqual({ kind: "edge", id: "palantir|supplies|ice" });
  });

  it("shows no warning when the text at a passage's offsets is its quote", async () => {
    renderWithProviders(undefined, { url: "/?edge=imod|client_of|microsoft" });
    const panel = await screen.findByRole("region", { name: /Microsoft/ });
    await waitFor(() => expect(panel.querySelector("blockquote")).toHaveTextContent(/^Le ministère utilisait jusqu’ici Azure, le cloud de Microsoft\.$/));
    expect(within(panel).queryByRole("alert")).toBeNull();
  });

  it("warns when a passage's offsets fall outside its article's text, and shows no borrowed context", async () => {
    withPassage((ev) => Object.assign(ev, { start: 600, end: 661 }));
    renderWithProviders(undefined, { url: "/?edge=imod|client_of|microsoft", stub: false });
    const panel = await screen.findByRole("region", { name: /Microsoft/ });
    const warning = await within(panel).findByRole("alert");
    expect(warning).toHaveTextContent("cannot be located in its article");
    expect(warning).toHaveTextContent("offsets 600–661 fall outside the article's text, which has 560 characters");
    expect(panel.querySelector("blockquote")).toHaveTextContent(/^Le ministère utilisait jusqu’ici Azure, le cloud de Microsoft$/);
  });

  it("warns when the text at a passage's offsets differs from its quote", async () => {
    withPassage((ev) => Object.assign(ev, { start: ev.start + 5, end: ev.end + 5 }));
    renderWithProviders(undefined, { url: "/?edge=imod|client_of|microsoft", stub: false });
    const panel = await screen.findByRole("region", { name: /Microsoft/ });
    const warning = await within(panel).findByRole("alert");
    expect(warning).toHaveTextContent("at its offsets 183–244 reads “nistère utilisait jusqu’ici Azure, le cloud de Microsoft. L’a”, not the quote");
    expect(panel.querySelector("blockquote")).toHaveTextContent(/^Le ministère utilisait jusqu’ici Azure, le cloud de Microsoft$/);
  });

  it("opens the reader on a misplaced passage with the warning and without highlighting another passage", async () => {
    const user = userEvent.setup();
    withPassage((ev) => Object.assign(ev, { start: ev.start + 5, end: ev.end + 5 }));
    renderWithProviders(undefined, { url: "/?edge=imod|client_of|microsoft", stub: false });
    await user.click(await screen.findByRole("button", { name: "Read in article" }));
    const reader = await screen.findByRole("region", { name: /Microsoft suspend des services/ });
    expect(await within(reader).findByRole("alert")).toHaveTextContent("not the quote");
    expect(reader.querySelector("mark.passage-mark")).toBeNull();
  });

  it("warns in the reader when a shared link points past the article's end", async () => {
    renderWithProviders(undefined, { url: "/?read=a3_microsoft_fr&at=900-950" });
    const reader = await screen.findByRole("region", { name: /Microsoft suspend des services/ });
    expect(await within(reader).findByRole("alert")).toHaveTextContent("offsets 900–950 fall outside the article's text");
    expect(reader.querySelector("mark.passage-mark")).toBeNull();
  });
});
