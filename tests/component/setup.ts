// Component test setup: jest-dom matchers, a fresh DOM and store after each test, fetch restored.
import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { resetExplorer } from "../../src/app/store/explorer";
import { loadCanvas } from "../../src/app/components/Graph/CanvasSlot";

// Rendering the whole app in jsdom takes a second or more on a busy CI machine; 5 s is too tight.
vi.setConfig({ testTimeout: 20_000 });
// The article reader and key players are lazy chunks: their first import is a module transform here.
configure({ asyncUtilTimeout: 10_000 });

// In the browser the canvas chunk loads beside graph.json; here it is loaded once, before any test renders.
beforeAll(async () => {
  await loadCanvas();
});

afterEach(() => {
  cleanup();
  resetExplorer();
  vi.unstubAllGlobals();
  window.history.replaceState(null, "", "/");
});
