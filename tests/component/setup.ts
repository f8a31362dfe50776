// Component test setup: jest-dom matchers, a fresh DOM and store after each test, fetch restored.
import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { resetExplorer } from "../../src/app/store/explorer";

afterEach(() => {
  cleanup();
  resetExplorer();
  vi.unstubAllGlobals();
  window.history.replaceState(null, "", "/");
});
