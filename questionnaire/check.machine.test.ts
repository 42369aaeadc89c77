import { describe, expect, it } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { createTestModel, getShortestPaths, getSimplePaths } from 'xstate/graph';
import { FIRST_QUESTION, QUESTIONS, QUESTION_IDS, isValidAnswer, relevantAnswers, type AnswerValue, type QuestionId } from './questions';
import { deriveResults } from './results';
import { checkMachine, positionOf, replay, type CheckEvent } from './check.machine';

type Snap = SnapshotFrom<typeof checkMachine>;

/**
 * The questions whose answer decides whether another question is asked (topic questions):
 * found by trying, not listed by hand, so a new topic is covered as soon as it exists.
 */
const askedWith = (answers: Partial<Record<QuestionId, AnswerValue>>) => replay(answers).history.join(',');
const SAMPLE_ANSWER: Partial<Record<QuestionId, AnswerValue>> = { state: 'CA', county: '06037' };
const allYes = Object.fromEntries(QUESTION_IDS.map((q) => [q, SAMPLE_ANSWER[q] ?? 'yes'])) as Record<QuestionId, AnswerValue>;
const ROUTING = QUESTION_IDS.filter((q) =>
  (['no', 'skip'] as const).some((a) => isValidAnswer(q, a) && askedWith({ ...allYes, [q]: a }) !== askedWith(allYes)),
);

/** Answers that exercise every routing branch: "yes" opens follow-ups, "no" skips them. */
function branchingEvents(snapshot: Snap): CheckEvent[] {
  const at = positionOf(snapshot);
  if (at === 'results') return [{ type: 'BACK' }];
  const values: AnswerValue[] = at === 'state' ? ['CA', 'skip'] : at === 'county' ? ['06037', 'skip'] : ['yes', 'no'];
  return values.map((answer) => ({ type: 'ANSWER', question: at, answer }));
}
/**
 * Every branch of the routing, without multiplying paths by answers that route nowhere:
 * topic questions take "Yes", "No" and "Prefer not to say"; the others one answer each.
 */
function routingEvents(snapshot: Snap): CheckEvent[] {
  const at = positionOf(snapshot);
  if (at === 'results') return [{ type: 'BACK' }];
  const values: AnswerValue[] = at === 'state' ? ['CA', 'skip'] : ROUTING.includes(at) ? ['yes', 'no', 'skip'] : ['unsure'];
  return values.map((answer) => ({ type: 'ANSWER', question: at, answer }));
}
const byPosition = (s: Snap) => positionOf(s);
const byPositionAndAnswers = (s: Snap) => `${positionOf(s)}|${JSON.stringify(s.context.answers)}`;

function run(events: CheckEvent[]) {
  const actor = createActor(checkMachine).start();
  for (const e of events) actor.send(e);
  return actor;
}

