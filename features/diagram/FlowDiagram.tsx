import type { Box, FlowLayout } from './layout';
import { FONT } from './layout';
import { format } from '@/i18n/format';

type Props = {
  layout: FlowLayout;
  /** Unique on the page: used for the arrow marker and the title id. */
  idPrefix: string;
  title: string;
  /** "{from} → {to}: {what}" */
  rowTemplate: string;
  nodeLabels: Record<string, string>;
  edgeLabels: Record<string, string>;
  /** What data says about this flow for the person (e.g. the agencies on ICE's 287(g) list). */
  caption?: string;
};

export function BoxShape({ box, className = '' }: { box: Box; className?: string }) {
  const top = box.y + box.h / 2 - ((box.lines.length - 1) * 14) / 2;
  return (
    <g className={`flow-box ${className}`}>
      <rect x={box.x + 1} y={box.y + 1} width={box.w - 2} height={box.h - 2} rx={6} />
      <text x={box.x + box.w / 2} y={top} textAnchor="middle" dominantBaseline="central" fontSize={FONT}>
        {box.lines.map((line, i) => (
          <tspan key={i} x={box.x + box.w / 2} dy={i === 0 ? 0 : 14}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}

/** One channel's flows, drawn top to bottom: readable at 320 px without scrolling sideways. */
export default function FlowDiagram({ layout, idPrefix, title, rowTemplate, nodeLabels, edgeLabels, caption }: Props) {
  const titleId = `${idPrefix}-title`;
  const listId = `${idPrefix}-list`;
  return (
    <figure className="flow-figure mt-3">
      {caption && (
        <figcaption data-picture-reason="" className="mb-2 rounded-md bg-applies-soft px-3 py-1 text-sm font-semibold">
          {caption}
        </figcaption>
      )}
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={listId}
        className="flow-svg h-auto w-full max-w-sm"
      >
        <title id={titleId}>{title}</title>
        <defs>
          <marker
            id={`${idPrefix}-arrow`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerUnits="userSpaceOnUse"
            markerWidth="10"
            markerHeight="10"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" className="flow-arrow" />
          </marker>
        </defs>
        {layout.rows.map((row) => (
          <g key={row.id}>
            <BoxShape box={row.from} />
            <BoxShape box={row.to} />
            <line
              x1={row.from.x + row.from.w + 4}
              y1={row.arrowY}
              x2={row.to.x - 4}
              y2={row.arrowY}
              className="flow-edge applies"
              markerEnd={`url(#${idPrefix}-arrow)`}
            />
            <text x={layout.width / 2} y={row.labelY} textAnchor="middle" fontSize={FONT} className="flow-label">
              {row.label.map((line, i) => (
                <tspan key={i} x={layout.width / 2} dy={i === 0 ? 0 : 14}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        ))}
      </svg>
      <ul id={listId} className="mt-2 list-disc ps-6 text-sm">
        {layout.rows.map((row) => (
          <li key={row.id}>
            {format(rowTemplate, {
              from: nodeLabels[row.from.id] ?? row.from.id,
              to: nodeLabels[row.to.id] ?? row.to.id,
              what: edgeLabels[row.id] ?? row.id,
            })}
          </li>
        ))}
      </ul>
    </figure>
  );
}
