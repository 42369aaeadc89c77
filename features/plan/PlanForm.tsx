'use client';

import { useEffect, useId, useMemo, useState, useSyncExternalStore } from 'react';
import { translator } from '@/i18n/translate';
import type { Catalogue, Tools } from '@/content/schema';
import type { StepsPageContent } from '@/content/steps-content';
import { useConversationSteps } from '../check/useConversationSteps';
import { stepTitle } from '../results/NextSteps';
import LocaleLink from '../site/LocaleLink';
import { clearSaved, PLAN_KEY, readRaw, writeRaw } from '../safety/saved-storage';
import SaveToggle from '../safety/SaveToggle';
import { getPlan, resetPlan, setPlan, subscribePlan } from './plan-store';
import { MAX_FIELD, emptyPlan, isEmptyPlan, parsePlan, serializePlan } from './plan-record';

type Props = {
  content: StepsPageContent;
  structure: Tools['plan'];
  words: Catalogue['plan'];
  /** Each source's short citation, by id (built on the server). */
  citations: Record<string, string>;
};
type Message = 'plan.saveRestored' | 'plan.saveDiscarded' | 'plan.saveDeleted' | 'plan.saveFailed' | 'plan.cleared' | null;

/**
 * The family plan: text fields and a checklist, and the person's next steps to tick. It lives
 * in memory (plan-store); saving on the device is opt-in, as it is for answers.
 */
export default function PlanForm({ content, structure, words, citations }: Props) {
  const t = translator(content.ui);
  const plan = useSyncExternalStore(subscribePlan, getPlan, emptyPlan);
  const { finished, steps, place } = useConversationSteps(content);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const id = useId();
  const kinds = useMemo(
    () => Object.fromEntries(structure.sections.flatMap((s) => s.items.map((i) => [i.id, i.field] as const))),
    [structure],
  );

  // A saved plan is read once, after hydration; it fills the plan only if nothing is typed yet.
  useEffect(() => {
    const saved = parsePlan(readRaw(PLAN_KEY), kinds);
    if (saved.status === 'ok') {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- storage can only be read in the browser, after hydration
      setSaving(true);
      if (isEmptyPlan(getPlan())) {
        setPlan(saved.plan);
        setMessage('plan.saveRestored');
      }
    } else if (saved.status === 'discarded') {
      clearSaved(PLAN_KEY);
      setMessage('plan.saveDiscarded');
    }
  }, [kinds]);

  // While saving is on, every change is written; nothing is written otherwise.
  useEffect(() => {
    if (!saving) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the write to storage happens here, and so does its failure
    if (!writeRaw(serializePlan(getPlan()), PLAN_KEY)) setMessage('plan.saveFailed');
    return subscribePlan(() => writeRaw(serializePlan(getPlan()), PLAN_KEY));
  }, [saving]);

  const setField = (item: string, value: string) => setPlan({ ...plan, fields: { ...plan.fields, [item]: value.slice(0, MAX_FIELD) } });
  const setCheck = (item: string, value: boolean) => setPlan({ ...plan, checks: { ...plan.checks, [item]: value } });
  const setStep = (key: string, value: boolean) => setPlan({ ...plan, steps: { ...plan.steps, [key]: value } });
  const stopSaving = () => {
    clearSaved(PLAN_KEY);
    setSaving(false);
    setMessage('plan.saveDeleted');
  };

  return (
    <form className="mt-6" onSubmit={(e) => e.preventDefault()} autoComplete="off" data-plan="">
      <section aria-labelledby="plan-steps" className="rounded-lg border border-line bg-white p-4" data-plan-steps="">
        <h2 id="plan-steps" className="text-xl font-semibold">
          {t('plan.stepsTitle')}
        </h2>
        {finished && steps.length > 0 ? (
          <>
            <p className="mt-1 text-sm text-muted">{t('plan.stepsIntro')}</p>
            <ul className="mt-2 space-y-2">
              {steps.map((step) => (
                <li key={step.key} className="flex items-start gap-3">
                  <input
                    id={`${id}-step-${step.key}`}
                    type="checkbox"
                    className="mt-1 size-6 shrink-0 accent-brand"
                    checked={plan.steps[step.key] ?? false}
                    onChange={(e) => setStep(step.key, e.target.checked)}
                    data-plan-step={step.key}
                  />
                  <label htmlFor={`${id}-step-${step.key}`}>{stepTitle(step, t, place ? content.states[place] : '')}</label>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="mt-1">
            {t('plan.stepsNone')} <LocaleLink href={`/${content.locale}/check`}>{t('plan.startCheck')}</LocaleLink>
          </p>
        )}
      </section>

      {structure.sections.map((section) => (
        <fieldset key={section.id} className="mt-6 rounded-lg border border-line bg-white p-4" data-plan-section={section.id}>
          <legend className="px-1 text-xl font-semibold">{words.sections[section.id]}</legend>
          <ul className="space-y-4">
            {section.items.map((item) => {
              const w = words.items[item.id];
              const fid = `${id}-${item.id}`;
              return (
                <li key={item.id}>
                  {item.field === 'text' ? (
                    <>
                      <label htmlFor={fid} className="block font-semibold">
                        {w?.label}
                      </label>
                      <p id={`${fid}-hint`} className="text-sm text-muted">
                        {w?.hint}
                      </p>
                      <input
                        id={fid}
                        type="text"
                        className="mt-1 w-full rounded-md border-2 border-line px-3 py-2"
                        aria-describedby={`${fid}-hint`}
                        value={plan.fields[item.id] ?? ''}
                        maxLength={MAX_FIELD}
                        onChange={(e) => setField(item.id, e.target.value)}
                        data-plan-field={item.id}
                      />
                    </>
                  ) : (
                    <div className="flex items-start gap-3">
                      <input
                        id={fid}
                        type="checkbox"
                        className="mt-1 size-6 shrink-0 accent-brand"
                        aria-describedby={`${fid}-hint`}
                        checked={plan.checks[item.id] ?? false}
                        onChange={(e) => setCheck(item.id, e.target.checked)}
                        data-plan-check={item.id}
                      />
                      <div>
                        <label htmlFor={fid} className="font-semibold">
                          {w?.label}
                        </label>
                        <p id={`${fid}-hint`} className="text-sm text-muted">
                          {w?.hint}
                        </p>
                      </div>
                    </div>
                  )}
                  <Citation text={citations[item.source]} t={t} />
                </li>
              );
            })}
          </ul>
        </fieldset>
      ))}

      <div className="no-print mt-6 flex flex-wrap gap-3">
        <button type="button" className="btn bg-brand text-white" onClick={() => window.print()}>
          {t('plan.print')}
        </button>
        <button
          type="button"
          className="btn bg-white text-exit border-exit"
          onClick={() => {
            resetPlan();
            setMessage('plan.cleared');
          }}
        >
          {t('plan.clear')}
        </button>
      </div>

      <SaveToggle
        on={saving}
        onEnable={() => (setSaving(true), setMessage(null))}
        onDelete={stopSaving}
        text={{ label: t('plan.saveLabel'), hint: t('plan.saveHint'), on: t('plan.saveOn'), delete: t('plan.saveDelete') }}
        message={message ? t(message) : ''}
        boxAttrs={{ 'data-plan-save': '' }}
        messageAttrs={{ 'data-plan-message': '' }}
      />
    </form>
  );
}

function Citation({ text, t }: { text: string | undefined; t: ReturnType<typeof translator> }) {
  return text ? <p className="no-print mt-1 text-xs text-muted">{t('plan.source', { source: text })}</p> : null;
}