describe('check machine: model-based paths (xstate/graph)', () => {
  it('reaches every question and the results', () => {
    const paths = getShortestPaths(checkMachine, { events: branchingEvents, serializeState: byPosition });
    const reached = new Set(paths.map((p) => positionOf(p.state)));
    expect([...reached].sort()).toEqual([...QUESTION_IDS, 'results'].sort());
  });

  it('finds the topic questions by their effect: the state (a county is asked only with one), the police chain and the two new topics', () => {
    expect(ROUTING).toEqual(['state', 'police', 'arrested', 'jail', 'immigrationCase', 'records']);
  });

  const simple = getSimplePaths(checkMachine, {
    events: (s) => routingEvents(s).filter((e) => e.type === 'ANSWER'),
    serializeState: byPositionAndAnswers,
  });
  const complete = simple.filter((p) => positionOf(p.state) === 'results');
  const lengthOf = (p: (typeof complete)[number]) => p.state.context.history.length;
  // The county is optional and, when given, answers the 287(g) question: it is not counted.
  const countedLength = (p: (typeof complete)[number]) => p.state.context.history.filter((q) => q !== 'county').length;

  it('has a path to results from every branch: the longest asks every question, the shortest only those never skipped', () => {
    expect(complete.length).toBeGreaterThan(QUESTION_IDS.length);
    const lengths = complete.map(lengthOf);
    expect(Math.max(...lengths)).toBe(QUESTION_IDS.length);
    expect(Math.min(...lengths)).toBe(QUESTIONS.filter((q) => !('askedWhen' in q)).length);
  });

  it('bounds the length: "No" to every topic question asks at most 12 questions, the longest path at most 20 (the county aside)', () => {
    const topics = ROUTING.filter((q) => q !== 'state');
    const allNo = complete.filter((p) => topics.every((q) => [undefined, 'no'].includes(p.state.context.answers[q])));
    expect(allNo.length).toBeGreaterThan(0);
    for (const p of allNo) expect(countedLength(p)).toBeLessThanOrEqual(12);
    expect(Math.max(...complete.map(countedLength))).toBeLessThanOrEqual(20);
  });

  it('"Prefer not to say" on a new topic asks none of its details; "Yes" or "Not sure" asks them all', () => {
    const details = QUESTIONS.filter((q) => 'detailOf' in q);
    expect(details.length).toBe(6);
    for (const p of complete) {
      const { answers, history } = p.state.context;
      for (const d of details) {
        const topic = answers[d.detailOf];
        expect(history.includes(d.id)).toBe(topic === 'yes' || topic === 'unsure');
      }
    }
  });

  it('every partial path can still be finished: answering "Prefer not to say" always ends in results', () => {
    for (const p of simple) {
      const actor = run(p.steps.map((s) => s.event));
      for (let i = 0; i < QUESTION_IDS.length && positionOf(actor.getSnapshot()) !== 'results'; i++) {
        const at = positionOf(actor.getSnapshot()) as QuestionId;
        actor.send({ type: 'ANSWER', question: at, answer: 'skip' });
      }
      expect(positionOf(actor.getSnapshot())).toBe('results');
    }
  });

  it('skips arrest and jail questions after "no police contact"', () => {
    for (const p of complete) {
      const { answers, history } = p.state.context;
      if (answers.police === 'no') expect(history).not.toContain('arrested');
      if (answers.arrested === 'no') expect(history).not.toContain('jail');
      if (answers.jail === 'no' || !history.includes('jail')) expect(history).not.toContain('sanctuary');
      // Context never holds an answer the routing would drop.
      expect(relevantAnswers(answers)).toEqual(answers);
    }
  });

  it('Back from any state returns to the previous question with its answer cleared', async () => {
    const model = createTestModel(checkMachine, { events: routingEvents, serializeState: byPositionAndAnswers });
    const paths = model.getShortestPaths({ events: routingEvents, allowDuplicatePaths: true });
    expect(paths.length).toBeGreaterThan(20);
    for (const path of paths) {
      const actor = createActor(checkMachine).start();
      await path.test({
        events: {
          ANSWER: ({ event }) => actor.send(event as CheckEvent),
          BACK: ({ event }) => actor.send(event as CheckEvent),
        },
        states: {
          '*': (expected) => expect(actor.getSnapshot().context).toEqual(expected.context),
        },
      });
      const before = actor.getSnapshot();
      const previous = before.context.history.at(-1);
      actor.send({ type: 'BACK' });
      const after = actor.getSnapshot();
      if (previous === undefined) {
        expect(after).toBe(before);
      } else {
        expect(positionOf(after)).toBe(previous);
        expect(after.context.answers[previous]).toBeUndefined();
        expect(after.context.history).toEqual(before.context.history.slice(0, -1));
      }
    }
  });
});

