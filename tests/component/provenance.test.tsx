// The provenance of each passage in the edge panel (rule, confidence, inferred ends reachable in the
// reader) and the minimum-confidence filter, on the fixture graph given rules and confidences here.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithProviders, stubData } from "./render";
import { useExplorer } from "../../src/app/store/explorer";
import { fixtureGraphJson } from "../fixtures/load";

type Ev = { rule?: string; confidence?: number; via?: unknown };
type Edge = { id: string; evidence: Ev[] };

/** The fixture with provenance: "Le ministère" (178–190) stands for the ministry named at 144–176. */
function withProvenance(): void {
  const graph = fixtureGraphJson() as { edges: Edge[] };
  const edge = (id: string) => graph.edges.find((e) => e.id === id)!;
  Object.assign(edge("imod|client_of|microsoft").evidence[0]!, {
    rule: "pattern-forward",
    confidence: 0.91,
    via: { source: { start: 178, end: 190, text: "Le ministère", antecedentStart: 144, antecedentEnd: 176, how: "anaphor" } },
  });
  // Both passages of this edge are below 0.5; one passage of the next is, the other is not.
  for (const ev of edge("fujitsu|partnership|palantir").evidence) Object.assign(ev, { rule: "class-members", confidence: 0.4 });
  Object.assign(edge("palantir|supplies|idf").evidence[0]!, { rule: "class-members", confidence: 0.4 });
  Object.assign(edge("palantir|supplies|idf").evidence[1]!, { rule: "some-new-rule", confidence: 0.8 });
  Object.assign(edge("palantir|supplies|ice").evidence[0]!, { rule: "role" });
  stubData((url) => (url.endsWith("graph.json") ? { status: 200, body: JSON.stringify(graph) } : undefined));
}

describe("passage provenance", () => {
  it("shows the rule, its confidence and the inferred end with its anaphor", async () => {
    withProvenance();
    renderWithProviders(undefined, { url: "/?edge=imod|client_of|microsoft", stub: false });
    const panel = await screen.findByRole("region", { name: /Israeli Ministry of Defense.*Microsoft/ });
    expect(await within(panel).findByText(/rule: active phrase \(X supplies Y\)/)).toBeInTheDocument();
    expect(within(panel).getByText("right 91 % of the time")).toBeInTheDocument();
    const via = panel.querySelector(".via")!;
    expect(via).toHaveTextContent("Israeli Ministry of Defense — via “Le ministère” where named");
  });

  it("opens the reader on the antecedent, highlighted", async () => {
    const user = userEvent.setup();
    withProvenance();
    renderWithProviders(undefined, { url: "/?edge=imod|client_of|microsoft", stub: false });
    await user.click(await screen.findByRole("button", { name: "where named: Israeli Ministry of Defense" }));
    expect(useExplorer.getState().reading).toEqual({ articleId: "a3_microsoft_fr", start: 144, end: 176 });
    const reader = await screen.findByRole("region", { name: /Microsoft suspend des services/ });
    const mark = await within(reader).findByText((_, el) => el?.tagName === "MARK" && el.classList.contains("passage-mark"));
    expect(mark).toHaveTextContent("ministère de la Défense d’Israël");
  });

  it("names a rule it has no label for by its id, and says when a rule was never measured", async () => {
    withProvenance();
    renderWithProviders(undefined, { url: "/?edge=palantir|supplies|idf", stub: false });
    const panel = await screen.findByRole("region", { name: /Palantir.*supplies.*Israel Defense Forces/ });
    expect(await within(panel).findByText(/rule: some-new-rule/)).toBeInTheDocument();
    expect(within(panel).getByText(/rule: group named by its kind/)).toBeInTheDocument();
    renderWithProviders(undefined, { url: "/?edge=palantir|supplies|ice", stub: false });
    expect(await screen.findByText("not yet measured")).toBeInTheDocument();
  });

  it("speaks French", async () => {
    withProvenance();
    renderWithProviders(undefined, { url: "/?edge=imod|client_of|microsoft&lang=fr", stub: false });
    expect(await screen.findByText(/règle : tournure active \(X fournit Y\)/)).toBeInTheDocument();
    expect(screen.getByText("juste 91 % du temps")).toBeInTheDocument();
    expect(screen.getByText("via « Le ministère »")).toBeInTheDocument();
  });

  it("shows nothing of the kind for a passage without provenance", async () => {
    renderWithProviders(undefined, { url: "/?edge=top10vpn|criticism|microsoft" });
    const panel = await screen.findByRole("region", { name: /Top10VPN/ });
    await waitFor(() => expect(panel.querySelector("blockquote mark")).not.toBeNull());
    expect(panel.querySelector(".provenance")).toBeNull();
  });
});

describe("minimum confidence filter", () => {
  it("hides relations whose every passage is below it, keeps unmeasured ones, and is shared in the URL", async () => {
    const user = userEvent.setup();
    withProvenance();
    renderWithProviders(undefined, { stub: false });
    const filters = await screen.findByRole("complementary", { name: "Filters" });
    expect(screen.getByText(/Showing 9 of 9 entities, 11 of 11 relations/)).toBeInTheDocument();
    await user.selectOptions(within(filters).getByRole("combobox", { name: "Minimum confidence" }), "At least 50 %");
    // fujitsu—palantir (0.4 and 0.4) goes; palantir→idf stays for its 0.8 passage; the rest carry no confidence.
    expect(screen.getByText(/10 of 11 relations/)).toBeInTheDocument();
    expect(useExplorer.getState().minConfidence).toBe(0.5);
    expect(window.location.search).toContain("confidence=0.5");
    await user.selectOptions(within(filters).getByRole("combobox", { name: "Minimum confidence" }), "At least 90 %");
    expect(screen.getByText(/9 of 11 relations/)).toBeInTheDocument();
    await user.click(within(filters).getByRole("button", { name: "Clear all" }));
    expect(useExplorer.getState().minConfidence).toBeNull();
    expect(screen.getByText(/11 of 11 relations/)).toBeInTheDocument();
  });

  it("is read from the URL", async () => {
    withProvenance();
    renderWithProviders(undefined, { url: "/?confidence=0.9", stub: false });
    await screen.findByRole("complementary", { name: "Filters" });
    expect(await screen.findByText(/9 of 11 relations/)).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Minimum confidence" })).toHaveValue("0.9");
  });

  it("is not offered when no passage carries a confidence", async () => {
    renderWithProviders();
    await screen.findByRole("complementary", { name: "Filters" });
    expect(screen.queryByRole("combobox", { name: "Minimum confidence" })).toBeNull();
  });
});
