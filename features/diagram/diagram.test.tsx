import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import FlowDiagram from './FlowDiagram';
import FlowMap from './FlowMap';
import { CHANNEL_IDS, type ChannelId } from '@/questionnaire/channels';
import type { ChannelStatus } from '@/questionnaire/results';
import { loadCatalogue, loadDiagram, locales } from '@/content/load';
import { buildCheckContent } from '@/content/check-content';
import { ICE, ICE_BAR, PICTURE_WIDTH, channelEdges, layoutFlow, layoutLane, layoutQuietRow, stackLanes, wrap, type Box } from './layout';

const diagram = loadDiagram();
const nodeIds = [...new Set(diagram.edges.flatMap((e) => [e.from, e.to]))];

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('flow diagrams: data', () => {
  it.each(CHANNEL_IDS)('%s has a diagram that ends in ICE', (c) => {
    const edges = channelEdges(diagram, c);
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.some((e) => e.to === ICE)).toBe(true);
  });

  it.each(locales())('%s labels every node and every edge, and nothing else', (locale) => {
    const { diagram: labels } = loadCatalogue(locale);
    expect(Object.keys(labels.nodes).sort()).toEqual([...nodeIds].sort());
    expect(Object.keys(labels.edges).sort()).toEqual(diagram.edges.map((e) => e.id).sort());
  });
});

describe('flow diagrams: layout', () => {
  it.each(locales())('the %s lanes keep boxes apart, left of the ICE bar and inside the picture', (locale) => {
    const { diagram: labels, channels } = loadCatalogue(locale);
    for (const c of CHANNEL_IDS) {
      const lane = layoutLane(c, diagram.edges, channels[c].title, labels);
      const boxes = [...lane.starts, ...lane.via];
      expect(lane.starts.length, c).toBeGreaterThan(0);
      expect(boxes.map((b) => b.id)).not.toContain(ICE);
      for (const b of boxes) {
        expect(b.x).toBeGreaterThanOrEqual(0);
        expect(b.x + b.w, `${c} ${b.id}`).toBeLessThanOrEqual(ICE_BAR.x - 12);
        expect(b.y).toBeGreaterThan(0); // below the lane's title
        expect(b.y + b.h).toBeLessThanOrEqual(lane.height);
        for (const o of boxes) if (o !== b) expect(overlaps(b, o), `${b.id} / ${o.id}`).toBe(false);
      }
      // Every node of the channel is drawn once.
      const ends = new Set(channelEdges(diagram, c).flatMap((e) => [e.from, e.to]));
      ends.delete(ICE);
      expect(boxes.map((b) => b.id).sort(), c).toEqual([...ends].sort());
    }
  });

  it('a lane starts where information enters: nodes no edge of the channel leads to', () => {
    const labels = loadCatalogue('en').diagram;
    const fp = layoutLane('fingerprint-sharing', diagram.edges, 'Fingerprints', labels);
    expect(fp.starts.map((b) => b.id)).toEqual(['police']);
    expect(fp.via.map((b) => b.id)).toEqual(['fbi-ngi', 'dhs-ident']);
    // A loop (ICE asks the jail, the jail tells ICE) still has a start: the first edge's source.
    const jail = layoutLane('jail-access', diagram.edges, 'Jails', labels);
    expect(jail.starts.map((b) => b.id)).toEqual(['jail']);
    expect(jail.via).toEqual([]);
  });

  it('stacks lanes and quiet rows top to bottom without gaps or overlap', () => {
    const rows = ['a', 'bb b b b b b b b b b b b b b b b b b b b b b b b b b b b b b b'].map((t, i) => layoutQuietRow(CHANNEL_IDS[i]!, t));
    const { items, height } = stackLanes(rows);
    expect(items.map((r) => r.top)).toEqual([0, rows[0]!.height]);
    expect(height).toBe(rows[0]!.height + rows[1]!.height);
    expect(rows[1]!.title.length).toBeGreaterThan(1);
  });

  it('draws every picture at a width that a 320 px screen shows at full size', () => {
    // A result card on a 320 px screen is 252 px wide inside its padding.
    expect(PICTURE_WIDTH).toBeLessThanOrEqual(252);
    const labels = loadCatalogue('en').diagram;
    for (const c of CHANNEL_IDS) expect(layoutFlow(channelEdges(diagram, c), labels).width).toBe(PICTURE_WIDTH);
  });

  it('wraps labels to the width it is given', () => {
    expect(wrap('Probation or parole office', 90)).toEqual(['Probation or', 'parole office']);
    expect(wrap('ICE', 50)).toEqual(['ICE']);
  });
});

