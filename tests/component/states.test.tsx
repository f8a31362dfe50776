import { screen } from "@testing-library/react";
import { renderWithProviders, stubData } from "./render";
import { fixtureGraphJson } from "../fixtures/load";

describe("loading and error states", () => {
  it("shows loading, then the explorer", async () => {
    renderWithProviders();
    expect(screen.getByRole("status")).toHaveTextContent("Loading the graph");
    expect(await screen.findByRole("combobox", { name: "Search entities" })).toBeInTheDocument();
  });

  it("explains a missing graph.json and gives the command that fixes it", async () => {
    stubData((url) => (url.endsWith("graph.json") ? { status: 404, body: "" } : undefined));
    renderWithProviders(undefined, { stub: false });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The graph data is missing");
    expect(alert).toHaveTextContent("npm run extract");
  });

  it("says what failed when graph.json does not match the schema", async () => {
    const broken = fixtureGraphJson() as { edges: { type: string }[] };
    broken.edges[0]!.type = "friendship";
    stubData((url) => (url.endsWith("graph.json") ? { status: 200, body: JSON.stringify(broken) } : undefined));
    renderWithProviders(undefined, { stub: false });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("does not match the schema");
    expect(alert).toHaveTextContent("edges.0.type");
    expect(alert).toHaveTextContent("npm run extract");
  });

  it("treats an HTML answer (a dev server's fallback page) as missing data", async () => {
    stubData((url) => (url.endsWith("graph.json") ? { status: 200, body: "<!doctype html><html></html>" } : undefined));
    renderWithProviders(undefined, { stub: false });
    expect(await screen.findByRole("alert")).toHaveTextContent("The graph data is missing");
  });

  it.each([
    ["empty", "", "The graph data is empty", "is an empty file"],
    ["blank", "  \n", "The graph data is empty", "is an empty file"],
    ["cut off mid-way", '{"schemaVersion": 1, "articles": [', "The graph data is not valid JSON", "could not be read as JSON"],
    ["not JSON at all", "schemaVersion: 1", "The graph data is not valid JSON", "could not be read as JSON"],
  ])("says a graph.json that is %s is not usable JSON, not that it breaks the schema", async (_, body, heading, detail) => {
    stubData((url) => (url.endsWith("graph.json") ? { status: 200, body } : undefined));
    renderWithProviders(undefined, { stub: false });
    const alert = await screen.findByRole("alert");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(heading);
    expect(alert).toHaveTextContent(detail);
    expect(alert).not.toHaveTextContent(/match the schema|failed validation/);
    expect(alert).toHaveTextContent("npm run extract");
  });
});
