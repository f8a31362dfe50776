// A small SVG of a node shape or an edge style, matching what the canvas draws.
import type { NodeShape } from "../../graph/palette";

const POINTS: Partial<Record<NodeShape, string>> = {
  "round-hexagon": "4,1 12,1 16,8 12,15 4,15 0,8",
  "round-tag": "1,2 11,2 16,8 11,14 1,14",
  "round-diamond": "8,0 16,8 8,16 0,8",
  "round-pentagon": "8,0 16,6 13,16 3,16 0,6",
};

export function ShapeIcon({ shape, colour, dashed = false }: { shape: NodeShape; colour: string; dashed?: boolean }) {
  const stroke = dashed ? { stroke: "#334155", strokeWidth: 1.5, strokeDasharray: "2 1.5" } : { stroke: "#fff", strokeWidth: 1 };
  return (
    <svg className="shape-icon" width="16" height="16" viewBox="-1 -1 18 18" aria-hidden="true" focusable="false">
      {shape === "ellipse" ? (
        <circle cx="8" cy="8" r="7.5" fill={colour} {...stroke} />
      ) : shape === "round-rectangle" ? (
        <rect x="0.5" y="1.5" width="15" height="13" rx="3" fill={colour} {...stroke} />
      ) : (
        <polygon points={POINTS[shape]} fill={colour} strokeLinejoin="round" {...stroke} />
      )}
    </svg>
  );
}

export type LineStyle = "solid" | "dashed" | "ended" | "planned" | "symmetric";

export function LineIcon({ colour, style = "solid" }: { colour: string; style?: LineStyle }) {
  return (
    <svg className="line-icon" width="34" height="12" viewBox="0 0 34 12" aria-hidden="true" focusable="false">
      <line
        x1="1"
        y1="6"
        x2={style === "symmetric" ? 33 : 26}
        y2="6"
        stroke={colour}
        strokeWidth="2.2"
        strokeDasharray={style === "dashed" ? "5 3" : undefined}
        opacity={style === "ended" ? 0.6 : 1}
      />
      {style !== "symmetric" && <polygon points="25,1.5 33,6 25,10.5" fill={colour} />}
      {style === "ended" && <line x1="15" y1="1" x2="15" y2="11" stroke={colour} strokeWidth="2.2" />}
      {style === "planned" && <circle cx="14" cy="6" r="3.2" fill="#fff" stroke={colour} strokeWidth="1.6" />}
    </svg>
  );
}
