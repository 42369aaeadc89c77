/**
 * The questionnaire's structure: which questions exist, in what order, which
 * answers each takes, and when a question is skipped. Pure data and functions,
 * shared by the machine (routing guards) and by deriveResults (which ignores
 * answers to questions the routing would not ask).
 */
import { JURISDICTION_CODES, type JurisdictionCode } from './jurisdictions';

export const CHOICES = ['yes', 'no', 'unsure', 'skip'] as const;
export type Choice = (typeof CHOICES)[number];
/** "Not sure" and "Prefer not to say": answers that keep a channel open as "may apply". */
export const UNKNOWN_CHOICES: readonly Choice[] = ['unsure', 'skip'];

export const QUESTION_IDS = [
  'state',
  'police',
  'arrested',
  'jail',
  'sanctuary',
  'agreement287g',
  'probation',
  'license',
  'gang',
  'field',
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

/** The state question takes a jurisdiction code or one of the two "unknown" answers. */
export type PlaceAnswer = JurisdictionCode | 'unsure' | 'skip';
export type AnswerValue = Choice | PlaceAnswer;
export type Answers = Partial<Record<QuestionId, AnswerValue>>;

export type QuestionKind = 'choice' | 'place';

export interface QuestionDef {
  id: QuestionId;
  kind: QuestionKind;
  /** The topic the question belongs to (used to group states and the review list). */
  topic: 'place' | 'police' | 'supervision' | 'dmv' | 'gang' | 'field';
  /** Asked only when this returns true for the answers so far. */
  askedWhen?: (answers: Answers) => boolean;
}

const answered = (a: Answers, q: QuestionId, ...values: AnswerValue[]) => {
  const v = a[q];
  return v !== undefined && values.includes(v);
};
/** A follow-up is asked when its parent was asked and not answered "No". */
const followsUp = (parent: QuestionId) => (a: Answers) =>
  isAsked(parent, a) && a[parent] !== undefined && !answered(a, parent, 'no');

export const QUESTIONS: readonly QuestionDef[] = [
  { id: 'state', kind: 'place', topic: 'place' },
  { id: 'police', kind: 'choice', topic: 'police' },
  // No police contact: no arrest or jail questions.
  { id: 'arrested', kind: 'choice', topic: 'police', askedWhen: followsUp('police') },
  { id: 'jail', kind: 'choice', topic: 'police', askedWhen: followsUp('arrested') },
  // Local policy changes what a jail does; it only matters to someone who may have been held.
  { id: 'sanctuary', kind: 'choice', topic: 'place', askedWhen: followsUp('jail') },
  { id: 'agreement287g', kind: 'choice', topic: 'place' },
  { id: 'probation', kind: 'choice', topic: 'supervision' },
  { id: 'license', kind: 'choice', topic: 'dmv' },
  { id: 'gang', kind: 'choice', topic: 'gang' },
  { id: 'field', kind: 'choice', topic: 'field' },
];

const byId = new Map(QUESTIONS.map((q) => [q.id, q]));

export function question(id: QuestionId): QuestionDef {
  const q = byId.get(id);
  if (!q) throw new Error(`Unknown question id: ${id}`);
  return q;
}

export function isQuestionId(value: unknown): value is QuestionId {
  return typeof value === 'string' && byId.has(value as QuestionId);
}

/** Whether the routing asks question `id`, given the answers so far. */
export function isAsked(id: QuestionId, answers: Answers): boolean {
  const q = question(id);
  return q.askedWhen ? q.askedWhen(answers) : true;
}

/** The answer ids a question accepts. */
export function optionsFor(id: QuestionId): readonly AnswerValue[] {
  return question(id).kind === 'place' ? [...JURISDICTION_CODES, 'unsure', 'skip'] : CHOICES;
}

export function isValidAnswer(id: QuestionId, value: unknown): value is AnswerValue {
  return typeof value === 'string' && (optionsFor(id) as readonly string[]).includes(value);
}

/** The question asked after `from` (or the first one when `from` is null), or 'results'. */
export function nextQuestion(from: QuestionId | null, answers: Answers): QuestionId | 'results' {
  const start = from === null ? 0 : QUESTION_IDS.indexOf(from) + 1;
  for (const id of QUESTION_IDS.slice(start)) {
    if (isAsked(id, answers)) return id;
  }
  return 'results';
}

/**
 * The next question still to answer after `from`: answers already given to later questions
 * (kept when an earlier answer was changed) are passed over, and listed in `passed`.
 */
export function nextOpenQuestion(from: QuestionId, answers: Answers): { at: QuestionId | 'results'; passed: QuestionId[] } {
  const passed: QuestionId[] = [];
  let at = nextQuestion(from, answers);
  while (at !== 'results' && answers[at] !== undefined) {
    passed.push(at);
    at = nextQuestion(at, answers);
  }
  return { at, passed };
}

export const FIRST_QUESTION: QuestionId = QUESTION_IDS[0];

/**
 * Keeps only valid answers to questions that the routing asks, in order. An answer
 * to a question the routing skips (e.g. "arrested" after "no police contact") is
 * dropped, so results never depend on answers the person was not asked for.
 */
export function relevantAnswers(answers: Answers): Answers {
  const kept: Answers = {};
  for (const id of QUESTION_IDS) {
    const v = answers[id];
    if (v === undefined || !isValidAnswer(id, v)) continue;
    if (isAsked(id, kept)) kept[id] = v;
  }
  return kept;
}

/** The questions still to come after `current`, assuming unanswered ones will be asked. */
export function estimateTotal(history: readonly QuestionId[], current: QuestionId | 'results', answers: Answers): number {
  if (current === 'results') return history.length;
  // Assume every unanswered question opens its follow-ups; answers given already decide the rest.
  const probe: Answers = { ...answers };
  for (const q of QUESTION_IDS) probe[q] ??= q === 'state' ? 'skip' : 'yes';
  const later = QUESTION_IDS.slice(QUESTION_IDS.indexOf(current) + 1).filter((id) => isAsked(id, probe));
  return history.length + 1 + later.length;
}
