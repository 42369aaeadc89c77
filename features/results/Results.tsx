'use client';

import type { RefObject } from 'react';
import { CHANNEL_IDS, type ChannelId } from '@/questionnaire/channels';
import { translator } from '@/i18n/translate';
import type { Answers } from '@/questionnaire/questions';
import { isForEveryone, type ChannelResult } from '@/questionnaire/results';
import ChannelCard from './ChannelCard';
import FlowMap from '../diagram/FlowMap';
import type { CheckContent } from '@/content/check-content-types';
import type { LocalFacts } from '@/questionnaire/conversation';
import { isJurisdictionCode } from '@/questionnaire/jurisdictions';
import LocalHelp from './LocalHelp';
import { nextSteps } from '@/questionnaire/next-steps';
import NextSteps, { stepTitle, StepWay } from './NextSteps';
import PrintOpensFolds from './PrintOpensFolds';
import { jumpOnClick } from './jump';
import KeepOffline from '../offline/KeepOffline';

type Props = {
  results: ChannelResult[];
  answers: Answers;
  content: CheckContent;
  headingRef: RefObject<HTMLElement | null>;
  /** In the embed: the partner who offers this check, and their referral link. */
  partner?: { name: string; url: string | null } | null;
  /** What the place's file says for this person (ICE's list for their county, local help). */
  local?: LocalFacts;
  /** On a phone (the chat, the embed) cards and the map fold; the navigator shows all. */
  folded?: boolean;
};

