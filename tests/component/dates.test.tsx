// An article's date where the app cites it (a passage's byline, a path's chain, the article's
// header), written as the interface's language writes dates.
import { screen, within } from "@testing-library/react";
import { renderWithProviders } from "./render";

const bylines = (root: HTMLElement) => [...root.querySelectorAll(".byline")].map((b) => b.textContent);

describe("article dates in the interface's language", () => {
  it("in a passage's byline, with a machine-readable <time>", async () => {
    renderWithProviders(undefined, { url: "/?lang=fr&edge=palantir|supplies|idf" });
    const panel = await screen.findByRole("region", { name: /Palantir/ });
    expect(bylines(panel)).toContain("FRFujitsu approfondit sa collaboration avec Palantir — ICTjournal · 12 mars 2024");
    expect(panel.querySelector("time")?.getAttribute("datetime")).toBe("2024-03-12");
  });

  it("in a path's citations", async () => {
    renderWithProviders(undefined, { url: "/?lang=fr&from=fujitsu&to=ice" });
    const panel = await screen.findByRole("region", { name: /Comment A est-il relié à B/ });
    const cites = [...panel.querySelectorAll(".step-cite")].map((c) => c.textContent ?? "");
    expect(cites.some((c) => c.includes("12 mars 2024"))).toBe(true);
    expect(cites.join(" ")).not.toContain("2024-03-12");
  });

  it("in the article view's header", async () => {
    renderWithProviders(undefined, { url: "/?read=a3_microsoft_fr" });
    const reader = await screen.findByRole("region", { name: /Microsoft suspend des services/ });
    await within(reader).findByText(/fermé les yeux/);
    expect(bylines(reader).join(" ")).toContain("September 26, 2025");
  });
});
