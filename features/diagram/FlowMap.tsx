import type { ChannelId } from '@/questionnaire/channels';
import type { MapLayout } from './layout';
import { format } from '@/i18n/format';
import type { ChannelStatus } from '@/questionnaire/results';
import { BoxShape } from './FlowDiagram';

type Status = ChannelStatus | 'other';
type Props = {
  layout: MapLayout;
  status: Partial<Record<ChannelId, ChannelStatus>>;
  edgeChannels: Record<string, ChannelId>;
  nodeLabels: Record<string, string>;
  edgeLabels: Record<string, string>;
  edgeEnds: Record<string, { from: string; to: string }>;
  text: { title: string; intro: string; applies: string; may: string; other: string; asList: string; row: string };
};

const ORDER: Status[] = ['applies', 'may-apply', 'other'];

/**
 * Every flow in one picture, with this person's flows highlighted: solid and thick when
 * they apply, dashed when they may apply, thin and grey otherwise, so the difference never
 * rests on colour alone. The same flows follow as a list.
 */
export default function FlowMap({ layout, status, edgeChannels, nodeLabels, edgeLabels, edgeEnds, text }: Props) {
  const edgeStatus = (id: string): Status => status[edgeChannels[id] as ChannelId] ?? 'other';
  const active = new Set(
    layout.edges.filter((e) => edgeStatus(e.id) !== 'other').flatMap((e) => [edgeEnds[e.id]?.from, edgeEnds[e.id]?.to]),
  );
  // Draw grey lines first so highlighted ones sit on top.
  const edges = [...layout.edges].sort((a, b) => ORDER.indexOf(edgeStatus(b.id)) - ORDER.indexOf(edgeStatus(a.id)));
  const label = { applies: text.applies, 'may-apply': text.may, other: text.other };
  return (
    <section aria-labelledby="map-title" className="mt-6">
      <h3 id="map-title" className="text-lg font-semibold">
        {text.title}
      </h3>
      <p className="mt-1 text-sm text-muted">{text.intro}</p>
      <figure className="flow-figure mt-3">
        <svg
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="img"
          aria-labelledby="map-svg-title"
          aria-describedby="map-list"
          className="h-auto w-full max-w-lg"
        >
          <title id="map-svg-title">{text.title}</title>
          <defs>
            {ORDER.map((s) => (
              <marker
                key={s}
                id={`map-arrow-${s}`}
                viewBox="0 0 10 10"
                refX="9"
                refY="5"
                markerUnits="userSpaceOnUse"
                markerWidth="9"
                markerHeight="9"
                orient="auto-start-reverse"
              >
                <path d="M0,0 L10,5 L0,10 z" className={`flow-arrow ${s}`} />
              </marker>
            ))}
          </defs>
          {edges.map((e) => {
            const s = edgeStatus(e.id);
            return (
              <path key={e.id} d={e.d} className={`flow-edge ${s}`} markerEnd={`url(#map-arrow-${s})`} data-edge={e.id} data-status={s} />
            );
          })}
          {layout.boxes.map((b) => (
            <BoxShape key={b.id} box={b} className={active.has(b.id) ? 'active' : ''} />
          ))}
        </svg>
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-hidden="true">
          {ORDER.map((s) => (
            <li key={s} className="flex items-center gap-2">
              <svg width="32" height="10" viewBox="0 0 32 10">
                <line x1="0" y1="5" x2="32" y2="5" className={`flow-edge ${s}`} />
              </svg>
              {label[s]}
            </li>
          ))}
        </ul>
        <h4 className="mt-3 text-sm font-semibold">{text.asList}</h4>
        <ul id="map-list" className="mt-1 space-y-1 ps-0 text-sm">
          {ORDER.flatMap((s) =>
            layout.edges
              .filter((e) => edgeStatus(e.id) === s)
              .map((e) => (
                <li key={e.id} data-status={s}>
                  <span className={`me-1 inline-block rounded px-1 text-xs font-bold flow-tag-${s}`}>{label[s]}</span>
                  {format(text.row, {
                    from: nodeLabels[edgeEnds[e.id]?.from ?? ''] ?? '',
                    to: nodeLabels[edgeEnds[e.id]?.to ?? ''] ?? '',
                    what: edgeLabels[e.id] ?? e.id,
                  })}
                </li>
              )),
          )}
        </ul>
      </figure>
    </section>
  );
}
