'use client';

import { useSelector } from '@xstate/react';
import { useEffect, useId, useRef, useState } from 'react';
import { translator } from '@/i18n/translate';
import { unpackPlaces } from '@/questionnaire/places';
import { CHOICES, type AnswerValue, type QuestionId } from '@/questionnaire/questions';
import { deriveResults } from '@/questionnaire/results';
import { conversationView } from '@/questionnaire/conversation';
import { onQuickExit, wipeEverything } from '../safety/quick-exit';
import { conversationActor } from '../check/conversation-actor';
import { answerLabel } from '../check/answer-label';
import AnswerOptions from '../check/AnswerOptions';
import { usePlaceFile } from '../check/usePlaceFile';
import type { CheckContent } from '@/content/check-content-types';
import PlaceNoteText from '../results/PlaceNoteText';
import PrintSummary from './PrintSummary';
import { useSummaryContent } from './useSummaryContent';
import Results from '../results/Results';

type Props = { content: CheckContent; locale: string; languages: { locale: string; name: string }[] };

/** Keys typed into a field are the client's words, never shortcuts. */
function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName));
}

/**
 * Clinic intake: the same machine and results as the conversation, laid out for a laptop:
 * the question on the left, every answer so far on the right, each one editable.
 */
export default function Navigator({ content, locale, languages }: Props) {
  const t = translator(content.ui);
  const actor = conversationActor();
  const snapshot = useSelector(actor, (s) => s);
  const [editing, setEditing] = useState<QuestionId | null>(null);
  const view = conversationView(snapshot, unpackPlaces(content.places), editing);
  const { at, answers, results, dropped, note, place, progress, local } = view;
  const history = snapshot.context.history;
  const placeStatus = usePlaceFile(actor, place);
  const [clinic, setClinic] = useState('');
  const [includeAnswers, setIncludeAnswers] = useState(false);
  const [summaryLocale, setSummaryLocale] = useState(locale);
  const [cleared, setCleared] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const ids = useId();
  const asking = view.asking?.id ?? null;

  const respond = (q: QuestionId, a: AnswerValue) => {
    setCleared(false);
    if (editing) {
      actor.send({ type: 'CHANGE', question: q, answer: a });
      setEditing(null);
    } else {
      actor.send({ type: 'ANSWER', question: q, answer: a });
    }
  };

  // Everything the navigator typed goes with quick exit too.
  useEffect(
    () =>
      onQuickExit(() => {
        setClinic('');
        setIncludeAnswers(false);
      }),
    [],
  );

  // 1–4 answer the question on screen; never while typing, never with a modifier. A state or
  // county list takes 3 ("Not sure") and 4 ("Prefer not to say"); its names are typed in the list.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.repeat || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || isTyping(e.target)) return;
      if (dialog.current?.open || !asking || !view.asking) return;
      const choice = CHOICES[Number(e.key) - 1];
      if (!/^[1-4]$/.test(e.key) || !choice) return;
      if (view.asking.kind !== 'choice' && choice !== 'unsure' && choice !== 'skip') return;
      e.preventDefault();
      respond(asking, choice);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  // Focus follows the question being asked (or the results), after the first render.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [asking, history.length]);

  const newClient = () => {
    // The same wipe as quick exit: answers, the plan and letters in memory, every saved record.
    wipeEverything();
    actor.send({ type: 'RESTART' });
    setEditing(null);
    setClinic('');
    setIncludeAnswers(false);
    setSummaryLocale(locale);
    setCleared(true);
    dialog.current?.close();
    heading.current?.focus();
  };

  const { content: summary, status: summaryStatus } = useSummaryContent(content, summaryLocale);
  return (
    <>
      <div className="print:hidden lg:grid lg:grid-cols-[minmax(0,1fr)_24rem] lg:gap-8">
        <section aria-labelledby="nav-question" className="min-w-0">
          <p className="text-sm text-muted">{progress && !editing ? t('check.progress', progress) : ''}</p>
          {editing && <p className="mt-1 font-semibold text-brand">{t('nav.editing')}</p>}
          {asking ? (
            <div className="mt-2 rounded-xl border-2 border-brand bg-white p-4">
              <h2 id="nav-question" ref={heading} tabIndex={-1} className="scroll-mt-32 text-xl font-bold focus:outline-none">
                <span id="current-question" data-question={asking}>
                  {content.questions[asking].text}
                </span>
              </h2>
              {content.questions[asking].hint && <p className="mt-1 text-sm text-muted">{content.questions[asking].hint}</p>}
              {note && place && (
                <PlaceNoteText note={note} stateName={content.states[place]} place={content.place} locale={content.locale} />
              )}
              <AnswerOptions
                key={`${asking}-${editing ? 'edit' : 'ask'}`}
                question={asking}
                content={content}
                onAnswer={respond}
                shortcuts
                selected={editing ? answers[editing] : undefined}
                county={place ? { status: placeStatus, file: local.file, stateName: content.states[place] } : undefined}
              />
              {editing && (
                <button type="button" className="btn mt-3 bg-white text-brand" onClick={() => setEditing(null)}>
                  {t('nav.cancel')}
                </button>
              )}
            </div>
          ) : null}

          <p role="status" className="mt-3 font-semibold empty:hidden">
            {dropped.length > 0
              ? t('nav.dropped', { list: new Intl.ListFormat(locale).format(dropped.map((q) => content.questions[q].short)) })
              : cleared
                ? t('nav.cleared')
                : ''}
          </p>

          <div className="mt-4 flex flex-wrap gap-3">
            <button
              type="button"
              className="btn bg-white text-brand disabled:opacity-50"
              disabled={history.length === 0 || !!editing}
              onClick={() => actor.send({ type: 'BACK' })}
            >
              {t('check.back')}
            </button>
            <button type="button" className="btn bg-white text-exit border-exit" onClick={() => dialog.current?.showModal()}>
              {t('nav.newClient')}
            </button>
          </div>

          {at === 'results' && !editing && (
            <Results results={results} answers={answers} content={content} headingRef={heading} local={local} folded={false} />
          )}
        </section>

        <aside aria-labelledby="nav-answers" className="mt-8 lg:mt-0">
          <h2 id="nav-answers" className="text-lg font-semibold">
            {t('nav.answers')}
          </h2>
          {view.answered.length === 0 ? (
            <p className="mt-2 text-muted">{t('nav.noAnswers')}</p>
          ) : (
            <ul className="mt-2 divide-y divide-line rounded-lg border border-line bg-white" data-answers>
              {view.answered.map(({ question: q, answer }) => (
                <li key={q} className="flex items-center justify-between gap-3 px-3 py-2" data-answered={q}>
                  <p>
                    <span className="block text-sm text-muted">{content.questions[q].short}</span>
                    <span className="font-semibold">{answerLabel(answer, content)}</span>
                  </p>
                  <button
                    type="button"
                    className="btn min-h-9 bg-white px-3 py-1 text-sm text-brand"
                    aria-label={t('nav.changeLabel', { question: content.questions[q].short })}
                    onClick={() => setEditing(q)}
                  >
                    {t('nav.change')}
                  </button>
                </li>
              ))}
            </ul>
          )}

          <section aria-labelledby="nav-summary" className="mt-6 rounded-lg border border-line bg-white p-3">
            <h2 id="nav-summary" className="text-lg font-semibold">
              {t('nav.summary')}
            </h2>
            <label htmlFor={`${ids}-lang`} className="mt-2 block text-sm font-semibold">
              {t('nav.summaryLanguage')}
            </label>
            <select
              id={`${ids}-lang`}
              value={summaryLocale}
              onChange={(e) => setSummaryLocale(e.target.value)}
              className="mt-1 min-h-11 w-full rounded-lg border-2 border-line bg-white px-2"
            >
              {languages.map((l) => (
                <option key={l.locale} value={l.locale} lang={l.locale}>
                  {l.name}
                </option>
              ))}
            </select>
            <label htmlFor={`${ids}-clinic`} className="mt-3 block text-sm font-semibold">
              {t('nav.clinic')}
            </label>
            <input
              id={`${ids}-clinic`}
              type="text"
              value={clinic}
              onChange={(e) => setClinic(e.target.value)}
              autoComplete="off"
              className="mt-1 min-h-11 w-full rounded-lg border-2 border-line px-2"
            />
            <div className="mt-3 flex items-center gap-2">
              <input
                id={`${ids}-include`}
                type="checkbox"
                checked={includeAnswers}
                onChange={(e) => setIncludeAnswers(e.target.checked)}
                className="size-5 accent-brand"
              />
              <label htmlFor={`${ids}-include`}>{t('nav.includeAnswers')}</label>
            </div>
            <p role="status" className="mt-2 text-sm empty:hidden" data-summary-status={summaryStatus}>
              {summaryStatus === 'loading' ? t('nav.summaryLoading') : summaryStatus === 'failed' ? t('nav.summaryFailed') : ''}
            </p>
            <button
              type="button"
              className="btn mt-3 w-full bg-brand text-white disabled:cursor-not-allowed disabled:opacity-50"
              onClick={() => window.print()}
              disabled={summaryStatus !== 'ready'}
            >
              {t('nav.print')}
            </button>
          </section>
        </aside>
      </div>

      <PrintSummary
        results={deriveResults(answers, unpackPlaces(summary.places))}
        answers={answers}
        history={history}
        content={summary}
        clinic={clinic}
        includeAnswers={includeAnswers}
        today={new Date()}
        local={local}
      />

      <dialog ref={dialog} aria-labelledby={`${ids}-confirm`} className="m-auto max-w-md rounded-xl p-6 backdrop:bg-black/40">
        <h2 id={`${ids}-confirm`} className="text-lg font-bold">
          {t('nav.confirmTitle')}
        </h2>
        <p className="mt-2">{t('nav.confirmBody')}</p>
        <div className="mt-4 flex flex-wrap gap-3">
          <button type="button" className="btn bg-exit text-white border-exit" onClick={newClient}>
            {t('nav.confirmYes')}
          </button>
          <button type="button" className="btn bg-white text-brand" onClick={() => dialog.current?.close()}>
            {t('nav.confirmNo')}
          </button>
        </div>
      </dialog>
    </>
  );
}
