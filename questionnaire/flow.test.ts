import { describe, expect, it } from 'vitest';
import { createFlow, type QuestionSpec } from './flow';
import { statusFor } from './results';

/**
 * A made-up questionnaire with what the next questions need: a topic question that opens
 * several follow-ups, a question that data can answer (a county on a list answers the
 * agreement question), and a question asked only when data cannot answer it.
 */
type Q = 'county' | 'health' | 'medicaid' | 'emergency' | 'agreement' | 'field';
type A = 'yes' | 'no' | 'unsure' | 'skip' | 'c1' | 'c2';
const choices: readonly A[] = ['yes', 'no', 'unsure', 'skip'];
const opens = (parent: Q) => (a: Partial<Record<Q, A>>) => a[parent] !== undefined && a[parent] !== 'no';
const LISTED = { listed: ['c1'] };
const questions: QuestionSpec<Q, A>[] = [
  { id: 'county', kind: 'place', topic: 'place' },
  { id: 'health', kind: 'choice', topic: 'health' },
  { id: 'medicaid', kind: 'choice', topic: 'health', askedWhen: opens('health') },
  { id: 'emergency', kind: 'choice', topic: 'health', askedWhen: opens('health') },
  {
    id: 'agreement',
    kind: 'choice',
    topic: 'place',
    answeredFrom: (a, data) => (Array.isArray(data.listed) && data.listed.includes(a.county) ? 'yes' : undefined),
  },
  { id: 'field', kind: 'choice', topic: 'field' },
];
const flow = createFlow<Q, A>(
  questions,
  (q, v) => (q.kind === 'place' ? ['c1', 'c2', 'unsure', 'skip'] : (choices as readonly string[])).includes(v),
  (q) => (q.kind === 'place' ? 'skip' : 'yes'),
);

describe('flow: a topic question opens its follow-ups', () => {
  it.each([
    ['yes', ['medicaid', 'emergency']],
    ['unsure', ['medicaid', 'emergency']],
    ['skip', ['medicaid', 'emergency']],
    ['no', []],
  ] as const)('health = %s asks %j', (answer, followUps) => {
    const asked: Q[] = [];
    let at = flow.next('health', { county: 'c2', health: answer });
    while (at === 'medicaid' || at === 'emergency') {
      asked.push(at);
      at = flow.next(at, { county: 'c2', health: answer });
    }
    expect(asked).toEqual(followUps);
    expect(at).toBe('agreement');
  });

  it('drops follow-up answers once the topic is answered "No"', () => {
    expect(flow.relevant({ health: 'no', medicaid: 'yes', emergency: 'yes', field: 'no' })).toEqual({ health: 'no', field: 'no' });
  });
});

describe('flow: a question that data answers', () => {
  it('is not asked when data answers it, and its answer comes from data', () => {
    const answers = { county: 'c1', health: 'no' } as const;
    expect(flow.isAsked('agreement', answers, LISTED)).toBe(false);
    expect(flow.next('health', answers, LISTED)).toBe('field');
    expect(flow.fromData(answers, LISTED)).toEqual({ agreement: 'yes' });
  });

  it('is asked of the person when data has no answer (another county, or none given)', () => {
    expect(flow.next('health', { county: 'c2', health: 'no' }, LISTED)).toBe('agreement');
    expect(flow.next('health', { county: 'skip', health: 'no' }, LISTED)).toBe('agreement');
    expect(flow.next('health', { county: 'c1', health: 'no' })).toBe('agreement'); // no data loaded
  });

  it('ignores what the person said when data answers it, and never keeps it as theirs', () => {
    expect(flow.relevant({ county: 'c1', agreement: 'no' }, LISTED)).toEqual({ county: 'c1' });
    expect(flow.replay({ county: 'c1', health: 'no', agreement: 'no' }, LISTED)).toEqual({
      answers: { county: 'c1', health: 'no' },
      history: ['county', 'health'],
      at: 'field',
    });
  });

  it('counts one question fewer in the estimate', () => {
    expect(flow.estimateTotal([], 'county', {}, LISTED)).toBe(6);
    expect(flow.estimateTotal(['county'], 'health', { county: 'c1' }, LISTED)).toBe(5);
  });
});

describe('flow: bad definitions and bad input', () => {
  it('rejects duplicate ids and an empty questionnaire', () => {
    expect(() =>
      createFlow(
        [questions[0]!, questions[0]!],
        () => true,
        () => 'yes',
      ),
    ).toThrow(/unique/);
    expect(() =>
      createFlow<Q, A>(
        [],
        () => true,
        () => 'yes',
      ),
    ).toThrow(/at least one/);
  });
  it('says which id is unknown', () => {
    expect(() => flow.question('name' as Q)).toThrow('Unknown question id: name');
    expect(flow.isQuestionId('name')).toBe(false);
    expect(flow.isValidAnswer('health', 'c1')).toBe(false);
  });
});

describe('channels shown to everyone', () => {
  it.each([{}, { police: 'no' }, { police: 'skip' }] as const)('apply whatever the answers (%j)', (answers) => {
    expect(statusFor('everyone', answers)).toBe('applies');
  });
  it('other channels still follow their triggers', () => {
    expect(statusFor(['police'], { police: 'no' })).toBeNull();
    expect(statusFor(['police'], { police: 'unsure' })).toBe('may-apply');
  });
});
