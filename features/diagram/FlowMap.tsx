import type { ReactNode } from 'react';
import type { ChannelId } from '@/questionnaire/channels';
import { ICE_BAR, PICTURE_WIDTH, stackLanes, type Box, type Lane, type QuietRow } from './layout';
import { format } from '@/i18n/format';
import type { ChannelStatus } from '@/questionnaire/results';
import { BoxShape } from './FlowDiagram';
import Fold from '../results/Fold';

type Props = {
  /** The channels that concern this person, in the order the results show them. */
  yours: { channel: ChannelId; status: ChannelStatus }[];
  /** Every other channel, in canonical order. */
  others: ChannelId[];
  lanes: Record<ChannelId, Lane>;
  quiet: Record<ChannelId, QuietRow>;
  channelTitles: Record<ChannelId, string>;
  /** Each channel's edges as "from -> to: what", for the text list. */
  edgesByChannel: Record<ChannelId, { id: string; from: string; to: string }[]>;
  nodeLabels: Record<string, string>;
  edgeLabels: Record<string, string>;
  text: { title: string; intro: string; applies: string; may: string; other: string; asList: string; row: string; othersTitle: string };
  /** On a phone the map folds under its title (the words to show and hide it); print opens it. */
  fold?: { show: string; hide: string };
};

const MARK: Record<ChannelStatus, string> = { applies: '●', 'may-apply': '◐' };

function IceBar({ height, label, quiet = false }: { height: number; label: string; quiet?: boolean }) {
  return (
    <BoxShape
      box={{ id: 'ice', x: ICE_BAR.x, y: 0, w: ICE_BAR.w, h: height, lines: [label] }}
      className={quiet ? 'flow-ice quiet' : 'flow-ice active'}
    />
  );
}

const mid = (b: Box) => b.y + b.h / 2;
/** A gentle S-curve from (x1, y1) to (x2, y2). */
const curve = (x1: number, y1: number, x2: number, y2: number) => {
  const mx = (x1 + x2) / 2;
  return `M${x1},${y1} C${mx},${y1} ${mx},${y2} ${x2},${y2}`;
};

/** One of the map's pictures: drawn PICTURE_WIDTH wide, named by a title element or caption. */
function Picture({
  height,
  labelledBy,
  className = '',
  children,
}: {
  height: number;
  labelledBy: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <svg
      viewBox={`0 0 ${PICTURE_WIDTH} ${height}`}
      width={PICTURE_WIDTH}
      role="img"
      aria-labelledby={labelledBy}
      className={`flow-picture ${className}`}
    >
      {children}
    </svg>
  );
}

/** One lane: where information enters, what it passes through, and the arrow into ICE. */
function LaneShape({ lane, status }: { lane: Lane & { top: number }; status: ChannelStatus }) {
  const via = lane.via;
  const viaMid = via.length ? (via[0]!.y + via.at(-1)!.y + via.at(-1)!.h) / 2 : 0;
  const lines: string[] = [];
  for (const s of lane.starts)
    lines.push(via.length ? curve(s.x + s.w, mid(s), via[0]!.x, viaMid) : curve(s.x + s.w, mid(s), ICE_BAR.x, mid(s)));
  for (const v of via) lines.push(curve(v.x + v.w, mid(v), ICE_BAR.x, mid(v)));
  return (
    <g transform={`translate(0 ${lane.top})`} data-lane={lane.channel} data-status={status}>
      <text className="flow-lane-title" x={0} y={14} fontSize={13} fontWeight={700}>
        {lane.title.map((line, i) => (
          <tspan key={i} x={0} dy={i === 0 ? 0 : 16}>
            {i === 0 ? `${MARK[status]} ${line}` : line}
          </tspan>
        ))}
      </text>
      {lines.map((d, i) => (
        <path key={i} d={d} className={`flow-edge ${status}`} markerEnd={`url(#map-arrow-${status})`} />
      ))}
      {[...lane.starts, ...via].map((b) => (
        <BoxShape key={b.id} box={b} className="active" />
      ))}
    </g>
  );
}

