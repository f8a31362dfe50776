// sigma.js + graphology drawing the same graph at the same positions, coloured by the same
// palette, with arrows; filters hide nodes through the `hidden` attribute, sigma's own way.
import Graph from "graphology";
import Sigma from "sigma";
import { EdgeArrowProgram } from "sigma/rendering";
import { EDGE_COLOUR, NODE_LOOK } from "../../src/app/graph/palette";
import { hiddenHalf, loadPayload, markDrawn, paintedAfter, sinceMove, timed } from "./painted";

const { graph: data, positions } = await loadPayload();
const graph = new Graph({ multi: true, type: "directed" });
const degree = new Map<string, number>();
for (const e of data.edges) for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
data.nodes.forEach((n) => {
  const [x, y] = positions[n.id] ?? [0, 0];
  // Cytoscape's node size (24 + 10·√degree px across) as sigma's radius at the same scale.
  const size = Math.min(84, 24 + 10 * Math.sqrt(degree.get(n.id) ?? 0)) / 8;
  graph.addNode(n.id, { x, y: -y, size, label: n.label, color: NODE_LOOK[n.type].colour });
});
for (const e of data.edges) {
  graph.addDirectedEdgeWithKey(e.id, e.source, e.target, { color: EDGE_COLOUR[e.type], size: Math.min(5, 1 + e.evidence.length) / 2 });
}
const renderer = new Sigma(graph, document.getElementById("graph") as HTMLElement, {
  defaultEdgeType: "arrow",
  edgeProgramClasses: { arrow: EdgeArrowProgram },
});
renderer.on("afterRender", markDrawn);
markDrawn();
const ids = data.nodes.map((n) => n.id);
const hideAt = new Set(ids.filter((_, i) => hiddenHalf(i)));

window.bench = {
  toggleHalf: (hide) =>
    timed(() =>
      graph.updateEachNodeAttributes(
        (id, attributes) => {
          attributes.hidden = hide && hideAt.has(id);
          return attributes;
        },
        { attributes: ["hidden"] },
      ),
    ),
  afterMove: sinceMove,
  describe: () => `sigma ${graph.order} nodes, ${graph.size} edges (WebGL)`,
};
window.bench.firstFrame = await paintedAfter(0);
