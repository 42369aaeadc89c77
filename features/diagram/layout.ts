/**
 * Geometry for the information-flow pictures, computed on the server (at build time) from
 * content/diagram.json and a locale's labels. Components only draw what this returns, so no
 * layout code ships to the browser.
 *
 * The combined map has three columns: where a person meets the system (left), the
 * databases and networks (middle) and ICE (right, one tall box). Left-column boxes sit on
 * rows and middle-column boxes sit between rows, so a straight line from any left box to
 * ICE passes between the middle boxes instead of through them.
 */
import type { ChannelId } from '@/questionnaire/channels';

export interface DiagramEdge {
  id: string;
  from: string;
  to: string;
  channel: ChannelId;
}
export interface DiagramData {
  columns: string[][];
  edges: DiagramEdge[];
}
export interface DiagramLabels {
  nodes: Record<string, string>;
  edges: Record<string, string>;
}

export interface Box {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  lines: string[];
}
export interface MapLayout {
  width: number;
  height: number;
  boxes: Box[];
  edges: { id: string; channel: ChannelId; d: string }[];
}
export interface FlowRow {
  id: string;
  from: Box;
  to: Box;
  label: string[];
  labelY: number;
  arrowY: number;
}
export interface FlowLayout {
  width: number;
  height: number;
  rows: FlowRow[];
}

export const FONT = 12;
const LINE = 14;
const CHAR = FONT * 0.56;

/** Greedy word wrap to a width in pixels, using an average character width. */
export function wrap(text: string, width: number): string[] {
  const max = Math.max(4, Math.floor(width / CHAR));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!line) line = word;
    else if ((line + ' ' + word).length <= max) line += ' ' + word;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const round = (n: number) => Math.round(n * 10) / 10;

export function layoutMap(diagram: DiagramData, labels: DiagramLabels): MapLayout {
  const width = 320;
  const rowH = 68;
  const [left = [], middle = [], right = []] = diagram.columns;
  const col = { left: { x: 0, w: 112 }, middle: { x: 134, w: 104 }, right: { x: 262, w: 58 } };
  const boxes = new Map<string, Box>();
  left.forEach((id, i) => {
    const lines = wrap(labels.nodes[id] ?? id, col.left.w - 10);
    const h = Math.max(44, lines.length * LINE + 12);
    boxes.set(id, { id, x: col.left.x, y: round(rowH / 2 + i * rowH - h / 2), w: col.left.w, h, lines });
  });
  middle.forEach((id, i) => {
    const lines = wrap(labels.nodes[id] ?? id, col.middle.w - 10);
    const h = lines.length * LINE + 12;
    boxes.set(id, { id, x: col.middle.x, y: round(rowH + i * rowH - h / 2), w: col.middle.w, h, lines });
  });
  const height = left.length * rowH;
  for (const id of right) {
    boxes.set(id, { id, x: col.right.x, y: 0, w: col.right.w, h: height, lines: wrap(labels.nodes[id] ?? id, col.right.w - 8) });
  }

  // Where each edge leaves and enters: the side facing the other box. Edges sharing a side
  // get their own point on it, ordered by where they go, so they fan out instead of piling up.
  type Side = 'left' | 'right' | 'top' | 'bottom';
  const ends = diagram.edges.map((e) => {
    const a = boxes.get(e.from);
    const b = boxes.get(e.to);
    if (!a || !b) throw new Error(`diagram edge ${e.id} joins unknown boxes`);
    const out: Side = b.x > a.x + a.w ? 'right' : a.x > b.x + b.w ? 'left' : b.y > a.y ? 'bottom' : 'top';
    const into: Side = out === 'right' ? 'left' : out === 'left' ? 'right' : out === 'bottom' ? 'top' : 'bottom';
    return { e, a, b, out, into };
  });
  const cy = (box: Box) => box.y + box.h / 2;
  const tall = (box: Box) => box.h > rowH * 2;
  const ports = new Map<string, number>(); // `${edgeId}:from|to` -> y on a left/right side
  const groups = new Map<string, { key: string; other: Box; box: Box }[]>();
  for (const { e, a, b, out, into } of ends) {
    if (out === 'left' || out === 'right') {
      if (!tall(a)) groups.set(`${a.id}:${out}`, [...(groups.get(`${a.id}:${out}`) ?? []), { key: `${e.id}:from`, other: b, box: a }]);
      if (!tall(b)) groups.set(`${b.id}:${into}`, [...(groups.get(`${b.id}:${into}`) ?? []), { key: `${e.id}:to`, other: a, box: b }]);
    }
  }
  for (const members of groups.values()) {
    members.sort((m, n) => cy(m.other) - cy(n.other));
    members.forEach((m, i) => ports.set(m.key, round(m.box.y + ((i + 1) * m.box.h) / (members.length + 1))));
  }
  const curve = (x1: number, y1: number, x2: number, y2: number) => {
    const mx = round((x1 + x2) / 2);
    return `M${round(x1)},${round(y1)} C${mx},${round(y1)} ${mx},${round(y2)} ${round(x2)},${round(y2)}`;
  };
  const edges = ends.map(({ e, a, b, out }) => {
    let d: string;
    if (out === 'right' || out === 'left') {
      let y1 = ports.get(`${e.id}:from`);
      let y2 = ports.get(`${e.id}:to`);
      // ICE's box spans the whole height: a line to or from it stays level with the other end.
      y1 ??= y2 ?? cy(a);
      y2 ??= y1;
      d = out === 'right' ? curve(a.x + a.w, y1, b.x, y2) : curve(a.x, y1, b.x + b.w, y2);
    } else {
      // Same column: from the bottom (or top) of one box to the other, beside the text.
      const x = a.x + a.w - 12;
      d =
        out === 'bottom'
          ? `M${round(x)},${round(a.y + a.h)} L${round(x)},${round(b.y)}`
          : `M${round(x)},${round(a.y)} L${round(x)},${round(b.y + b.h)}`;
    }
    return { id: e.id, channel: e.channel, d };
  });

  return { width, height, boxes: [...boxes.values()], edges };
}

/** The edges of one channel, in the order content/diagram.json lists them. */
export function channelEdges(diagram: DiagramData, channel: ChannelId): DiagramEdge[] {
  return diagram.edges.filter((e) => e.channel === channel);
}

/** One channel's flows as a vertical list of "from -> to" rows, each with its label below. */
export function layoutFlow(edges: DiagramEdge[], labels: DiagramLabels): FlowLayout {
  // Narrow on purpose: drawn at about its own size inside a card on a 320 px screen.
  const width = 256;
  const boxW = 100;
  const rows: FlowRow[] = [];
  let y = 0;
  for (const e of edges) {
    const fromLines = wrap(labels.nodes[e.from] ?? e.from, boxW - 12);
    const toLines = wrap(labels.nodes[e.to] ?? e.to, boxW - 12);
    const h = Math.max(fromLines.length, toLines.length) * LINE + 12;
    const label = wrap(labels.edges[e.id] ?? e.id, width - 20);
    rows.push({
      id: e.id,
      from: { id: e.from, x: 0, y, w: boxW, h, lines: fromLines },
      to: { id: e.to, x: width - boxW, y, w: boxW, h, lines: toLines },
      arrowY: y + h / 2,
      label,
      labelY: y + h + 16,
    });
    y += h + 10 + label.length * LINE + 16;
  }
  return { width, height: Math.max(0, y - 10), rows };
}
