/**
 * The routing engine: given an ordered list of questions, which question comes next, which
 * answers still count, and how far along the person is. Generic over the question ids so
 * that the rules can be tested on small made-up questionnaires (flow.test.ts) as well as on
 * the real one (questions.ts). Pure: no Node, no DOM, ids only.
 */

/** How a question is answered. Each kind has one answer component (features/check/answer-kinds.tsx). */
export type AnswerKind = 'choice' | 'place' | 'county';

/** Facts the app holds that can answer a question for the person (e.g. a county's 287(g) agreements). */
export type QuestionData = Readonly<Record<string, unknown>>;

export interface QuestionSpec<Q extends string, A extends string = string> {
  id: Q;
  kind: AnswerKind;
  /** The topic the question belongs to (groups the review list and the machine's meta). */
  topic: string;
  /** Asked only when this returns true for the answers so far (a follow-up to a topic question). */
  askedWhen?: (answers: Partial<Record<Q, A>>) => boolean;
  /**
   * The topic question this one details (e.g. "USCIS application" under "immigration case").
   * Results read it: when the topic's answer keeps the details from being asked ("Prefer not
   * to say"), the detail's flows are shown through the topic's answer.
   */
  detailOf?: Q;
  /**
   * Answered from data rather than by the person: when this returns an answer, the question
   * is not asked and the answer counts as if given.
   */
  answeredFrom?: (answers: Partial<Record<Q, A>>, data: QuestionData) => A | undefined;
}

export interface Flow<Q extends string, A extends string> {
  ids: readonly Q[];
  first: Q;
  question(id: Q): QuestionSpec<Q, A>;
  isQuestionId(value: unknown): value is Q;
  /** Whether `value` answers `id`, given the answers before it and the data (a county must be of the state named). */
  isValidAnswer(id: Q, value: unknown, answers?: Partial<Record<Q, A>>, data?: QuestionData): value is A;
  /** Whether the person is asked `id`, given the answers so far (false when data answers it). */
  isAsked(id: Q, answers: Partial<Record<Q, A>>, data?: QuestionData): boolean;
  /** The question asked after `from` (or the first one when `from` is null), or null at the end. */
  next(from: Q | null, answers: Partial<Record<Q, A>>, data?: QuestionData): Q | null;
  /** The first question after `from` still to answer: answers kept from an earlier edit are passed over. */
  nextOpen(from: Q | null, answers: Partial<Record<Q, A>>, data?: QuestionData): { at: Q | null; passed: Q[] };
  /** Only the valid answers to questions the routing asks, in order. */
  relevant(answers: Partial<Record<Q, A>>, data?: QuestionData): Partial<Record<Q, A>>;
  /** The answers that data gives (questions not asked because data answers them). */
  fromData(answers: Partial<Record<Q, A>>, data?: QuestionData): Partial<Record<Q, A>>;
  /** Rebuilds a conversation from answers alone: where it stands and the questions answered before. */
  replay(answers: Partial<Record<Q, A>>, data?: QuestionData): { answers: Partial<Record<Q, A>>; history: Q[]; at: Q | null };
  /** How many questions this conversation will have, assuming unanswered ones open their follow-ups. */
  estimateTotal(history: readonly Q[], at: Q | null, answers: Partial<Record<Q, A>>, data?: QuestionData): number;
}

const NO_DATA: QuestionData = {};

/**
 * Builds the routing for an ordered list of questions. `accepts` says whether a value answers
 * a question, given the answers before it and the data (most kinds take a fixed list of ids;
 * a county must be one of the state named); `probe` is the answer that opens the most
 * follow-ups (for estimates).
 */
