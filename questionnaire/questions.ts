/**
 * The conversation, in the order it is asked: which questions exist, what each takes, and
 * when a follow-up is skipped. This list is the one source of the order: the machine, the
 * results, the navigator and the tests read it. The words live in content/locales.
 */
import { createFlow, type AnswerKind, type QuestionData, type QuestionSpec } from './flow';
import { agreementFromList, countyFits } from './counties';
import { JURISDICTION_CODES, hasCounties, type JurisdictionCode } from './jurisdictions';

export type { AnswerKind, QuestionData } from './flow';

export const CHOICES = ['yes', 'no', 'unsure', 'skip'] as const;
export type Choice = (typeof CHOICES)[number];
/** "Not sure" and "Prefer not to say": answers that keep a channel open as "may apply". */
export const UNKNOWN_CHOICES: readonly Choice[] = ['unsure', 'skip'];

/** The state question takes a jurisdiction code or one of the two "unknown" answers. */
export type PlaceAnswer = JurisdictionCode | 'unsure' | 'skip';
/** The county question takes a county's five-digit FIPS code (of the state named) or an "unknown" answer. */
export type CountyAnswer = `${number}` | 'unsure' | 'skip';
export type AnswerValue = Choice | PlaceAnswer | CountyAnswer;

/** A follow-up is asked when its topic question was answered, and not with "No". */
const followsUp =
  <Q extends string>(parent: Q) =>
  (answers: Partial<Record<Q, AnswerValue>>) =>
    answers[parent] !== undefined && opensFollowUps(answers[parent]);

/**
 * A detail of a topic question is asked when the topic is "Yes" or "Not sure". "Prefer not to
 * say" on the topic asks none of its details: the topic's answer stands for all of them
 * (results.ts shows each detail's flows as "may apply").
 */
const detailsOf = <Q extends string>(topic: Q) => ({
  detailOf: topic,
  askedWhen: (answers: Partial<Record<Q, AnswerValue>>) => answers[topic] === 'yes' || answers[topic] === 'unsure',
});

export const QUESTIONS = [
  { id: 'state', kind: 'place', topic: 'place' },
  // Optional: with a county, ICE's list answers the 287(g) question (questionnaire/counties.ts).
  {
    id: 'county',
    kind: 'county',
    topic: 'place',
    askedWhen: (answers: Partial<Record<string, AnswerValue>>) => hasCounties(answers.state),
  },
  { id: 'police', kind: 'choice', topic: 'police' },
  // No police contact: no arrest or jail questions.
  { id: 'arrested', kind: 'choice', topic: 'police', askedWhen: followsUp('police') },
  { id: 'jail', kind: 'choice', topic: 'police', askedWhen: followsUp('arrested') },
  // Local policy changes what a jail does; it only matters to someone who may have been held.
  { id: 'sanctuary', kind: 'choice', topic: 'place', askedWhen: followsUp('jail') },
  {
    id: 'agreement287g',
    kind: 'choice',
    topic: 'place',
    answeredFrom: (answers: Partial<Record<string, AnswerValue>>, data: QuestionData) => agreementFromList(answers, data),
  },
  { id: 'probation', kind: 'choice', topic: 'supervision' },
  // An immigration case, application, court date or ICE check-in, then which of them.
  { id: 'immigrationCase', kind: 'choice', topic: 'case' },
  { id: 'uscis', kind: 'choice', topic: 'case', ...detailsOf('immigrationCase') },
  { id: 'checkins', kind: 'choice', topic: 'case', ...detailsOf('immigrationCase') },
  { id: 'court', kind: 'choice', topic: 'case', ...detailsOf('immigrationCase') },
  // Taxes, Medicaid or Social Security, then which of them.
  { id: 'records', kind: 'choice', topic: 'records' },
  { id: 'taxes', kind: 'choice', topic: 'records', ...detailsOf('records') },
  { id: 'medicaid', kind: 'choice', topic: 'records', ...detailsOf('records') },
  { id: 'ssn', kind: 'choice', topic: 'records', ...detailsOf('records') },
  { id: 'license', kind: 'choice', topic: 'dmv' },
  { id: 'car', kind: 'choice', topic: 'dmv' },
  { id: 'sponsor', kind: 'choice', topic: 'family' },
  { id: 'gang', kind: 'choice', topic: 'gang' },
  { id: 'field', kind: 'choice', topic: 'field' },
] as const satisfies readonly QuestionSpec<string, AnswerValue>[];

export type QuestionId = (typeof QUESTIONS)[number]['id'];
export type Answers = Partial<Record<QuestionId, AnswerValue>>;
export type QuestionDef = QuestionSpec<QuestionId, AnswerValue>;

/** The answer ids each kind of question takes (a county also takes its state's county codes). */
export const ANSWER_OPTIONS: Record<AnswerKind, readonly AnswerValue[]> = {
  choice: CHOICES,
  place: [...JURISDICTION_CODES, 'unsure', 'skip'],
  county: ['unsure', 'skip'],
};

function accepts(q: QuestionDef, value: string, answers: Answers, data: QuestionData): boolean {
  if ((ANSWER_OPTIONS[q.kind] as readonly string[]).includes(value)) return true;
  return q.kind === 'county' && countyFits(value, answers.state, data);
}

/** Any answer but "No" opens a topic's follow-ups and the flow it names ("Not sure" may apply). */
export function opensFollowUps(answer: AnswerValue): boolean {
  return answer !== 'no';
}

const FLOW = createFlow<QuestionId, AnswerValue>(QUESTIONS as readonly QuestionDef[], accepts, (q) =>
  q.kind === 'choice' ? 'yes' : 'skip',
);

export const QUESTION_IDS: readonly QuestionId[] = FLOW.ids;
export const FIRST_QUESTION: QuestionId = FLOW.first;
export const question = FLOW.question;
export const isQuestionId = FLOW.isQuestionId;
export const isValidAnswer = FLOW.isValidAnswer;

/** Whether the routing asks question `id`, given the answers so far. */
export const isAsked = (id: QuestionId, answers: Answers, data?: QuestionData) => FLOW.isAsked(id, answers, data);
/** The question asked after `from` (or the first one when `from` is null), or 'results'. */
export const nextQuestion = (from: QuestionId | null, answers: Answers, data?: QuestionData): QuestionId | 'results' =>
  FLOW.next(from, answers, data) ?? 'results';
/**
 * Keeps only valid answers to questions that the routing asks, in order. An answer to a
 * question the routing skips (e.g. "arrested" after "no police contact") is dropped, so
 * results never depend on answers the person was not asked for.
 */
export const relevantAnswers = (answers: Answers, data?: QuestionData): Answers => FLOW.relevant(answers, data);

export { FLOW };
