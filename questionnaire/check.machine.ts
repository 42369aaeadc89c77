/**
 * The conversation: one state per question, then results. The machine holds ids
 * only (question ids, answer ids), never text; the words live in content/.
 * Routing is decided by questionnaire/questions (the same rules deriveResults uses).
 */
import { assign, setup } from 'xstate';
import {
  FIRST_QUESTION,
  QUESTION_IDS,
  QUESTIONS,
  isValidAnswer,
  nextOpenQuestion,
  nextQuestion,
  relevantAnswers,
  type AnswerValue,
  type Answers,
  type QuestionId,
} from './questions';

export interface CheckContext {
  answers: Answers;
  /** Questions answered, in the order asked: Back pops from here. */
  history: QuestionId[];
  /** Answers the last CHANGE made irrelevant and dropped (so the UI can say which). */
  dropped: QuestionId[];
}

export type CheckEvent =
  | { type: 'ANSWER'; question: QuestionId; answer: AnswerValue }
  | { type: 'BACK' }
  | { type: 'RESTART' }
  /** Change an earlier answer (review and edit): keeps every answer still relevant, drops the rest. */
  | { type: 'CHANGE'; question: QuestionId; answer: AnswerValue }
  /** Replace the whole conversation, e.g. from a saved session; answers are re-validated. */
  | { type: 'RESTORE'; answers: Answers };

export type CheckStateId = QuestionId | 'results';

const emptyContext = (): CheckContext => ({ answers: {}, history: [], dropped: [] });

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Rebuilds the conversation from answers alone: keeps every valid answer the routing still
 * asks for, puts the person at the first question left unanswered (or the results), and
 * makes history the answered questions before that point, in the order asked.
 */
export function replay(answers: Answers): Omit<CheckContext, 'dropped'> & { at: CheckStateId } {
  const kept = relevantAnswers(answers);
  const history: QuestionId[] = [];
  let at: CheckStateId = FIRST_QUESTION;
  while (at !== 'results' && kept[at] !== undefined) {
    history.push(at);
    at = nextQuestion(at, kept);
  }
  return { answers: kept, history, at };
}

const machineSetup = setup({
  types: {
    context: {} as CheckContext,
    events: {} as CheckEvent,
  },
  guards: {
    /** A valid answer to `question` whose next question (given that answer) is `next`. */
    'answerLeadsTo?': ({ context, event }, params: { question: QuestionId; next: CheckStateId }) => {
      if (event.type !== 'ANSWER' || event.question !== params.question) return false;
      if (!isValidAnswer(params.question, event.answer)) return false;
      const answers = { ...context.answers, [event.question]: event.answer };
      return nextOpenQuestion(params.question, answers).at === params.next;
    },
    'previousWas?': ({ context }, params: { question: QuestionId }) => context.history.at(-1) === params.question,
    'changeLeadsTo?': ({ context, event }, params: { at: CheckStateId }) =>
      event.type === 'CHANGE' &&
      isValidAnswer(event.question, event.answer) &&
      context.answers[event.question] !== undefined &&
      replay({ ...context.answers, [event.question]: event.answer }).at === params.at,
    'restoresTo?': ({ event }, params: { at: CheckStateId }) =>
      event.type === 'RESTORE' && isRecord(event.answers) && replay(event.answers).at === params.at,
  },
  actions: {
    recordAnswer: assign(({ context, event }) => {
      if (event.type !== 'ANSWER') return {};
      const answers = { ...context.answers, [event.question]: event.answer };
      // Answers kept from an earlier edit are passed over, and join history in order.
      const { passed } = nextOpenQuestion(event.question, answers);
      return { answers, history: [...context.history, event.question, ...passed], dropped: [] };
    }),
    applyChange: assign(({ context, event }) => {
      if (event.type !== 'CHANGE') return {};
      const { answers, history } = replay({ ...context.answers, [event.question]: event.answer });
      const dropped = QUESTION_IDS.filter((q) => context.answers[q] !== undefined && answers[q] === undefined);
      return { answers, history, dropped };
    }),
    forgetLastAnswer: assign(({ context }) => {
      const last = context.history.at(-1);
      if (!last) return {};
      const answers = { ...context.answers };
      delete answers[last];
      return { answers, history: context.history.slice(0, -1), dropped: [] };
    }),
    clearAll: assign(() => emptyContext()),
    restore: assign(({ event }) => {
      if (event.type !== 'RESTORE') return {};
      const { answers, history } = replay(event.answers);
      return { answers, history, dropped: [] };
    }),
  },
});

/** The states that can come right after each question (any later question, or results). */
function possibleNext(id: QuestionId): CheckStateId[] {
  return [...QUESTION_IDS.slice(QUESTION_IDS.indexOf(id) + 1), 'results'];
}

const backTransitions = (from: CheckStateId) =>
  QUESTION_IDS.filter((q) => from === 'results' || QUESTION_IDS.indexOf(q) < QUESTION_IDS.indexOf(from)).map(
    (q) => ({ guard: { type: 'previousWas?' as const, params: { question: q } }, target: q, actions: 'forgetLastAnswer' as const }),
  );

/** The config type of one state of this machine, as setup() types it. */
type StatesConfig = NonNullable<Parameters<typeof machineSetup.createMachine>[0]['states']>;
type StateConfig = StatesConfig[string];

function questionState(id: QuestionId): StateConfig {
  return {
    tags: ['question'],
    meta: { topic: QUESTIONS.find((q) => q.id === id)?.topic },
    on: {
      ANSWER: possibleNext(id).map((next) => ({
        guard: { type: 'answerLeadsTo?', params: { question: id, next } },
        target: next,
        actions: 'recordAnswer',
      })),
      BACK: backTransitions(id),
    },
  };
}

const states = Object.fromEntries([
  ...QUESTION_IDS.map((id) => [id, questionState(id)] as const),
  ['results', { tags: ['results'], on: { BACK: backTransitions('results') } } satisfies StateConfig],
]) as StatesConfig;

export const checkMachine = machineSetup.createMachine({
  id: 'check',
  context: emptyContext,
  initial: FIRST_QUESTION,
  on: {
    RESTART: { target: `.${FIRST_QUESTION}`, actions: 'clearAll' },
    CHANGE: [...QUESTION_IDS, 'results' as const].map((at) => ({
      guard: { type: 'changeLeadsTo?' as const, params: { at } },
      target: `.${at}`,
      actions: 'applyChange' as const,
    })),
    RESTORE: [...QUESTION_IDS, 'results' as const].map((at) => ({
      guard: { type: 'restoresTo?' as const, params: { at } },
      target: `.${at}`,
      actions: 'restore' as const,
    })),
  },
  states,
});

/** Where the conversation is: a question id or 'results' (the machine is flat, so value is a string). */
export function positionOf(snapshot: { value: unknown }): CheckStateId {
  const v = snapshot.value;
  return typeof v === 'string' && (v === 'results' || (QUESTION_IDS as readonly string[]).includes(v))
    ? (v as CheckStateId)
    : FIRST_QUESTION;
}
