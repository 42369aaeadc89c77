import type { Metadata } from 'next';
import { CHANNEL_IDS, isChannelId } from '@/questionnaire/channels';
import { loadCatalogue, loadChannelMeta, loadDiagram, loadSources, loadStateActions, locales } from '@/content/load';
import { stateActions, type StateActionItem } from '@/questionnaire/places';
import type { JurisdictionCode } from '@/questionnaire/jurisdictions';
import { channelEdges, layoutFlow } from '@/features/diagram/layout';
import { format, formatDate } from '@/i18n/format';
import FlowDiagram from '@/features/diagram/FlowDiagram';
import LocaleLink from '@/features/site/LocaleLink';
import StartCheckLink from '@/features/site/StartCheckLink';
import SourceList from '@/features/results/SourceList';
import StateActionText from '@/features/results/StateActionText';
import { notFound } from 'next/navigation';

type Props = { params: Promise<{ locale: string; channel: string }> };

// Only the eight channel ids exist; any other id is a 404, not a crash.
export const dynamicParams = false;

export function generateStaticParams() {
  return locales().flatMap((locale) => CHANNEL_IDS.map((channel) => ({ locale, channel })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, channel } = await params;
  if (!isChannelId(channel)) return {};
  return { title: loadCatalogue(locale).channels[channel].title };
}

export default async function LearnChannel({ params }: Props) {
  const { locale, channel } = await params;
  if (!isChannelId(channel)) notFound();
  const { ui, channels, learn, diagram: labels, states, place } = loadCatalogue(locale);
  const text = channels[channel];
  const more = learn[channel];
  const meta = loadChannelMeta()[channel];
  const all = loadSources();
  const sourceIds = [...new Set([...meta.sources, ...more.sources])];
  const sources = sourceIds.flatMap((id) => (all[id] ? [{ id, ...all[id] }] : []));
  const section = 'mt-8';
  // Every state's own items for this channel: the results link here for people who skip the state.
  const byState = (Object.entries(loadStateActions()) as [JurisdictionCode, StateActionItem[]][])
    .flatMap(([code, actions]) => stateActions(channel, { actions }).map((a) => ({ code, ...a })))
    .sort((a, b) => states[a.code].localeCompare(states[b.code], locale));
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-8">
      <p className="text-sm">
        <LocaleLink href={`/${locale}/learn`}>{ui.learn.allPaths}</LocaleLink>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{text.title}</h1>
      <p className="mt-3 text-lg">{text.summary}</p>

      <FlowDiagram
        layout={layoutFlow(channelEdges(loadDiagram(), channel), labels)}
        idPrefix={`learn-${channel}`}
        title={`${ui.map.diagramTitle}: ${text.title}`}
        rowTemplate={ui.map.flowFromTo ?? '{from} → {to}: {what}'}
        nodeLabels={labels.nodes}
        edgeLabels={labels.edges}
      />

      <h2 className={`${section} text-xl font-semibold`}>{ui.results.whatHappens}</h2>
      {text.whatHappens.map((p) => (
        <p key={p} className="mt-2">
          {p}
        </p>
      ))}

      <h2 className={`${section} text-xl font-semibold`}>{ui.learn.newer}</h2>
      <ul className="mt-2 space-y-2">
        {more.newer.map((n) => (
          <li key={n.text}>
            <span className="font-semibold">{formatDate(n.date, locale)}:</span> {n.text}
          </li>
        ))}
      </ul>

      <h2 className={`${section} text-xl font-semibold`}>{ui.learn.varies}</h2>
      <ul className="mt-2 list-disc space-y-2 ps-6">
        {more.varies.map((v) => (
          <li key={v}>{v}</li>
        ))}
      </ul>

      <h2 className={`${section} text-xl font-semibold`}>{ui.results.whatYouCanDo}</h2>
      <ul className="mt-2 list-disc space-y-2 ps-6">
        {text.whatYouCanDo.map((v) => (
          <li key={v}>{v}</li>
        ))}
        <li>
          <LocaleLink href={`/${locale}/about#legal-help`}>{ui.learn.legalHelpLink}</LocaleLink>
        </li>
      </ul>

      {byState.length > 0 && (
        <>
          <h3 id="state-rights" className="mt-4 scroll-mt-24 font-semibold">
            {ui.learn.stateRights}
          </h3>
          <ul className="mt-2 list-disc space-y-2 ps-6">
            {byState.map((a) => (
              <li key={`${a.code}-${a.text.en}`} data-state-action={a.code}>
                <span className="font-semibold">{states[a.code]}:</span>{' '}
                <StateActionText item={a} locale={locale} asOfTemplate={place.asOf} />
              </li>
            ))}
          </ul>
        </>
      )}

      <h2 className={`${section} text-xl font-semibold`}>{ui.learn.myths}</h2>
      <dl className="mt-2 space-y-3">
        {more.myths.map((m) => (
          <div key={m.myth} className="rounded-lg border border-line bg-white p-3">
            <dt>
              <span className="font-semibold">{ui.learn.myth}:</span> <q>{m.myth}</q>
            </dt>
            <dd className="mt-1">
              <span className="font-semibold">{ui.learn.fact}:</span> {m.truth}
            </dd>
          </div>
        ))}
      </dl>

      <h2 className={`${section} text-xl font-semibold`}>{ui.results.sources}</h2>
      <SourceList sources={sources} locale={locale} />
      <p className="mt-3 text-sm text-muted">{format(ui.results.lastReviewed ?? '', { date: formatDate(meta.lastReviewed, locale) })}</p>

      <StartCheckLink locale={locale} label={ui.learn.start ?? ''} />
    </main>
  );
}