function Arrows({ ids }: { ids: string[] }) {
  return (
    <defs>
      {ids.map((s) => (
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
  );
}

/**
 * The map: this person's paths first, drawn in full as lanes that all run into ICE (solid
 * when they apply, dashed when they may apply, so the difference never rests on colour);
 * then every other path as a quiet grey row into the same ICE; then, folded, the whole map
 * as a list. Every picture is PICTURE_WIDTH wide: at 320 px no label is under 12 px.
 */
export default function FlowMap({ yours, others, lanes, quiet, channelTitles, edgesByChannel, nodeLabels, edgeLabels, text, fold }: Props) {
  const own = stackLanes(yours.map((y) => ({ ...lanes[y.channel], status: y.status })));
  const rest = stackLanes(others.map((c) => quiet[c]));
  const iceLabel = nodeLabels.ice ?? 'ICE';
  const label: Record<ChannelStatus | 'other', string> = { applies: text.applies, 'may-apply': text.may, other: text.other };
  const listed: { channel: ChannelId; status: ChannelStatus | 'other' }[] = [
    ...yours,
    ...others.map((channel) => ({ channel, status: 'other' as const })),
  ];
  return (
    <section aria-labelledby="map-title" className="mt-6" data-map>
      <h3 id="map-title" className="text-lg font-semibold">
        {text.title}
      </h3>
      <p className="mt-1 text-sm text-muted">{text.intro}</p>
      <Fold folded={!!fold} show={fold?.show ?? ''} hide={fold?.hide ?? ''}>
        {yours.length > 0 && (
          <figure className="flow-figure mt-3" data-map-yours>
            <Picture height={own.height} labelledBy="map-svg-title">
              <title id="map-svg-title">{text.title}</title>
              <Arrows ids={['applies', 'may-apply']} />
              <IceBar height={own.height - 10} label={iceLabel} />
              {own.items.map((lane) => (
                <LaneShape key={lane.channel} lane={lane} status={lane.status} />
              ))}
            </Picture>
            <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-hidden="true">
              {(['applies', 'may-apply'] as const).map((s) => (
                <li key={s} className="flex items-center gap-2">
                  <svg width="32" height="10" viewBox="0 0 32 10">
                    <line x1="0" y1="5" x2="32" y2="5" className={`flow-edge ${s}`} />
                  </svg>
                  {label[s]}
                </li>
              ))}
            </ul>
          </figure>
        )}
        {others.length > 0 && (
          <figure className="flow-figure mt-4" data-map-others>
            <figcaption className="text-sm font-semibold" id="map-others-title">
              {format(text.othersTitle, { count: others.length })}
            </figcaption>
            <Picture height={rest.height} labelledBy="map-others-title" className="mt-1">
              <Arrows ids={['other']} />
              <IceBar height={rest.height} label={iceLabel} quiet />
              {rest.items.map((row) => (
                <g key={row.channel} transform={`translate(0 ${row.top})`} data-lane={row.channel} data-status="other">
                  <text className="flow-quiet-title" x={0} y={14} fontSize={12}>
                    {row.title.map((line, i) => (
                      <tspan key={i} x={0} dy={i === 0 ? 0 : 14}>
                        {line}
                      </tspan>
                    ))}
                  </text>
                  <path
                    d={`M${ICE_BAR.x - 34},${9 + (row.title.length - 1) * 7} L${ICE_BAR.x},${9 + (row.title.length - 1) * 7}`}
                    className="flow-edge other"
                    markerEnd="url(#map-arrow-other)"
                  />
                </g>
              ))}
            </Picture>
          </figure>
        )}
        <details className="mt-3">
          <summary className="cursor-pointer text-sm font-semibold">{text.asList}</summary>
          <ul id="map-list" className="mt-2 space-y-2 ps-0 text-sm">
            {listed.map(({ channel, status }) => (
              <li key={channel} data-status={status}>
                <span className={`me-1 inline-block rounded px-1 text-xs font-bold flow-tag-${status}`}>{label[status]}</span>
                <span className="font-semibold">{channelTitles[channel]}</span>
                <ul className="mt-1 list-disc ps-6">
                  {edgesByChannel[channel].map((e) => (
                    <li key={e.id} data-edge={e.id}>
                      {format(text.row, { from: nodeLabels[e.from] ?? '', to: nodeLabels[e.to] ?? '', what: edgeLabels[e.id] ?? e.id })}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </details>
      </Fold>
    </section>
  );
}
