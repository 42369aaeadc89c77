import { formatDate } from '@/i18n/format';
import LocaleLink from '../site/LocaleLink';
import SourceList from './SourceList';
import { translator } from '@/i18n/translate';
import type { Answers } from '@/questionnaire/questions';
import { isForEveryone, type ChannelResult } from '@/questionnaire/results';
import { answerLabel } from '../check/answer-label';
import FlowDiagram from '../diagram/FlowDiagram';
import PlaceNoteText from './PlaceNoteText';
import StateActionText from './StateActionText';
import { isJurisdictionCode } from '@/questionnaire/jurisdictions';
import { placeNotes, stateActions, unpackPlaces } from '@/questionnaire/places';
import type { CheckContent } from '@/content/check-content-types';
import type { LocalFacts } from '@/questionnaire/conversation';
import CountyAgreements from './CountyAgreements';
import { pictureReason, whyFromList } from './county-text';
import Fold from './Fold';
import { jumpOnClick } from './jump';
import Listen from '../listen/Listen';

type Props = {
  result: ChannelResult;
  answers: Answers;
  content: CheckContent;
  local?: LocalFacts;
  /** On a phone the card shows its summary and status, and the rest on request; the navigator shows all. */
  folded?: boolean;
};

export default function ChannelCard({ result, answers, content, local, folded = false }: Props) {
  const t = translator(content.ui);
  const text = content.channels[result.channel];
  const meta = content.channelMeta[result.channel];
  const applies = result.status === 'applies';
  const everyone = isForEveryone(result.channel);
  const headingId = `channel-${result.channel}`;
  const placeCode = isJurisdictionCode(answers.state) ? answers.state : null;
  const notes = placeCode ? placeNotes(result.channel, unpackPlaces(content.places)[placeCode]) : [];
  const someStateHasItems = Object.values(content.stateActions).some((items) => items?.some((a) => a.channel === result.channel));
  const ownState = placeCode ? stateActions(result.channel, { actions: content.stateActions[placeCode] }) : [];
  const variants = result.variants.map((v) => text.variants?.[v]).filter(Boolean);
  // ICE's list answered the 287(g) question for this person's county: the list is the reason.
  const fromList =
    result.channel === '287g' && local?.agreements && local.fromData.includes('agreement287g') ? local.agreements : undefined;

  return (
    <article
      data-channel={result.channel}
      data-status={result.status}
      aria-labelledby={headingId}
      className={`break-inside-avoid-page rounded-xl border-2 bg-white p-4 ${applies ? 'border-applies' : 'border-dashed border-may'}`}
    >
      <p
        className={`inline-flex items-center gap-1 rounded-full px-3 py-0.5 text-sm font-bold ${
          applies ? 'bg-applies-soft text-applies' : 'bg-may-soft text-may'
        }`}
      >
        <span aria-hidden="true">{applies ? '●' : '◐'}</span>
        {everyone ? t('results.statusEveryone') : applies ? t('results.statusApplies') : t('results.statusMayApply')}
      </p>
      <h3 id={headingId} tabIndex={-1} className="mt-2 scroll-mt-20 text-xl font-bold focus:outline-none">
        {text.title}
      </h3>
      <p className="mt-1 text-lg">{text.summary}</p>
      {!applies && <p className="mt-1 text-sm text-muted">{t('results.statusMayApplyHint')}</p>}
      <Listen
        className="mt-2"
        locale={content.locale}
        text={[text.title, text.summary, text.meansForYou[result.status], ...text.whatHappens].join(' ')}
        label={{ listen: t('listen.listen'), stop: t('listen.stop'), hint: t('listen.hint') }}
      />

      <Fold
        folded={folded}
        show={t('results.showDetails')}
        hide={t('results.hideDetails')}
        label={t('results.detailsOf', { title: text.title })}
        className="mt-2"
      >
        <h4 className="mt-4 font-semibold">{t('map.diagramTitle')}</h4>
        <FlowDiagram
          layout={content.flows[result.channel]}
          idPrefix={`flow-${result.channel}`}
          title={`${t('map.diagramTitle')}: ${text.title}`}
          rowTemplate={content.ui.map.flowFromTo ?? '{from} → {to}: {what}'}
          nodeLabels={content.diagram.nodes}
          edgeLabels={content.diagram.edges}
          caption={fromList ? pictureReason(fromList, content.ui, content.locale) : undefined}
        />

        <h4 className="mt-4 font-semibold">{t('results.whatHappens')}</h4>
        {text.whatHappens.map((p, i) => (
          <p key={i} className="mt-1">
            {p}
          </p>
        ))}
        {variants.map((v, i) => (
          <p key={`v${i}`} className="mt-2 rounded-md bg-note px-3 py-2">
            {v}
          </p>
        ))}

        {fromList && placeCode && <CountyAgreements agreements={fromList} stateName={content.states[placeCode]} content={content} />}

        {placeCode && notes.length > 0 && (
          <section aria-labelledby={`${headingId}-place`} className="mt-4 rounded-md border border-line px-3 py-2" data-place={placeCode}>
            <h4 id={`${headingId}-place`} className="font-semibold">
              {t('results.placeTitle')}: {content.states[placeCode]}
            </h4>
            {notes.map((n, i) => (
              <PlaceNoteText key={i} note={n} stateName={content.states[placeCode]} place={content.place} locale={content.locale} />
            ))}
          </section>
        )}

        <h4 className="mt-4 font-semibold">{t('results.meansForYou')}</h4>
        <p className="mt-1">{text.meansForYou[result.status]}</p>

        <h4 className="mt-4 font-semibold">{t('results.whyShown')}</h4>
        {everyone ? (
          <p className="mt-1">{t('results.whyEveryone')}</p>
        ) : (
          <ul className="mt-1 list-disc ps-6">
            {result.reasons.map((r) => (
              <li key={r.question} data-reason={r.question}>
                {fromList && r.question === 'agreement287g'
                  ? whyFromList(fromList, content.ui, content.locale)
                  : t('results.whyAnswer', {
                      answer: answerLabel(r.answer, content, local?.file),
                      question: content.questions[r.question].short,
                    })}
              </li>
            ))}
          </ul>
        )}

        <h4 className="mt-4 font-semibold">{t('results.whatYouCanDo')}</h4>
        <ul className="mt-1 list-disc space-y-1 ps-6">
          {text.whatYouCanDo.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
          {/* A person sees their own state's items and no other state's. */}
          {ownState.map((a, i) => (
            <li key={`s${i}`} data-state-action={placeCode}>
              <StateActionText item={a} locale={content.locale} asOfTemplate={content.place.asOf} />
            </li>
          ))}
          {/* Help with a way in (a phone number, an official page, a tool) is in the next steps. */}
          <li data-see-steps="">
            <a href="#next-steps" onClick={jumpOnClick('next-steps-title')}>
              {t('results.allSteps')}
            </a>
          </li>
          {!placeCode && someStateHasItems && (
            <li data-more-rights="">
              <LocaleLink href={`/${content.locale}/learn/${result.channel}#state-rights`}>{content.place.moreRightsSomeStates}</LocaleLink>
            </li>
          )}
        </ul>

        <h4 className="mt-4 font-semibold">{t('results.sources')}</h4>
        <SourceList
          locale={content.locale}
          sources={meta.sources.flatMap((id) => (content.sources[id] ? [{ id, ...content.sources[id] }] : []))}
        />
        <p className="no-print mt-3">
          <LocaleLink href={`/${content.locale}/learn/${result.channel}`}>{t('learn.more')}</LocaleLink>
        </p>
      </Fold>
      <p className="mt-3 text-sm text-muted">{t('results.lastReviewed', { date: formatDate(meta.lastReviewed, content.locale) })}</p>
    </article>
  );
}
