'use client';

import { useId, useState } from 'react';
import { translator } from '@/i18n/translate';
import { JURISDICTION_CODES, isJurisdictionCode } from '@/questionnaire/jurisdictions';
import { CHOICES, question as questionDef, type AnswerKind, type AnswerValue, type QuestionId } from '@/questionnaire/questions';
import type { CoreContent } from '@/content/check-content-types';

type Props = {
  question: QuestionId;
  content: CoreContent;
  onAnswer: (q: QuestionId, a: AnswerValue) => void;
  /** Navigator mode: show the 1–4 keys on the buttons (the keys themselves are handled by the page). */
  shortcuts?: boolean;
  /** The answer already given, when changing an earlier answer. */
  selected?: AnswerValue;
  /** Id of the element that names the question (defaults to the current question). */
  labelledBy?: string;
  /** The place chosen before going Back, shown again in the list (not an answer until Continue). */
  placeDefault?: AnswerValue;
};

const optionClass = 'btn w-full justify-start bg-white text-ink border-line hover:border-brand hover:bg-brand-soft';

/**
 * The answer controls for a question, by its kind of answer. A new kind (e.g. a county
 * picker) is one component here and one entry in ANSWER_KINDS; no other component changes.
 * Every answer control carries `data-answer="{answer id}"` (a contract in DESIGN.md).
 */
export default function AnswerOptions(props: Props) {
  const Kind = ANSWER_KINDS[questionDef(props.question).kind];
  return <Kind {...props} />;
}

function ChoiceOptions({ question, content, onAnswer, shortcuts, selected, labelledBy = 'current-question' }: Props) {
  return (
    <div role="group" aria-labelledby={labelledBy} className="no-print mt-4 grid gap-2 sm:grid-cols-2">
      {CHOICES.map((choice, i) => (
        <button
          key={choice}
          type="button"
          data-answer={choice}
          className={`${optionClass} aria-pressed:border-brand aria-pressed:bg-brand-soft`}
          onClick={() => onAnswer(question, choice)}
          aria-pressed={selected === undefined ? undefined : selected === choice}
          aria-keyshortcuts={shortcuts ? String(i + 1) : undefined}
        >
          {shortcuts && (
            <kbd aria-hidden="true" className="rounded border border-line bg-paper px-1.5 font-mono text-sm">
              {i + 1}
            </kbd>
          )}
          {content.choices[choice]}
        </button>
      ))}
    </div>
  );
}

function PlaceOptions({ question, content, onAnswer, selected, placeDefault, labelledBy = 'current-question' }: Props) {
  const t = translator(content.ui);
  const initial = selected ?? placeDefault;
  const [value, setValue] = useState(isJurisdictionCode(initial) ? initial : '');
  const [error, setError] = useState(false);
  const selectId = useId();
  const errorId = useId();
  const names = JURISDICTION_CODES.map((code) => ({ code, name: content.states[code] })).sort((a, b) =>
    a.name.localeCompare(b.name, content.locale),
  );
  return (
    <div role="group" aria-labelledby={labelledBy} className="no-print mt-4 flex flex-col gap-2">
      <form
        className="flex flex-col gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          if (isJurisdictionCode(value)) onAnswer(question, value);
          else setError(true);
        }}
      >
        <label htmlFor={selectId} className="font-semibold">
          {t('check.stateLabel')}
        </label>
        <select
          id={selectId}
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
            setError(false);
          }}
          aria-describedby={error ? errorId : undefined}
          aria-invalid={error || undefined}
          className="min-h-11 w-full rounded-lg border-2 border-line bg-white px-3 text-base"
        >
          <option value="">{t('check.statePlaceholder')}</option>
          {names.map(({ code, name }) => (
            <option key={code} value={code} data-answer={code}>
              {name}
            </option>
          ))}
        </select>
        {error && (
          <p id={errorId} role="alert" className="text-sm font-semibold text-applies">
            {t('check.stateRequired')}
          </p>
        )}
        <button type="submit" className="btn bg-brand text-white hover:bg-brand-dark">
          {t('check.stateContinue')}
        </button>
      </form>
      <div className="grid gap-2 sm:grid-cols-2">
        {(['unsure', 'skip'] as const).map((choice) => (
          <button key={choice} type="button" data-answer={choice} className={optionClass} onClick={() => onAnswer(question, choice)}>
            {content.choices[choice]}
          </button>
        ))}
      </div>
    </div>
  );
}

const ANSWER_KINDS: Record<AnswerKind, (props: Props) => React.ReactNode> = {
  choice: ChoiceOptions,
  place: PlaceOptions,
};
