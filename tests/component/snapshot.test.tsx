// A snapshot page: the app reads the graph, the articles and the starting view from the payload
// embedded in the page, and fetches nothing.
import { screen, within } from "@testing-library/react";
import { renderWithProviders, stubData } from "./render";
import { openSnapshotView } from "../../src/app/api/snapshot";
import { fixtureArticleJson, fixtureGraphJson } from "../fixtures/load";

describe("snapshot page", () => {
  it("opens at the embedded view with its passages, without fetching", async () => {
    const fetched: string[] = [];
    stubData((url) => (fetched.push(url), { status: 404, body: "" }));
    const payload = {
      graph: fixtureGraphJson(),
      articles: { a3_microsoft_fr: fixtureArticleJson("a3_microsoft_fr") },
      view: "?edge=microsoft|suspension|imod",
    };
    const element = document.createElement("script");
    element.type = "application/json";
    element.id = "entangle-snapshot";
    element.textContent = JSON.stringify(payload);
    document.body.prepend(element);
    onTestFinished(() => element.remove());

    window.history.replaceState(null, "", "/snapshot.html");
    openSnapshotView(window);
    expect(window.location.search).toBe("?edge=microsoft|suspension|imod");
    renderWithProviders(undefined, { url: "/snapshot.html?edge=microsoft|suspension|imod", stub: false });
    const panel = await screen.findByRole("region", { name: /^Microsoft/ }, { timeout: 10_000 });
    const mark = await within(panel).findByText((_, el) => el?.tagName === "MARK");
    expect(mark.closest("blockquote")?.textContent?.length).toBeGreaterThan(mark.textContent!.length);
    expect(fetched).toEqual([]);
  });
});
