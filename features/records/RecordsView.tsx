'use client';

import { useEffect, useId, useState } from 'react';
import { createPortal } from 'react-dom';
import { formatDate } from '@/i18n/format';
import { translator } from '@/i18n/translate';
import type { Catalogue, Source, Tools } from '@/content/schema';
import type { StepsPageContent } from '@/content/steps-content';
import { useConversationSteps } from '../check/useConversationSteps';
import SourceList from '../results/SourceList';
import Fold from '../results/Fold';
import { jumpTo, takeRecordTarget } from '../results/jump';
import PrintOpensFolds from '../results/PrintOpensFolds';
import { onQuickExit } from '../safety/quick-exit';
import { LETTER_FIELDS, fillLetter, letterDate, type LetterField, type LetterValues } from './letter';

type Record_ = Tools['records']['items'][number];
type Props = {
  content: StepsPageContent;
  structure: Tools['records'];
  words: Catalogue['records'];
  sources: Record<string, (Source & { id: string })[]>;
};

/**
 * Records that may exist about the person, given the answers held in this tab, and how to ask
 * for each. A letter is filled on the device: what is typed stays in this component's memory
 * (never stored, never in a URL, wiped by quick exit) and is printed, not sent.
 */
export default function RecordsView({ content, structure, words, sources }: Props) {
  const t = translator(content.ui);
  const { finished, results, place } = useConversationSteps(content);
  const [values, setValues] = useState<LetterValues>({});
  const [today, setToday] = useState('');
  const [printing, setPrinting] = useState<string | null>(null);
  const id = useId();

  useEffect(() => onQuickExit(() => setValues({})), []);
  // A next step that names one record (remembered in memory), or a link to /records#id, opens it.
  useEffect(() => {
    const target = takeRecordTarget();
    if (target) jumpTo(`${target}-title`);
    const open = () => {
      const fold = window.location.hash && document.getElementById(window.location.hash.slice(1))?.querySelector('details[data-fold]');
      if (fold instanceof HTMLDetailsElement) fold.open = true;
    };
    open();
    window.addEventListener('hashchange', open);
    return () => window.removeEventListener('hashchange', open);
  }, []);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- today's date is the reader's, known only in the browser
  useEffect(() => setToday(letterDate(new Date())), []);
  useEffect(() => {
    if (!printing) return;
    const done = () => setPrinting(null);
    window.addEventListener('afterprint', done);
    window.print();
    return () => window.removeEventListener('afterprint', done);
  }, [printing]);

  const shown = new Set(results.map((r) => r.channel));
  // A state's own request shows in that state, or, with no state named, labelled with its state.
  const visible = structure.items.filter((r) => !r.place || !place || r.place === place);
  const likely = finished ? visible.filter((r) => r.paths.some((c) => shown.has(c))) : [];
  const rest = visible.filter((r) => !likely.includes(r));

  const letterFor = (r: Record_) =>
    fillLetter(structure.letter.template, values, {
      to: r.address ?? [],
      agency: r.letterTo ?? '',
      today,
      recordsWantedDefault: structure.letter.recordsWantedDefault,
      blank: structure.letter.blank,
      line: structure.letter.line,
    });
  const printed = structure.items.find((r) => r.id === printing);

  const record = (r: Record_) => {
    const w = words.items[r.id];
    if (!w) return null;
    return (
      <article
        key={r.id}
        id={r.id}
        aria-labelledby={`${r.id}-title`}
        className="mt-4 scroll-mt-20 rounded-xl border-2 border-line bg-white p-4"
        data-record={r.id}
      >
        <h3 id={`${r.id}-title`} tabIndex={-1} className="scroll-mt-20 text-xl font-bold focus:outline-none">
          {w.title}
        </h3>
        {r.place && <p className="text-sm font-semibold text-muted">{t('records.stateOnly', { state: content.states[r.place] })}</p>}
        <h4 className="mt-3 font-semibold">{t('records.what')}</h4>
        <p className="mt-1">{w.what}</p>
        <Fold folded show={t('results.showDetails')} hide={t('results.hideDetails')} label={w.title} className="mt-2">
          <h4 className="mt-3 font-semibold">{t('records.how')}</h4>
          <ol className="mt-1 list-decimal space-y-1 ps-6">
            {w.how.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
          <h4 className="mt-3 font-semibold">{t('records.fee')}</h4>
          <p className="mt-1">
            {w.fee} <span className="text-sm text-muted">({t('records.feeAsOf', { date: formatDate(r.feeAsOf, content.locale) })})</span>
          </p>
          <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1">
            <a href={r.url} rel="noreferrer" target="_blank" className="font-semibold">
              {t('records.official')}
            </a>
            {r.phone && (
              <a href={`tel:${r.phone.replace(/[^0-9+]/g, '')}`} className="font-semibold">
                {t('records.phone', { phone: r.phone })}
              </a>
            )}
          </p>
          {r.address && (
            <>
              <h4 className="mt-3 font-semibold">{t('records.sendTo')}</h4>
              <address className="mt-1 not-italic" lang="en">
                {r.address.map((line) => (
                  <span key={line} className="block">
                    {line}
                  </span>
                ))}
              </address>
            </>
          )}
          {w.caution && (
            <p className="mt-3 rounded-md border-s-4 border-exit bg-note px-3 py-2" data-record-caution="">
              <strong>{t('records.caution')}:</strong> {w.caution}
            </p>
          )}
          {r.letterTo && r.address && (
            <details className="mt-4 rounded-md border border-line p-3" data-letter={r.id}>
              <summary className="fold-summary">{t('records.letterTitle')}</summary>
              <p className="mt-2 text-sm">{t('records.letterIntro')}</p>
              <LetterForm idPrefix={`${id}-${r.id}`} values={values} onChange={setValues} t={t} />
              <h5 className="mt-4 font-semibold">{t('records.letterPreview')}</h5>
              <pre
                lang="en"
                dir="ltr"
                className="mt-1 whitespace-pre-wrap rounded-md border border-line bg-paper p-3 font-sans text-sm"
                data-letter-text=""
              >
                {letterFor(r)}
              </pre>
              <p className="no-print mt-3 flex flex-wrap gap-3">
                <button type="button" className="btn bg-brand text-white" onClick={() => setPrinting(r.id)}>
                  {t('records.printLetter')}
                </button>
                <button type="button" className="btn bg-white text-exit border-exit" onClick={() => setValues({})}>
                  {t('records.clearLetter')}
                </button>
              </p>
            </details>
          )}
          <h4 className="mt-3 font-semibold">{t('records.sources')}</h4>
          <SourceList locale={content.locale} sources={sources[r.id] ?? []} />
        </Fold>
      </article>
    );
  };

  return (
    <div data-records="">
      <PrintOpensFolds />
      {/* The letter being printed, alone on the page (globals.css hides the rest of the body). */}
      {printed &&
        createPortal(
          <pre lang="en" dir="ltr" className="print-letter whitespace-pre-wrap font-sans">
            {letterFor(printed)}
          </pre>,
          document.body,
        )}
      <aside aria-labelledby="records-attention" className="mt-4 rounded-lg border-s-4 border-exit bg-note p-4">
        <h2 id="records-attention" className="font-semibold">
          {t('records.attentionTitle')}
        </h2>
        <p className="mt-1">{words.attention}</p>
        <p className="mt-2">{words.lawyerFirst}</p>
      </aside>
      {!finished && <p className="mt-4 text-muted">{t('records.noAnswers')}</p>}
      {likely.length > 0 && (
        <section aria-labelledby="records-likely" className="mt-6" data-records-likely="">
          <h2 id="records-likely" className="text-2xl font-bold">
            {t('records.mayExist')}
          </h2>
          {likely.map(record)}
        </section>
      )}
      {rest.length > 0 && (
        <section aria-labelledby={likely.length > 0 ? 'records-rest' : undefined} className="mt-8" data-records-rest="">
          {likely.length > 0 && (
            <h2 id="records-rest" className="text-2xl font-bold">
              {t('records.others')}
            </h2>
          )}
          {rest.map(record)}
        </section>
      )}
    </div>
  );
}

function LetterForm({
  idPrefix,
  values,
  onChange,
  t,
}: {
  idPrefix: string;
  values: LetterValues;
  onChange: (v: LetterValues) => void;
  t: ReturnType<typeof translator>;
}) {
  return (
    <form className="mt-2 grid gap-3" onSubmit={(e) => e.preventDefault()} autoComplete="off">
      {LETTER_FIELDS.map((f: LetterField) => (
        <p key={f}>
          <label htmlFor={`${idPrefix}-${f}`} className="block font-semibold">
            {t(`records.${f}`)}
          </label>
          <input
            id={`${idPrefix}-${f}`}
            type="text"
            className="mt-1 w-full rounded-md border-2 border-line px-3 py-2"
            value={values[f] ?? ''}
            maxLength={300}
            onChange={(e) => onChange({ ...values, [f]: e.target.value })}
            data-letter-field={f}
          />
        </p>
      ))}
    </form>
  );
}
