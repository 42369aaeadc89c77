/**
 * The conversation as a machine: ask a question, take an answer, go back, show the results.
 *
 * A compact, explicit design: two states, `asking` and `results`. Which question is being
 * asked is `context.at`, and which comes next is decided by the question list
 * (questions.ts), the one place that reads like the conversation. A generated state per
 * question repeated that list as 133 guarded transitions; here each event has one rule.
 * The machine holds ids only (question ids, answer ids), never text.
 */
import { assertEvent, assign, setup } from 'xstate';
import {
  FLOW,
  QUESTION_IDS,
  isQuestionId,
  isValidAnswer,
  type AnswerValue,
  type Answers,
  type QuestionData,
  type QuestionId,
} from './questions';

export interface CheckContext {
  answers: Answers;
  /** Questions answered, in the order asked: Back pops from here. */
  history: QuestionId[];
  /** Answers the last CHANGE made irrelevant and dropped (so the UI can say which). */
  dropped: QuestionId[];
  /** The question being asked; null once every question is answered. */
  at: QuestionId | null;
  /** Facts that can answer a question for the person (see QuestionSpec.answeredFrom). */
  data: QuestionData;
}

export type CheckEvent =
  | { type: 'ANSWER'; question: QuestionId; answer: AnswerValue }
  | { type: 'BACK' }
  | { type: 'RESTART' }
  /** Change an earlier answer (review and edit): keeps every answer still relevant, drops the rest. */
  | { type: 'CHANGE'; question: QuestionId; answer: AnswerValue }
  /** Replace the whole conversation, e.g. from a saved session; answers are re-validated. */
  | { type: 'RESTORE'; answers: Answers }
  /**
   * New facts arrived (a place's file, loaded when the state is chosen): they replace
   * `context.data`, and the conversation is replayed with them, so a question they answer
   * is no longer asked and an answer they rule out (a county not on the list) is dropped.
   */
  | { type: 'DATA'; data: QuestionData };

export type CheckStateId = QuestionId | 'results';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Rebuilds the conversation from answers alone: keeps every valid answer the routing still
 * asks for, puts the person at the first question left unanswered (or the results), and
 * makes history the answered questions before that point, in the order asked.
 */
export function replay(answers: Answers, data?: QuestionData): Pick<CheckContext, 'answers' | 'history' | 'at'> {
  return FLOW.replay(isRecord(answers) ? answers : {}, data);
}

const fresh = (data: QuestionData = {}): CheckContext => ({ ...replay({}, data), dropped: [], data });

export const checkMachine = setup({
  types: {
    context: {} as CheckContext,
    events: {} as CheckEvent,
  },
  guards: {
    'isAnswerToCurrentQuestion?': ({ context, event }) => {
      assertEvent(event, 'ANSWER');
      return event.question === context.at && isValidAnswer(event.question, event.answer, context.answers, context.data);
    },
    'hasAnswered?': ({ context }) => context.history.length > 0,
    'changesAGivenAnswer?': ({ context, event }) => {
      assertEvent(event, 'CHANGE');
      return (
        isQuestionId(event.question) &&
        context.answers[event.question] !== undefined &&
        isValidAnswer(event.question, event.answer, context.answers, context.data)
      );
    },
    'isSavedConversation?': ({ event }) => {
      assertEvent(event, 'RESTORE');
      return isRecord(event.answers);
    },
    'isData?': ({ event }) => {
      assertEvent(event, 'DATA');
      return isRecord(event.data);
    },
    'isEveryQuestionAnswered?': ({ context }) => context.at === null,
  },
  actions: {
    recordAnswer: assign(({ context, event }) => {
      assertEvent(event, 'ANSWER');
      const answers = { ...context.answers, [event.question]: event.answer };
      // Answers kept from an earlier edit are passed over, and join history in order.
      const { at, passed } = FLOW.nextOpen(event.question, answers, context.data);
      return { answers, history: [...context.history, event.question, ...passed], at, dropped: [] };
    }),
    forgetLastAnswer: assign(({ context }) => {
      const last = context.history.at(-1);
      if (last === undefined) return {};
      const answers = { ...context.answers };
      delete answers[last];
      return { answers, history: context.history.slice(0, -1), at: last, dropped: [] };
    }),
    applyChange: assign(({ context, event }) => {
      assertEvent(event, 'CHANGE');
      const next = replay({ ...context.answers, [event.question]: event.answer }, context.data);
      const dropped = QUESTION_IDS.filter((q) => context.answers[q] !== undefined && next.answers[q] === undefined);
      return { ...next, dropped };
    }),
    restore: assign(({ context, event }) => {
      assertEvent(event, 'RESTORE');
      return { ...replay(event.answers, context.data), dropped: [] };
    }),
    clearAll: assign(({ context }) => fresh(context.data)),
    takeData: assign(({ context, event }) => {
      assertEvent(event, 'DATA');
      const next = replay(context.answers, event.data);
      const dropped = QUESTION_IDS.filter((q) => context.answers[q] !== undefined && next.answers[q] === undefined);
      return { ...next, dropped, data: event.data };
    }),
  },
}).createMachine({
  id: 'check',
  // Optional input `{ data }`: facts that can answer questions (createActor(checkMachine, { input: { data } })).
  context: ({ input }) => fresh(isRecord(input) && isRecord(input.data) ? input.data : {}),
  initial: 'asking',
  states: {
    asking: {
      tags: ['question'],
      always: { guard: 'isEveryQuestionAnswered?', target: 'results' },
      on: {
        ANSWER: { guard: 'isAnswerToCurrentQuestion?', actions: 'recordAnswer' },
        BACK: { guard: 'hasAnswered?', actions: 'forgetLastAnswer' },
      },
    },
    results: {
      tags: ['results'],
      on: {
        BACK: { guard: 'hasAnswered?', target: 'asking', actions: 'forgetLastAnswer' },
      },
    },
  },
  on: {
    RESTART: { target: '.asking', actions: 'clearAll' },
    CHANGE: { guard: 'changesAGivenAnswer?', target: '.asking', actions: 'applyChange' },
    RESTORE: { guard: 'isSavedConversation?', target: '.asking', actions: 'restore' },
    DATA: { guard: 'isData?', target: '.asking', actions: 'takeData' },
  },
});

/** Where the conversation is: the question being asked, or 'results'. */
export function positionOf(snapshot: { value: unknown; context: Pick<CheckContext, 'at'> }): CheckStateId {
  return snapshot.value === 'results' || snapshot.context.at === null ? 'results' : snapshot.context.at;
}