describe('check machine: events it does not expect', () => {
  const midway: CheckEvent[] = [
    { type: 'ANSWER', question: 'state', answer: 'TX' },
    { type: 'ANSWER', question: 'county', answer: 'skip' },
    { type: 'ANSWER', question: 'police', answer: 'yes' },
  ];
  const unexpected: [string, CheckEvent | { type: string; [k: string]: unknown }][] = [
    ['an answer to another question', { type: 'ANSWER', question: 'license', answer: 'yes' }],
    ['an answer that is not an option', { type: 'ANSWER', question: 'arrested', answer: 'maybe' }],
    ['a place answer to a yes/no question', { type: 'ANSWER', question: 'arrested', answer: 'CA' }],
    ['a county code to a yes/no question', { type: 'ANSWER', question: 'arrested', answer: '48167' }],
    ['new data that is not a record', { type: 'DATA', data: ['TX'] as unknown as Record<string, unknown> }],
    ['an unknown question id', { type: 'ANSWER', question: 'name', answer: 'yes' }],
    ['an unknown event type', { type: 'DELETE_EVERYTHING' }],
    ['an answer without fields', { type: 'ANSWER' } as unknown as CheckEvent],
    ['a restore without answers', { type: 'RESTORE' }],
    ['a restore with a list instead of answers', { type: 'RESTORE', answers: ['yes'] }],
  ];
  it.each(unexpected)('ignores %s without changing state', (_, event) => {
    // Deliberately malformed events, as a buggy caller or a tampered page could send.
    const actor = run(midway);
    const before = actor.getSnapshot();
    actor.send(event as CheckEvent);
    expect(positionOf(actor.getSnapshot())).toBe('arrested');
    expect(actor.getSnapshot().context).toEqual(before.context);
  });

  it('ignores Back on the first question', () => {
    const actor = run([]);
    actor.send({ type: 'BACK' });
    expect(positionOf(actor.getSnapshot())).toBe('state');
    expect(actor.getSnapshot().context).toEqual({ answers: {}, history: [], dropped: [], at: FIRST_QUESTION, data: {} });
  });

  it('ignores answers once the results are shown', () => {
    const actor = run(
      replayEvents({
        state: 'skip',
        police: 'no',
        agreement287g: 'no',
        probation: 'no',
        ...NEW_TOPICS_NO,
        license: 'no',
        gang: 'no',
        field: 'no',
      }),
    );
    expect(positionOf(actor.getSnapshot())).toBe('results');
    const before = actor.getSnapshot().context;
    actor.send({ type: 'ANSWER', question: 'field', answer: 'yes' });
    expect(positionOf(actor.getSnapshot())).toBe('results');
    expect(actor.getSnapshot().context).toEqual(before);
  });
});

describe('check machine: Start over and restore', () => {
  it('Start over from anywhere clears every answer', () => {
    const actor = run(replayEvents({ state: 'NY', police: 'yes', arrested: 'yes' }));
    actor.send({ type: 'RESTART' });
    expect(positionOf(actor.getSnapshot())).toBe('state');
    expect(actor.getSnapshot().context).toEqual({ answers: {}, history: [], dropped: [], at: FIRST_QUESTION, data: {} });
  });

  it('restores a conversation from answers, dropping invalid and irrelevant ones', () => {
    const actor = run([
      {
        type: 'RESTORE',
        // A Texas county for a Californian is dropped like any invalid answer.
        answers: { state: 'CA', county: '48167', police: 'no', arrested: 'yes', agreement287g: 'banana' as AnswerValue, license: 'yes' },
      },
    ]);
    const snap = actor.getSnapshot();
    expect(positionOf(snap)).toBe('county');
    // The later, still-relevant answers are kept and passed over when their turn comes.
    expect(snap.context).toEqual({
      answers: { state: 'CA', police: 'no', license: 'yes' },
      history: ['state'],
      dropped: [],
      at: 'county',
      data: {},
    });
    actor.send({ type: 'ANSWER', question: 'county', answer: 'unsure' });
    expect(positionOf(actor.getSnapshot())).toBe('agreement287g');
    actor.send({ type: 'ANSWER', question: 'agreement287g', answer: 'no' });
    actor.send({ type: 'ANSWER', question: 'probation', answer: 'no' });
    actor.send({ type: 'ANSWER', question: 'immigrationCase', answer: 'no' });
    actor.send({ type: 'ANSWER', question: 'records', answer: 'no' });
    expect(positionOf(actor.getSnapshot())).toBe('car');
    expect(actor.getSnapshot().context.history).toEqual([
      'state',
      'county',
      'police',
      'agreement287g',
      'probation',
      'immigrationCase',
      'records',
      'license',
    ]);
  });

  it('restoring a complete conversation lands on the same results', () => {
    const answers = {
      state: 'IL',
      county: 'skip',
      police: 'yes',
      arrested: 'yes',
      jail: 'yes',
      sanctuary: 'yes',
      agreement287g: 'no',
      probation: 'yes',
      immigrationCase: 'yes',
      uscis: 'unsure',
      checkins: 'yes',
      court: 'no',
      records: 'skip',
      license: 'unsure',
      car: 'yes',
      sponsor: 'no',
      gang: 'no',
      field: 'skip',
    } as const;
    const direct = run(replayEvents(answers));
    const restored = run([{ type: 'RESTORE', answers }]);
    expect(positionOf(restored.getSnapshot())).toBe('results');
    expect(restored.getSnapshot().context).toEqual(direct.getSnapshot().context);
    expect(deriveResults(restored.getSnapshot().context.answers)).toEqual(deriveResults(answers));
  });
});

