import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithProviders, stubData } from "./render";
import { useExplorer } from "../../src/app/store/explorer";
import { fixtureGraph, fixtureGraphJson } from "../fixtures/load";

const graph = fixtureGraph();
const evidence = graph.edges.find((e) => e.id === "top10vpn|criticism|microsoft")!.evidence[0]!;

async function openReader(url: string) {
  renderWithProviders(undefined, { url });
  return screen.findByRole("region", { name: /Microsoft suspend des services/ });
}

describe("article view", () => {
  it("shows the full text with the chosen passage in one <mark>", async () => {
    const reader = await openReader(`/?edge=top10vpn|criticism|microsoft&read=a3_microsoft_fr&at=${evidence.start}-${evidence.end}`);
    await within(reader).findByText(/fermé les yeux/);
    const marks = reader.querySelectorAll("mark.passage-mark");
    expect(marks).toHaveLength(1);
    expect(marks[0]).toHaveTextContent(evidence.quote);
    expect(reader.querySelector(".article-text")?.textContent).toContain("Le ministère utilisait jusqu’ici Azure");
  });

  it("renders article text and titles as text, never as HTML", async () => {
    const reader = await openReader("/?read=a3_microsoft_fr");
    await within(reader).findByText(/fermé les yeux/);
    expect(reader.querySelector("script, b")).toBeNull();
    expect(reader.querySelector(".article-text")?.textContent).toContain("<script>alert(1)</script>");
    expect(within(reader).getByRole("heading", { level: 2 })).toHaveTextContent("<b>");
  });

  it("marks every entity mention; a click selects that node and returns to the graph", async () => {
    const user = userEvent.setup();
    const reader = await openReader("/?read=a3_microsoft_fr");
    const mention = await within(reader).findByRole("button", { name: "Top10VPN" });
    expect(within(reader).getAllByRole("button", { name: "ministère de la Défense d’Israël" }).length).toBeGreaterThan(0);
    await user.click(mention);
    expect(useExplorer.getState().selection).toEqual({ kind: "node", id: "top10vpn" });
    expect(useExplorer.getState().reading).toBeNull();
    expect(screen.getByRole("heading", { level: 2, name: "Top10VPN" })).toBeInTheDocument();
  });

  it("links to the translation, at the same relation's passage there", async () => {
    const user = userEvent.setup();
    const ev = graph.edges.find((e) => e.id === "palantir|supplies|idf")!.evidence;
    renderWithProviders(undefined, { url: `/?edge=palantir|supplies|idf&read=a1_fujitsu_fr&at=${ev[0]!.start}-${ev[0]!.end}` });
    await user.click(await screen.findByRole("button", { name: "Read the English version" }));
    const reader = await screen.findByRole("region", { name: "Fujitsu deepens its partnership with Palantir" });
    const mark = await within(reader).findByText((_, el) => el?.tagName === "MARK" && el.classList.contains("passage-mark"));
    expect(mark).toHaveTextContent("Palantir reportedly supplies tools to the Israeli military");
  });

  it("finds the translation when only the other article records the link", async () => {
    const oneSided = fixtureGraphJson() as { articles: { id: string; translationOf: string | null }[] };
    for (const a of oneSided.articles) if (a.id === "a1_fujitsu_fr") a.translationOf = null;
    stubData((url) => (url.endsWith("data/graph.json") ? { status: 200, body: JSON.stringify(oneSided) } : undefined));
    renderWithProviders(undefined, { url: "/?read=a1_fujitsu_fr", stub: false });
    expect(await screen.findByRole("button", { name: "Read the English version" })).toBeInTheDocument();
  });

  it("goes back to the graph with the selection kept", async () => {
    const user = userEvent.setup();
    await openReader("/?edge=top10vpn|criticism|microsoft&read=a3_microsoft_fr");
    await user.click(screen.getByRole("button", { name: /Back to the graph/ }));
    expect(screen.queryByRole("region", { name: /Microsoft suspend/ })).not.toBeInTheDocument();
    expect(useExplorer.getState().selection).toEqual({ kind: "edge", id: "top10vpn|criticism|microsoft" });
  });
});
