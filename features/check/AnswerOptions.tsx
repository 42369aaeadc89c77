'use client';

import { useId, useState } from 'react';
import { translator } from '@/i18n/translate';
import { JURISDICTION_CODES } from '@/questionnaire/jurisdictions';
import type { PlaceFile } from '@/questionnaire/counties';
import type { PlaceFileStatus } from './usePlaceFile';
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
  /** For the county question: the state's file (its counties), once loaded. */
  county?: { status: PlaceFileStatus; file?: PlaceFile; stateName: string };
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

function PlaceOptions(props: Props) {
  const t = translator(props.content.ui);
  const names = JURISDICTION_CODES.map((code) => ({ code, name: props.content.states[code] })).sort((a, b) =>
    a.name.localeCompare(b.name, props.content.locale),
  );
  return (
    <Picker
      {...props}
      options={names}
      label={t('check.stateLabel')}
      placeholder={t('check.statePlaceholder')}
      required={t('check.stateRequired')}
    />
  );
}

/**
 * The county picker: the counties (parishes, boroughs…) of the state named, from the place's
 * file, loaded once when the state was chosen. A native list: type-ahead, keyboard and screen
 * readers work as everywhere else. While the file loads, or if it cannot, "Not sure" and
 * "Prefer not to say" still go on (the 287(g) question is then asked).
 */
function CountyOptions(props: Props) {
  const { question, content, onAnswer, labelledBy = 'current-question', county } = props;
  const t = translator(content.ui);
  const stateName = county?.stateName ?? '';
  if (county?.status !== 'ready' || !county.file) {
    const failed = county?.status === 'failed';
    return (
      <div role="group" aria-labelledby={labelledBy} className="no-print mt-4 flex flex-col gap-2">
        <p
          role={failed ? 'alert' : 'status'}
          data-county-list={failed ? 'failed' : 'loading'}
          className={failed ? 'font-semibold text-applies' : 'text-muted'}
        >
          {t(failed ? 'check.countyFailed' : 'check.countyLoading', { state: stateName })}
        </p>
        <UnknownChoices question={question} content={content} onAnswer={onAnswer} />
      </div>
    );
  }
  return (
    <Picker
      {...props}
      options={county.file.counties.map(([code, name]) => ({ code, name }))}
      label={t('check.countyLabel', { state: stateName })}
      placeholder={t('check.countyPlaceholder')}
      required={t('check.countyRequired')}
    />
  );
}

type PickerProps = Props & { options: { code: string; name: string }[]; label: string; placeholder: string; required: string };

/** A list to pick from with Continue, plus "Not sure" and "Prefer not to say"; picks the place or county it lists. */
function Picker(props: PickerProps) {
  const { options, label, placeholder, required, labelledBy = 'current-question', question, content, onAnswer } = props;
  const t = translator(content.ui);
  const initial = props.selected ?? props.placeDefault;
  const known = (v: unknown): v is string => typeof v === 'string' && options.some((o) => o.code === v);
  const [value, setValue] = useState(known(initial) ? initial : '');
  const [error, setError] = useState(false);
  const selectId = useId();
  const errorId = useId();
  return (
    <div role="group" aria-labelledby={labelledBy} className="no-print mt-4 flex flex-col gap-2">
      <form
        className="flex flex-col gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          if (known(value)) onAnswer(question, value as AnswerValue);
          else setError(true);
        }}
      >
        <label htmlFor={selectId} className="font-semibold">
          {label}
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
          <option value="">{placeholder}</option>
          {options.map(({ code, name }) => (
            <option key={code} value={code} data-answer={code}>
              {name}
            </option>
          ))}
        </select>
        {error && (
          <p id={errorId} role="alert" className="text-sm font-semibold text-applies">
            {required}
          </p>
        )}
        <button type="submit" className="btn bg-brand text-white hover:bg-brand-dark">
          {t('check.stateContinue')}
        </button>
      </form>
      <UnknownChoices question={question} content={content} onAnswer={onAnswer} />
    </div>
  );
}

function UnknownChoices({ question, content, onAnswer }: Pick<Props, 'question' | 'content' | 'onAnswer'>) {
  return (
    <div className="grid gap-2 sm:grid-cols-2">
      {(['unsure', 'skip'] as const).map((choice) => (
        <button key={choice} type="button" data-answer={choice} className={optionClass} onClick={() => onAnswer(question, choice)}>
          {content.choices[choice]}
        </button>
      ))}
    </div>
  );
}

const ANSWER_KINDS: Record<AnswerKind, (props: Props) => React.ReactNode> = {
  choice: ChoiceOptions,
  place: PlaceOptions,
  county: CountyOptions,
};