/** "No" to the questions added in 2026 that are asked of everyone (topics and stand-alone ones). */
const NEW_TOPICS_NO = { immigrationCase: 'no', records: 'no', car: 'no', sponsor: 'no' } as const;

/** The ANSWER events that give these answers, in the order the machine asks. */
function replayEvents(answers: Partial<Record<QuestionId, AnswerValue>>): CheckEvent[] {
  const { history } = replay(answers);
  return history.map((q) => ({ type: 'ANSWER', question: q, answer: answers[q] as AnswerValue }));
}

describe('check machine: changing an earlier answer (review and edit)', () => {
  const full = {
    state: 'TX',
    county: 'unsure',
    police: 'yes',
    arrested: 'yes',
    jail: 'yes',
    sanctuary: 'no',
    agreement287g: 'unsure',
    probation: 'no',
    ...NEW_TOPICS_NO,
    license: 'yes',
    gang: 'no',
    field: 'no',
  } as const;

  it('keeps the answers that are still relevant and names the ones dropped', () => {
    const actor = run(replayEvents(full));
    expect(positionOf(actor.getSnapshot())).toBe('results');
    actor.send({ type: 'CHANGE', question: 'police', answer: 'no' });
    const { context } = actor.getSnapshot();
    expect(positionOf(actor.getSnapshot())).toBe('results');
    expect(context.dropped).toEqual(['arrested', 'jail', 'sanctuary']);
    expect(context.answers).toEqual({
      state: 'TX',
      county: 'unsure',
      police: 'no',
      agreement287g: 'unsure',
      probation: 'no',
      ...NEW_TOPICS_NO,
      license: 'yes',
      gang: 'no',
      field: 'no',
    });
    expect(deriveResults(context.answers).map((r) => r.channel)).toEqual(['dmv-records', 'data-brokers', '287g']);
  });

  it('goes to the first question a change opens up', () => {
    const actor = run(replayEvents({ ...full, police: 'no' }));
    actor.send({ type: 'CHANGE', question: 'police', answer: 'yes' });
    expect(positionOf(actor.getSnapshot())).toBe('arrested');
    expect(actor.getSnapshot().context.answers.license).toBe('yes');
    // Answering it passes over the answers kept from before, straight to the results.
    actor.send({ type: 'ANSWER', question: 'arrested', answer: 'no' });
    expect(positionOf(actor.getSnapshot())).toBe('results');
    expect(actor.getSnapshot().context.history).toEqual([
      'state',
      'county',
      'police',
      'arrested',
      'agreement287g',
      'probation',
      'immigrationCase',
      'records',
      'license',
      'car',
      'sponsor',
      'gang',
      'field',
    ]);
    // Back from there undoes the answers in the order they are asked.
    actor.send({ type: 'BACK' });
    expect(positionOf(actor.getSnapshot())).toBe('field');
  });

  it('ignores a change to a question never answered, or to an invalid answer', () => {
    const actor = run(replayEvents({ state: 'CA', police: 'no' }));
    const before = actor.getSnapshot();
    actor.send({ type: 'CHANGE', question: 'license', answer: 'yes' });
    actor.send({ type: 'CHANGE', question: 'police', answer: 'perhaps' as AnswerValue });
    expect(positionOf(actor.getSnapshot())).toBe(positionOf(before));
    expect(actor.getSnapshot().context).toEqual(before.context);
  });
});
