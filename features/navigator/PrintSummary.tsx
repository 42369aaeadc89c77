import { formatDate, format } from '@/i18n/format';
import { translator } from '@/i18n/translate';
import type { Answers } from '@/questionnaire/questions';
import { isForEveryone, type ChannelResult } from '@/questionnaire/results';
import { answerLabel } from '../check/answer-label';
import type { CheckContent } from '@/content/check-content-types';
import type { LocalFacts } from '@/questionnaire/conversation';
import { isJurisdictionCode } from '@/questionnaire/jurisdictions';
import { whyFromList } from '../results/county-text';

type Props = {
  results: ChannelResult[];
  answers: Answers;
  history: string[];
  content: CheckContent;
  clinic: string;
  includeAnswers: boolean;
  today: Date;
  local?: LocalFacts;
};

/**
 * The printed summary, in the language the navigator chose for it. Only in print: the
 * screen shows the intake. At most one page per channel; raw answers only when asked for.
 */
export default function PrintSummary({ results, answers, history, content, clinic, includeAnswers, today, local }: Props) {
  const t = translator(content.ui);
  const fromList = local?.agreements && local.fromData.includes('agreement287g') ? local.agreements : undefined;
  const stateName = isJurisdictionCode(answers.state) ? content.states[answers.state] : '';
  const iso = today.toISOString().slice(0, 10);
  return (
    <section lang={content.locale} className="print-summary hidden print:block" data-print-summary>
      <h2 className="text-2xl font-bold">{t('print.title')}</h2>
      <p className="mt-1">{t('print.prepared', { date: formatDate(iso, content.locale) })}</p>
      {clinic.trim() && <p className="mt-1 font-semibold">{t('print.clinic', { clinic: clinic.trim() })}</p>}

      {includeAnswers && (
        <section className="mt-4" data-print-answers>
          <h2 className="text-lg font-semibold">{t('print.answers')}</h2>
          <ul className="mt-1 list-disc ps-6">
            {history.map((q) => {
              const a = answers[q as keyof Answers];
              return a === undefined ? null : (
                <li key={q}>
                  {content.questions[q as keyof Answers].short}: {answerLabel(a, content, local?.file)}
                </li>
              );
            })}
          </ul>
        </section>
      )}

      {results.every((r) => isForEveryone(r.channel)) && <p className="mt-4">{t('print.none')}</p>}
      {results.map((r) => {
        const ch = content.channels[r.channel];
        const meta = content.channelMeta[r.channel];
        return (
          <article key={r.channel} data-print-channel={r.channel} className="mt-6 break-inside-avoid-page">
            <h2 className="text-xl font-bold">
              {ch.title} —{' '}
              {isForEveryone(r.channel)
                ? t('results.statusEveryone')
                : r.status === 'applies'
                  ? t('results.statusApplies')
                  : t('results.statusMayApply')}
            </h2>
            <p className="mt-1">{ch.summary}</p>
            <p className="mt-1">{ch.meansForYou[r.status]}</p>
            {r.channel === '287g' && fromList && (
              <div data-print-county="">
                <p className="mt-1 font-semibold">{whyFromList(fromList, content.ui, content.locale)}</p>
                <ul className="list-disc ps-6 text-sm">
                  {fromList.local.map((a) => (
                    <li key={a.name}>
                      {a.name}:{' '}
                      {a.agreements
                        .map(
                          (g) =>
                            `${t(`county.model-${g.model}`)}${g.signed ? `, ${t('county.signed', { date: formatDate(g.signed, content.locale) })}` : ''}`,
                        )
                        .join('; ')}
                    </li>
                  ))}
                </ul>
                <p className="text-sm">
                  {t('county.weekly')} {fromList.page}
                </p>
              </div>
            )}
            <h3 className="mt-2 font-semibold">{t('results.whatYouCanDo')}</h3>
            <ul className="list-disc ps-6">
              {ch.whatYouCanDo.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
            <h3 className="mt-2 font-semibold">{t('results.sources')}</h3>
            <ul className="list-disc ps-6 text-sm">
              {meta.sources.map((id) => {
                const s = content.sources[id];
                return s ? (
                  <li key={id}>
                    <span lang={s.lang}>{s.title}</span> ({formatDate(s.date, content.locale)}) {s.url ?? s.publisher}
                  </li>
                ) : null;
              })}
            </ul>
            <p className="mt-1 text-sm">
              {format(content.ui.results.lastReviewed ?? '', { date: formatDate(meta.lastReviewed, content.locale) })}
            </p>
          </article>
        );
      })}

      {local?.file && stateName && (
        <section className="mt-6 break-inside-avoid-page" data-print-local-help="">
          <h2 className="text-lg font-semibold">{t('county.helpTitle', { state: stateName })}</h2>
          {!local.help.some((h) => h.kind === 'hotline') && <p className="text-sm">{t('county.noHotline', { state: stateName })}</p>}
          <ul className="list-disc ps-6 text-sm">
            {local.help.map((h) =>
              h.kind === 'hotline' ? (
                <li key={`${h.name}-${h.phone}`}>
                  {h.name}: {h.phone} {h.url ?? ''}
                </li>
              ) : (
                <li key={h.name}>
                  {t('county.legal')} {h.url}
                </li>
              ),
            )}
          </ul>
        </section>
      )}

      <section className="mt-6 break-inside-avoid-page">
        <h2 className="text-lg font-semibold">{t('results.legalHelpTitle')}</h2>
        <ul className="list-disc ps-6 text-sm">
          {content.legalHelp.map((l) => (
            <li key={l.url}>
              <span lang={l.lang}>{l.name}</span>: {l.url}
            </li>
          ))}
        </ul>
        <p className="mt-3 text-sm">{t('print.footer')}</p>
      </section>
    </section>
  );
}
