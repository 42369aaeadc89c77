'use client';

import { useSelector } from '@xstate/react';
import { useEffect, useRef, useState } from 'react';
import { translator } from '@/i18n/translate';
import { onQuickExit } from '../safety/quick-exit';
import type { AnswerValue, QuestionId } from '@/questionnaire/questions';
import { unpackPlaces } from '@/questionnaire/places';
import { conversationView } from '@/questionnaire/conversation';
import PlaceNoteText from '../results/PlaceNoteText';
import type { CheckEvent } from '@/questionnaire/check.machine';
import { conversationActor } from './conversation-actor';
import { answerLabel } from './answer-label';
import type { CoreContent, ResultsContent } from '@/content/check-content-types';
import { useResultsContent, useResultsView } from './useResultsContent';
import { usePlaceFile } from './usePlaceFile';
import CountyTurnNote from './CountyTurnNote';
import AnswerOptions from './AnswerOptions';
import SaveOnDevice from '../safety/SaveOnDevice';
import Listen from '../listen/Listen';

type Partner = { name: string; url: string | null };

/** The chat: the questions answered so far, the one being asked, then the results. Renders conversationView. */
export default function Conversation({ content, partner }: { content: CoreContent & Partial<ResultsContent>; partner?: Partner | null }) {
  const { full, failed: contentFailed } = useResultsContent(content);
  const { Results, failed: viewFailed } = useResultsView();
  const failed = contentFailed || viewFailed;
  const actor = conversationActor();
  const snapshot = useSelector(actor, (s) => s);
  const send = (event: CheckEvent) => actor.send(event);
  const t = translator(content.ui);
  const view = conversationView(snapshot, unpackPlaces(content.places));
  const { at, answers, results, place, note, progress, local } = view;
  const history = snapshot.context.history;
  const placeStatus = usePlaceFile(actor, place);

  // What was answered before Back, so the place list can show it again (memory only).
  const [previous, setPrevious] = useState<Partial<Record<QuestionId, AnswerValue>>>({});
  useEffect(
    () =>
      onQuickExit(() => {
        setPrevious({});
        actor.send({ type: 'RESTART' });
      }),
    [actor],
  );

  // Move focus to each new question (or the results) after the person acts,
  // never on first load, so the page does not jump before they start.
  const focusTarget = useRef<HTMLElement>(null);
  const steps = useRef(history.length);
  const acted = useRef(false);
  useEffect(() => {
    if (steps.current !== history.length || acted.current) {
      steps.current = history.length;
      acted.current = false;
      const target = focusTarget.current;
      if (!target) return;
      target.focus({ preventScroll: true });
      // Keep the new question and its answers in view on a short phone screen;
      // the results start at the top.
      const answers = document.getElementById('answer-area');
      if (at === 'results' || !answers) target.scrollIntoView({ block: 'start' });
      else {
        answers.scrollIntoView({ block: 'nearest' });
        // The question wins if both do not fit: it stays clear of the sticky header.
        target.scrollIntoView({ block: 'nearest' });
      }
    }
  });

  const answer = (question: QuestionId, value: AnswerValue) => send({ type: 'ANSWER', question, answer: value });
  // Start over gives the answer controls a fresh start (no leftover error or selection).
  const [resets, setResets] = useState(0);
  const act = (type: 'BACK' | 'RESTART') => {
    acted.current = true;
    const last = history.at(-1);
    if (type === 'BACK' && last && answers[last] !== undefined) setPrevious((p) => ({ ...p, [last]: answers[last] }));
    if (type === 'RESTART') {
      setPrevious({});
      setResets((n) => n + 1);
    }
    send({ type });
  };

  return (
    <div>
      {progress && (
        <p className="text-sm text-muted" aria-live="off">
          {t('check.progress', progress)}
          <span aria-hidden="true"> · </span>
          {t('check.flowsSoFar', { count: results.length })}
        </p>
      )}

      <div role="log" aria-label={t('check.logLabel')} className="mt-3 flex flex-col gap-3">
        {view.turns.map(({ question: q, answer: given, opens }) => (
          <div key={q} data-turn={q} className="flex flex-col gap-2">
            <Bubble who="app" label={t('check.speakerApp')}>
              {content.questions[q].text}
            </Bubble>
            <Bubble who="you" label={t('check.speakerYou')}>
              {answerLabel(given, content, local.file)}
            </Bubble>
            <aside aria-label={t('check.noteLabel')} className="rounded-md border-s-4 border-brand bg-note px-3 py-2 text-sm">
              {q === 'county' && local.agreements ? (
                <CountyTurnNote agreements={local.agreements} ui={content.ui} locale={content.locale} />
              ) : q === 'county' && (given === 'unsure' || given === 'skip') ? (
                content.questions[q].ifNo
              ) : opens ? (
                content.questions[q].ifYes
              ) : (
                content.questions[q].ifNo
              )}
            </aside>
          </div>
        ))}
        {view.asking && (
          <Bubble who="app" label={t('check.speakerApp')}>
            <span
              id="current-question"
              data-question={view.asking.id}
              ref={focusTarget as React.RefObject<HTMLSpanElement>}
              tabIndex={-1}
              className="block scroll-mt-32 text-lg font-semibold focus:outline-none"
            >
              {content.questions[view.asking.id].text}
            </span>
            {content.questions[view.asking.id].hint && (
              <span className="mt-1 block text-sm text-muted">{content.questions[view.asking.id].hint}</span>
            )}
            {note && place && <PlaceNoteText note={note} stateName={content.states[place]} place={content.place} locale={content.locale} />}
          </Bubble>
        )}
      </div>

      {view.asking && (
        <Listen
          key={view.asking.id}
          className="mt-2"
          locale={content.locale}
          text={[content.questions[view.asking.id].text, content.questions[view.asking.id].hint ?? ''].join(' ')}
          label={{ listen: t('listen.listen'), stop: t('listen.stop'), hint: t('listen.hint') }}
        />
      )}
      {view.asking && (
        <div id="answer-area" className="scroll-mb-4">
          <AnswerOptions
            key={`${view.asking.id}-${resets}`}
            question={view.asking.id}
            content={content}
            onAnswer={answer}
            placeDefault={previous[view.asking.id]}
            county={place ? { status: placeStatus, file: local.file, stateName: content.states[place] } : undefined}
          />
        </div>
      )}

      {at === 'results' &&
        (full && Results ? (
          <Results results={results} answers={answers} content={full} headingRef={focusTarget} partner={partner} local={local} />
        ) : (
          <p
            role="status"
            data-results-pending=""
            className="mt-8"
            tabIndex={-1}
            ref={focusTarget as React.RefObject<HTMLParagraphElement>}
          >
            {t(failed ? 'check.resultsFailed' : 'check.resultsLoading')}
          </p>
        ))}

      <div className="no-print mt-6 flex flex-wrap gap-3">
        <button
          type="button"
          className="btn bg-white text-brand disabled:opacity-50 disabled:cursor-not-allowed"
          onClick={() => act('BACK')}
          disabled={!view.canGoBack}
        >
          {t('check.back')}
        </button>
        <button type="button" className="btn bg-white text-brand" onClick={() => act('RESTART')}>
          {t('check.startOver')}
        </button>
      </div>
      <SaveOnDevice actor={actor} ui={content.ui} />
    </div>
  );
}

function Bubble({ who, label, children }: { who: 'app' | 'you'; label: string; children: React.ReactNode }) {
  const mine = who === 'you';
  return (
    <div className={mine ? 'self-end max-w-[85%]' : 'self-start max-w-[92%]'}>
      <div
        className={
          mine
            ? 'rounded-2xl rounded-ee-sm bg-brand px-4 py-2 text-white'
            : 'rounded-2xl rounded-es-sm border border-line bg-white px-4 py-3'
        }
      >
        <span className="sr-only">{label}: </span>
        {children}
      </div>
    </div>
  );
}