/** The map as the results draw it, for these statuses, from the English results content. */
function renderMap(yours: { channel: ChannelId; status: ChannelStatus }[], others: ChannelId[]) {
  const content = buildCheckContent('en');
  return renderToStaticMarkup(
    <FlowMap
      yours={yours}
      others={others}
      lanes={content.lanes}
      quiet={content.quiet}
      channelTitles={Object.fromEntries(CHANNEL_IDS.map((c) => [c, content.channels[c].title])) as Record<ChannelId, string>}
      edgesByChannel={content.edgesByChannel}
      nodeLabels={content.diagram.nodes}
      edgeLabels={content.diagram.edges}
      text={{
        title: 'Map',
        intro: '',
        applies: 'Applies',
        may: 'May apply',
        other: 'Other',
        asList: 'List',
        row: content.ui.map.flowFromTo!,
        othersTitle: 'Others ({count})',
      }}
    />,
  );
}

describe('flow diagrams: text alternative', () => {
  const { diagram: labels, ui } = loadCatalogue('en');
  it('the map draws this person’s lanes first, the rest as quiet rows, and lists every edge', () => {
    const yours = [
      { channel: 'fingerprint-sharing' as const, status: 'applies' as const },
      { channel: '287g' as const, status: 'may-apply' as const },
    ];
    const others = CHANNEL_IDS.filter((c) => c !== 'fingerprint-sharing' && c !== '287g');
    const html = renderMap(yours, others);
    const lanes = [...html.matchAll(/data-lane="([a-z0-9-]+)" data-status="([a-z-]+)"/g)].map((m) => `${m[1]}:${m[2]}`);
    expect(lanes).toEqual(['fingerprint-sharing:applies', '287g:may-apply', ...others.map((c) => `${c}:other`)]);
    expect(html).toContain(`Others (${others.length})`);
    // The text list is folded, and lists every edge of every channel once, grouped by channel.
    expect(html).toMatch(/<details[^>]*><summary[^>]*>List<\/summary>/);
    const edges = [...html.matchAll(/<li data-edge="([a-z0-9-]+)">/g)].map((m) => m[1]);
    expect(edges.sort()).toEqual(diagram.edges.map((e) => e.id).sort());
    expect(html).toContain('Local police → FBI fingerprint system (NGI): fingerprints taken at booking');
  });

  it('the map has no "your paths" picture when nothing concerns the person', () => {
    const html = renderMap([], [...CHANNEL_IDS]);
    expect(html).not.toContain('data-map-yours');
    expect(html).toContain('data-map-others');
  });

  it.each(CHANNEL_IDS)('the %s diagram lists each of its edges', (c) => {
    const edges = channelEdges(diagram, c);
    const html = renderToStaticMarkup(
      <FlowDiagram
        layout={layoutFlow(edges, labels)}
        idPrefix="t"
        title="t"
        rowTemplate={ui.map.flowFromTo!}
        nodeLabels={labels.nodes}
        edgeLabels={labels.edges}
      />,
    );
    const unescape = (h: string) =>
      h
        .replace(/&#x27;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
    const items = [...html.matchAll(/<li>(.*?)<\/li>/g)].map((m) => unescape(m[1]!));
    expect(items).toHaveLength(edges.length);
    for (const e of edges) expect(items.some((i) => i?.includes(labels.edges[e.id]!))).toBe(true);
  });
});
