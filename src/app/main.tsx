// Browser entry: restore the view from the URL, then mount the app with its data client.
import "./zod-jitless";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { App } from "./App";
import { startUrlSync } from "./store/url";
import { openSnapshotView } from "./api/snapshot";
import { loadCanvas } from "./components/Graph/CanvasSlot";
import { refetchOnDataChange } from "./api/live";
import "./styles.css";

openSnapshotView();
startUrlSync();
// The canvas chunk (Cytoscape) downloads while graph.json does; CanvasSlot shows a placeholder if it is later.
void loadCanvas();
const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } });
refetchOnDataChange(queryClient);
const root = document.getElementById("root");
if (!root) throw new Error("app: index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
