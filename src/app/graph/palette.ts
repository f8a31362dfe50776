// The visual vocabulary, shared by the canvas stylesheet and the legend so they cannot disagree.
// Colours carry meaning: the state apparatus is red, companies blue, money green, ruptures warm.
import type { EntityType, RelationType } from "../../model";

export type NodeShape = "ellipse" | "round-hexagon" | "round-rectangle" | "round-tag" | "round-diamond" | "round-pentagon";

export const NODE_LOOK: Record<EntityType, { colour: string; shape: NodeShape; label: string }> = {
  company: { colour: "#2563eb", shape: "ellipse", label: "Company" },
  agency: { colour: "#dc2626", shape: "round-hexagon", label: "Agency (military, intelligence, police, immigration)" },
  state: { colour: "#7f1d1d", shape: "round-rectangle", label: "State" },
  contract: { colour: "#d97706", shape: "round-tag", label: "Contract" },
  organization: { colour: "#059669", shape: "round-diamond", label: "Organisation" },
  person: { colour: "#7c3aed", shape: "round-pentagon", label: "Person" },
};

export const EDGE_COLOUR: Record<RelationType, string> = {
  partnership: "#0891b2",
  contract: "#d97706",
  supplies: "#4338ca",
  client_of: "#0d9488",
  investment: "#16a34a",
  divestment: "#65a30d",
  suspension: "#ea580c",
  sanction: "#b91c1c",
  criticism: "#db2777",
  member_of: "#64748b",
  ownership: "#7c3aed",
  located_in: "#a8a29e",
  other: "#9ca3af",
};