export function createFlow<Q extends string, A extends string>(
  questions: readonly QuestionSpec<Q, A>[],
  accepts: (q: QuestionSpec<Q, A>, value: string, answers: Partial<Record<Q, A>>, data: QuestionData) => boolean,
  probe: (q: QuestionSpec<Q, A>) => A,
): Flow<Q, A> {
  const ids = questions.map((q) => q.id);
  const byId = new Map(questions.map((q) => [q.id, q]));
  if (byId.size !== ids.length) throw new Error('Question ids must be unique');
  const first = ids[0];
  if (first === undefined) throw new Error('A flow needs at least one question');

  const question = (id: Q) => {
    const q = byId.get(id);
    if (!q) throw new Error(`Unknown question id: ${id}`);
    return q;
  };
  const isQuestionId = (value: unknown): value is Q => typeof value === 'string' && byId.has(value as Q);
  const isValidAnswer = (id: Q, value: unknown, answers: Partial<Record<Q, A>> = {}, data = NO_DATA): value is A =>
    typeof value === 'string' && accepts(question(id), value, answers, data);

  /** Whether the routing reaches `id` at all (asked by the person, or answered by data). */
  const isReached = (id: Q, answers: Partial<Record<Q, A>>) => question(id).askedWhen?.(answers) ?? true;
  const dataAnswer = (id: Q, answers: Partial<Record<Q, A>>, data: QuestionData) => {
    const v = question(id).answeredFrom?.(answers, data);
    return v !== undefined && isValidAnswer(id, v, answers, data) ? v : undefined;
  };

  /** The person's relevant answers plus what data answers, in question order. */
  function resolve(answers: Partial<Record<Q, A>>, data: QuestionData) {
    const kept: Partial<Record<Q, A>> = {};
    const derived: Partial<Record<Q, A>> = {};
    for (const id of ids) {
      if (!isReached(id, kept)) continue;
      const fromData = dataAnswer(id, kept, data);
      if (fromData !== undefined) {
        kept[id] = derived[id] = fromData;
        continue;
      }
      const v = answers[id];
      if (v !== undefined && isValidAnswer(id, v, kept, data)) kept[id] = v;
    }
    return { kept, derived };
  }

  const isAsked = (id: Q, answers: Partial<Record<Q, A>>, data = NO_DATA) =>
    isReached(id, answers) && dataAnswer(id, answers, data) === undefined;

  function next(from: Q | null, answers: Partial<Record<Q, A>>, data = NO_DATA): Q | null {
    const all = resolve(answers, data).kept;
    const start = from === null ? 0 : ids.indexOf(from) + 1;
    for (const id of ids.slice(start)) if (isAsked(id, all, data)) return id;
    return null;
  }

  function nextOpen(from: Q | null, answers: Partial<Record<Q, A>>, data = NO_DATA) {
    const passed: Q[] = [];
    let at = next(from, answers, data);
    while (at !== null && answers[at] !== undefined) {
      passed.push(at);
      at = next(at, answers, data);
    }
    return { at, passed };
  }

  function relevant(answers: Partial<Record<Q, A>>, data = NO_DATA) {
    const { kept, derived } = resolve(answers, data);
    for (const id of Object.keys(derived) as Q[]) delete kept[id];
    return kept;
  }

  function replay(answers: Partial<Record<Q, A>>, data = NO_DATA) {
    const kept = relevant(answers, data);
    const { passed, at } = nextOpen(null, kept, data);
    return { answers: kept, history: passed, at };
  }

  function estimateTotal(history: readonly Q[], at: Q | null, answers: Partial<Record<Q, A>>, data = NO_DATA) {
    if (at === null) return history.length;
    // Assume every unanswered question opens its follow-ups; answers given already decide the rest.
    const probed: Partial<Record<Q, A>> = { ...answers };
    for (const q of questions) probed[q.id] ??= probe(q);
    const reached = resolve(probed, data).kept;
    const later = ids.slice(ids.indexOf(at) + 1).filter((id) => isAsked(id, reached, data));
    return history.length + 1 + later.length;
  }

  return {
    ids,
    first,
    question,
    isQuestionId,
    isValidAnswer,
    isAsked,
    next,
    nextOpen,
    relevant,
    fromData: (answers, data = NO_DATA) => resolve(answers, data).derived,
    replay,
    estimateTotal,
  };
}
