import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import FlowDiagram from './FlowDiagram';
import FlowMap from './FlowMap';
import { CHANNEL_IDS } from '@/questionnaire/channels';
import { loadCatalogue, loadDiagram, locales } from '@/content/load';
import { channelEdges, layoutFlow, layoutMap, wrap, type Box } from './layout';

const diagram = loadDiagram();
const nodeIds = diagram.columns.flat();

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('flow diagrams: data', () => {
  it.each(CHANNEL_IDS)('%s has a diagram with defined nodes and edges', (c) => {
    const edges = channelEdges(diagram, c);
    expect(edges.length).toBeGreaterThan(0);
    for (const e of edges) {
      expect(nodeIds).toContain(e.from);
      expect(nodeIds).toContain(e.to);
    }
  });

  it.each(locales())('%s labels every node and every edge, and nothing else', (locale) => {
    const { diagram: labels } = loadCatalogue(locale);
    expect(Object.keys(labels.nodes).sort()).toEqual([...nodeIds].sort());
    expect(Object.keys(labels.edges).sort()).toEqual(diagram.edges.map((e) => e.id).sort());
  });
});

describe('flow diagrams: layout', () => {
  it.each(locales())('the %s map keeps boxes apart and inside the picture', (locale) => {
    const map = layoutMap(diagram, loadCatalogue(locale).diagram);
    for (const b of map.boxes) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.w).toBeLessThanOrEqual(map.width);
      expect(b.y).toBeGreaterThanOrEqual(0);
      expect(b.y + b.h).toBeLessThanOrEqual(map.height);
      for (const o of map.boxes) if (o !== b) expect(overlaps(b, o), `${b.id} / ${o.id}`).toBe(false);
    }
    expect(map.edges).toHaveLength(diagram.edges.length);
    for (const e of map.edges) expect(e.d).toMatch(/^M[\d.]+,[\d.]+ [CL]/);
  });

  it('wraps labels to the width it is given', () => {
    expect(wrap('Probation or parole office', 90)).toEqual(['Probation or', 'parole office']);
    expect(wrap('ICE', 50)).toEqual(['ICE']);
  });
});

describe('flow diagrams: text alternative', () => {
  const { diagram: labels, ui } = loadCatalogue('en');
  it('the combined map lists every edge, with this person’s status on each', () => {
    const html = renderToStaticMarkup(
      <FlowMap
        layout={layoutMap(diagram, labels)}
        status={{ 'fingerprint-sharing': 'applies', '287g': 'may-apply' }}
        edgeChannels={Object.fromEntries(diagram.edges.map((e) => [e.id, e.channel]))}
        edgeEnds={Object.fromEntries(diagram.edges.map((e) => [e.id, { from: e.from, to: e.to }]))}
        nodeLabels={labels.nodes}
        edgeLabels={labels.edges}
        text={{ title: 'Map', intro: '', applies: 'Applies', may: 'May apply', other: 'Other', asList: 'List', row: ui.map.flowFromTo! }}
      />,
    );
    const items = [...html.matchAll(/<li data-status="([a-z-]+)">(.*?)<\/li>/g)];
    expect(items).toHaveLength(diagram.edges.length);
    expect(items.filter((m) => m[1] === 'applies')).toHaveLength(3);
    expect(items.filter((m) => m[1] === 'may-apply')).toHaveLength(2);
    expect(html).toContain('Local police → FBI fingerprint system (NGI): fingerprints taken at booking');
    // The picture marks the same statuses on its lines.
    expect([...html.matchAll(/data-status="applies"/g)].length).toBe(3 + 3);
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
    const items = [...html.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1]);
    expect(items).toHaveLength(edges.length);
    for (const e of edges) expect(items.some((i) => i?.includes(labels.edges[e.id]!))).toBe(true);
  });
});
