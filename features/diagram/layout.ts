/**
 * Geometry for the information-flow pictures, computed on the server (at build time) from
 * content/diagram.json and a locale's labels. Components only draw what this returns, so no
 * layout code ships to the browser.
 *
 * The map is a stack of lanes, one per channel, all running into one ICE bar on the right:
 * the person's own lanes drawn in full, the others as quiet one-line rows. Every picture is
 * PICTURE_WIDTH wide, so at 320 px it is shown at 1:1 and no label is under 12 px.
 */
import type { ChannelId } from '@/questionnaire/channels';

export interface DiagramEdge {
  id: string;
  from: string;
  to: string;
  channel: ChannelId;
}
export interface DiagramData {
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

/**
 * The width every picture is drawn at. The narrowest place one is shown is a result card on a
 * 320 px screen (252 px inside the page's and the card's padding), so it is never shrunk and
 * no label goes under 12 px.
 */
export const PICTURE_WIDTH = 248;
const ICE_W = 44;
const ICE_X = PICTURE_WIDTH - ICE_W;
const GAP = 6;

/**
 * One channel as a lane of the map: where a person meets the system (left), the databases
 * and agencies it passes through (middle) and an arrow into ICE, the bar on the right that
 * every lane shares. Coordinates are the lane's own (top = 0); stackLanes places lanes.
 */
export interface Lane {
  channel: ChannelId;
  title: string[];
  starts: Box[];
  via: Box[];
  height: number;
}
/** A quiet row: one channel that does not concern this person, as its title and a thin line into ICE. */
export interface QuietRow {
  channel: ChannelId;
  title: string[];
  height: number;
}

const TITLE_LINE = 16;
/** 13 px bold text is about this much wider than the 12 px text wrap() measures. */
const TITLE_SCALE = 0.85;
const boxesIn = (ids: string[], labels: DiagramLabels, x: number, w: number, top: number): Box[] => {
  let y = top;
  return ids.map((id) => {
    const lines = wrap(labels.nodes[id] ?? id, w - 10);
    const box = { id, x, y, w, h: lines.length * LINE + 12, lines };
    y += box.h + GAP;
    return box;
  });
};

/**
 * A channel's lane. Its starts are the nodes no edge of the channel leads to (else the first
 * edge's source); everything else but ICE is "via". The lane shows where information enters
 * and what it passes; the exact edges are in the text list and in the channel's own flow.
 */
export function layoutLane(channel: ChannelId, edges: DiagramEdge[], title: string, labels: DiagramLabels): Lane {
  const own = edges.filter((e) => e.channel === channel);
  const nodes = [...new Set(own.flatMap((e) => [e.from, e.to]))].filter((n) => n !== ICE);
  const targets = new Set(own.map((e) => e.to));
  let starts = nodes.filter((n) => !targets.has(n));
  if (starts.length === 0 && own[0]) starts = [own[0].from === ICE ? own[0].to : own[0].from];
  const via = nodes.filter((n) => !starts.includes(n));
  // Titles are bold and a little larger than box labels: wrap them short of the ICE bar.
  const titleLines = wrap(title, (ICE_X - 8) * TITLE_SCALE);
  const top = titleLines.length * TITLE_LINE + 6;
  const startW = via.length ? 96 : ICE_X - 36;
  const startBoxes = boxesIn(starts, labels, 0, startW, top);
  const viaBoxes = boxesIn(via, labels, 112, ICE_X - 112 - 16, top);
  const bottom = Math.max(...[...startBoxes, ...viaBoxes].map((b) => b.y + b.h));
  return { channel, title: titleLines, starts: startBoxes, via: viaBoxes, height: bottom + 14 };
}

export function layoutQuietRow(channel: ChannelId, title: string): QuietRow {
  const lines = wrap(title, ICE_X - 40);
  return { channel, title: lines, height: lines.length * LINE + 10 };
}

/** Where each lane or row starts, top to bottom, and the height of them all. */
export function stackLanes<T extends { height: number }>(items: T[]): { items: (T & { top: number })[]; height: number } {
  let top = 0;
  const placed = items.map((item) => {
    const at = { ...item, top };
    top += item.height;
    return at;
  });
  return { items: placed, height: top };
}

/** The id of the node every flow ends in. */
export const ICE = 'ice';
export const ICE_BAR = { x: ICE_X, w: ICE_W } as const;

/** The edges of one channel, in the order content/diagram.json lists them. */
export function channelEdges(diagram: DiagramData, channel: ChannelId): DiagramEdge[] {
  return diagram.edges.filter((e) => e.channel === channel);
}

/** One channel's flows as a vertical list of "from -> to" rows, each with its label below. */
export function layoutFlow(edges: DiagramEdge[], labels: DiagramLabels): FlowLayout {
  // Narrow on purpose: drawn at about its own size inside a card on a 320 px screen.
  const width = PICTURE_WIDTH;
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
