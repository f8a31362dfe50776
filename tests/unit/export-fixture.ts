// The fixture graph for export tests, with one passage made hostile to every format's escaping:
// quotes of both kinds, a comma, a semicolon, a line break, XML and HTML markup, a backslash, a
// control character and a character outside the Basic Multilingual Plane.
import type { Graph } from "../../src/model";
import { fixtureGraph } from "../fixtures/load";

export const HOSTILE_QUOTE = 'He said "no", it\'s a \\ path;\nnext line <b>&amp;</b> </script> \u0007 𝄞';

/** The label of the discovered organisation, with markup and both quotes for the XML formats. */
export const HOSTILE_LABEL = 'Top "10" <VPN> & Co\'s\tlab';

export function exportFixture(): Graph {
  const graph = fixtureGraph();
  const [first, ...rest] = graph.edges;
  if (!first) throw new Error("export fixture: the fixture graph has no edge");
  const [ev, ...evs] = first.evidence;
  if (!ev) throw new Error("export fixture: the first edge has no evidence");
  const nodes = graph.nodes.map((n) => (n.id === "top10vpn" ? { ...n, label: HOSTILE_LABEL } : n));
  return { ...graph, nodes, edges: [{ ...first, evidence: [{ ...ev, quote: HOSTILE_QUOTE }, ...evs] }, ...rest] };
}
