// The added articles read back from IndexedDB: validated entries only, and never a page stuck on
// "Loading" when the storage does not answer.
import { get } from "idb-keyval";
import { LOAD_TIMEOUT_MS, loadAdded } from "../../src/app/api/added";
import { fixtureArticle, fixtureGraph } from "../fixtures/load";

vi.mock("idb-keyval", () => ({ get: vi.fn(), set: vi.fn() }));
const mockedGet = vi.mocked(get);

afterEach(() => {
  vi.useRealTimers();
  mockedGet.mockReset();
});

describe("loadAdded", () => {
  it("keeps the entries that match the model and drops the others", async () => {
    const graph = fixtureGraph();
    const doc = fixtureArticle(graph.articles[0]!.id);
    const good = { id: doc.id, source: "pasted text", seed: "text", doc, graph, notes: [] };
    mockedGet.mockResolvedValue([good, { ...good, id: "" }, { ...good, graph: { nodes: "no" } }, "junk"]);
    expect(await loadAdded()).toEqual([good]);
  });

  it("gives none when the storage fails or holds something else", async () => {
    mockedGet.mockRejectedValue(new Error("no IndexedDB"));
    expect(await loadAdded()).toEqual([]);
    mockedGet.mockResolvedValue({ not: "a list" });
    expect(await loadAdded()).toEqual([]);
  });

  it("gives none after a while when the storage never answers", async () => {
    vi.useFakeTimers();
    mockedGet.mockReturnValue(new Promise(() => {}));
    const loaded = loadAdded();
    await vi.advanceTimersByTimeAsync(LOAD_TIMEOUT_MS);
    expect(await loaded).toEqual([]);
  });
});