export default function Results({ results, answers, content, headingRef, partner, local, folded = true }: Props) {
  const t = translator(content.ui);
  // What reaches almost everyone has a section of its own and is not counted as the person's.
  const personal = results.filter((r) => !isForEveryone(r.channel));
  const everyone = results.filter((r) => isForEveryone(r.channel));
  const applies = personal.filter((r) => r.status === 'applies').length;
  const mayApply = personal.length - applies;
  const shown = new Set(results.map((r) => r.channel));
  const others = CHANNEL_IDS.filter((c) => !shown.has(c));
  const placeCode = isJurisdictionCode(answers.state) ? answers.state : null;
  const steps = nextSteps({ results, answers, stateItems: placeCode ? content.stateActions[placeCode] : [], help: local?.help });
  const channelTitles = Object.fromEntries(CHANNEL_IDS.map((c) => [c, content.channels[c].title])) as Record<ChannelId, string>;
  const stepsContent = {
    locale: content.locale,
    ui: content.ui,
    sources: content.sources,
    channelTitles,
    stateName: placeCode ? content.states[placeCode] : undefined,
  };
  const first = steps[0];

  return (
    <section data-results aria-labelledby="results-heading" className="mt-8">
      <h2
        id="results-heading"
        ref={headingRef as RefObject<HTMLHeadingElement>}
        tabIndex={-1}
        className="scroll-mt-20 text-2xl font-bold focus:outline-none"
      >
        {t('results.heading')}
      </h2>

      <PrintOpensFolds />
      {personal.length > 0 ? (
        <div data-overview="">
          <p className="mt-2">{t('results.intro')}</p>
          <ul className="mt-3 flex flex-wrap gap-2 text-sm font-semibold">
            <li className="rounded-full bg-applies-soft px-3 py-1 text-applies">{t('results.countApplies', { count: applies })}</li>
            <li className="rounded-full bg-may-soft px-3 py-1 text-may">{t('results.countMayApply', { count: mayApply })}</li>
          </ul>
          <nav aria-label={t('results.overviewPaths')} className="mt-3">
            <ul className="divide-y divide-line rounded-lg border border-line bg-white" data-overview-paths="">
              {personal.map((r) => (
                <li key={r.channel} className="flex items-center gap-2 px-3 py-1.5">
                  <span aria-hidden="true" className={r.status === 'applies' ? 'text-applies' : 'text-may'}>
                    {r.status === 'applies' ? '●' : '◐'}
                  </span>
                  <a href={`#channel-${r.channel}`} onClick={jumpOnClick(`channel-${r.channel}`)} className="min-h-6 flex-1">
                    {content.channels[r.channel].title}
                  </a>
                  <span className="sr-only">{r.status === 'applies' ? t('results.statusApplies') : t('results.statusMayApply')}</span>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      ) : (
        <div className="mt-3 rounded-lg border border-line bg-white p-4">
          <h3 className="font-semibold">{t('results.noneTitle')}</h3>
          <p className="mt-1">{t('results.noneBody')}</p>
        </div>
      )}

      {first && (
        <div className="mt-4 rounded-lg border-2 border-brand bg-brand-soft p-3" data-first-step={first.kind}>
          <p className="text-sm font-semibold text-brand-dark">{t('results.firstStep')}</p>
          <p className="mt-1 font-semibold">{stepTitle(first, t, stepsContent.stateName)}</p>
          <p className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-2">
            <StepWay step={first} t={t} locale={content.locale} />
            <a href="#next-steps" className="text-sm" onClick={jumpOnClick('next-steps-title')}>
              {t('results.allSteps')}
            </a>
          </p>
        </div>
      )}

      <FlowMap
        yours={results.map((r) => ({ channel: r.channel, status: r.status }))}
        others={others}
        lanes={content.lanes}
        quiet={content.quiet}
        channelTitles={channelTitles}
        edgesByChannel={content.edgesByChannel}
        nodeLabels={content.diagram.nodes}
        edgeLabels={content.diagram.edges}
        text={{
          title: t('map.title'),
          intro: t('map.intro'),
          applies: t('map.legendApplies'),
          may: t('map.legendMay'),
          other: t('map.legendOther'),
          asList: t('map.asList'),
          othersTitle: content.ui.map.othersTitle,
          row: content.ui.map.flowFromTo ?? '{from} → {to}: {what}',
        }}
        fold={folded ? { show: t('results.mapShow'), hide: t('results.hideDetails') } : undefined}
      />

      <aside aria-labelledby="everywhere-title" className="mt-4 rounded-lg border-s-4 border-brand bg-brand-soft p-4">
        <h3 id="everywhere-title" className="font-semibold">
          {t('results.everywhereTitle')}
        </h3>
        <p className="mt-1">{t('results.everywhereBody')}</p>
      </aside>

      <div className="mt-6 flex flex-col gap-6">
        {personal.map((r) => (
          <ChannelCard key={r.channel} result={r} answers={answers} content={content} local={local} folded={folded} />
        ))}
      </div>

      <NextSteps steps={steps} content={stepsContent} />

      {everyone.length > 0 && (
        <section aria-labelledby="everyone-title" className="mt-8" data-everyone>
          <h3 id="everyone-title" className="text-xl font-bold">
            {t('results.everyoneTitle')}
          </h3>
          <p className="mt-1">{t('results.everyoneIntro')}</p>
          <div className="mt-3 flex flex-col gap-6">
            {everyone.map((r) => (
              <ChannelCard key={r.channel} result={r} answers={answers} content={content} folded={folded} />
            ))}
          </div>
        </section>
      )}

      {others.length > 0 && (
        <section aria-labelledby="others-title" className="mt-8">
          <h3 id="others-title" className="text-lg font-semibold">
            {t('results.otherChannelsTitle')}
          </h3>
          <p className="mt-1 text-muted">{t('results.otherChannelsIntro')}</p>
          <ul className="mt-2 list-disc space-y-1 ps-6">
            {others.map((c) => (
              <li key={c}>
                <span className="font-semibold">{content.channels[c].title}.</span> {content.channels[c].summary}
              </li>
            ))}
          </ul>
        </section>
      )}

      {partner && (
        <section aria-labelledby="partner-title" className="mt-8 rounded-lg border-2 border-brand bg-brand-soft p-4" data-partner>
          <h3 id="partner-title" className="text-lg font-semibold">
            {partner.url ? (
              <a href={partner.url} target="_blank" rel="noreferrer noopener">
                {t('embed.getHelp', { partner: partner.name })}
              </a>
            ) : (
              t('embed.getHelp', { partner: partner.name })
            )}
          </h3>
        </section>
      )}

      {local?.file && isJurisdictionCode(answers.state) && (
        <LocalHelp help={local.help} file={local.file} stateName={content.states[answers.state]} content={content} />
      )}

      <section aria-labelledby="help-title" className="mt-8 rounded-lg border border-line bg-white p-4">
        <h3 id="help-title" className="text-lg font-semibold">
          {t('results.legalHelpTitle')}
        </h3>
        <p className="mt-1">{t('results.legalHelpBody')}</p>
        <ul className="mt-2 list-disc space-y-1 ps-6">
          {content.legalHelp.map((l) => (
            <li key={l.url}>
              <a href={l.url} rel="noreferrer" target="_blank" lang={l.lang}>
                {l.name}
              </a>
            </li>
          ))}
        </ul>
      </section>

      <p className="no-print mt-6">
        <button type="button" className="btn bg-white text-brand" onClick={() => window.print()}>
          {t('results.printResults')}
        </button>
      </p>
      {!partner && <KeepOffline ui={content.ui} locale={content.locale} place={placeCode} />}
    </section>
  );
}
