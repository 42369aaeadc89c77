import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersArb } from './arbitraries';
import { CHANNEL_IDS } from './channels';
import type { HelpEntry } from './counties';
import { RANK, STEP_KINDS, STEP_RULES, nextSteps, type NextStep } from './next-steps';
import type { StateActionItem } from './places';
import type { Answers } from './questions';
import { deriveResults } from './results';

const source = { title: 'A law', publisher: 'A state', url: 'https://example.gov/law', date: '2024-01-01' };
const item = (channel: StateActionItem['channel'], en: string, linked = true): StateActionItem => {
  const { url, ...unlinked } = source;
  return { channel, text: { en }, asOf: '2024-01-01', sources: [linked ? { ...unlinked, url } : unlinked] };
};
const hotline = (phone: string, covers: HelpEntry['covers'] = 'statewide'): HelpEntry => ({
  kind: 'hotline',
  name: `Network ${phone}`,
  phone,
  covers,
  source: { publisher: 'Network', title: 'Our hotline', url: 'https://network.example/', date: '2026-11-26' },
});
const legal: HelpEntry = {
  kind: 'legal',
  name: 'List',
  url: 'https://www.justice.gov/eoir/list-pro-bono-legal-service-providers',
  covers: 'statewide',
  source: { publisher: 'DOJ', title: 'List', date: '2026-11-26' },
};

const kinds = (steps: NextStep[]) => steps.map((s) => s.key);
const stepsFor = (answers: Answers, extra: { stateItems?: StateActionItem[]; help?: HelpEntry[] } = {}) =>
  nextSteps({ results: deriveResults(answers), answers, ...extra });

describe('nextSteps: which steps, in which order (table)', () => {
  const rows: { who: string; answers: Answers; extra?: Parameters<typeof stepsFor>[1]; expected: string[] }[] = [
    {
      who: 'nothing applies: a lawyer and the card, for anyone',
      answers: {
        police: 'no',
        probation: 'no',
        immigrationCase: 'no',
        records: 'no',
        license: 'no',
        car: 'no',
        sponsor: 'no',
        gang: 'no',
        field: 'no',
      },
      expected: ['legal-help', 'rights-card'],
    },
    {
      who: 'only paths no rule answers (tax data): still a lawyer and the card, never an empty list',
      answers: {
        police: 'no',
        probation: 'no',
        immigrationCase: 'no',
        records: 'yes',
        taxes: 'yes',
        medicaid: 'no',
        ssn: 'no',
        license: 'no',
        car: 'no',
        sponsor: 'no',
        gang: 'no',
        field: 'no',
      },
      expected: ['legal-help', 'rights-card'],
    },
    {
      who: 'a court date comes first, then a lawyer, the plan and the immigration file',
      answers: { immigrationCase: 'yes', court: 'yes', uscis: 'no', checkins: 'no' },
      expected: ['court-status', 'legal-help', 'family-plan', 'immigration-file'],
    },
    {
      who: 'stopped on the street: the card, then the FBI record',
      answers: { police: 'yes', arrested: 'no' },
      expected: ['rights-card', 'fbi-record'],
    },
    {
      who: 'arrested and jailed (the Texas persona): lawyer, plan, card, FBI record',
      answers: { police: 'yes', arrested: 'yes', jail: 'yes', agreement287g: 'unsure', license: 'yes' },
      expected: ['legal-help', 'family-plan', 'rights-card', 'fbi-record'],
    },
    {
      who: 'a path that applies outranks one that only may apply: the card before a court date not sure',
      answers: { police: 'yes', arrested: 'no', immigrationCase: 'unsure', court: 'unsure', uscis: 'no', checkins: 'no' },
      expected: ['rights-card', 'fbi-record', 'court-status', 'legal-help', 'family-plan', 'immigration-file'],
    },
    {
      who: "the state's own item for a path shown, after the lawyer",
      answers: { police: 'yes', arrested: 'no' },
      extra: { stateItems: [item('ncic-checks', 'Illinois police may not…')] },
      expected: ['state:ncic-checks:0', 'rights-card', 'fbi-record'],
    },
    {
      who: "a state's item for a path not shown is left out",
      answers: { police: 'yes', arrested: 'no' },
      extra: { stateItems: [item('dmv-records', 'The DMV needs a judge…')] },
      expected: ['rights-card', 'fbi-record'],
    },
    {
      who: 'a state item with no linked source has no way in, so it is left out',
      answers: { police: 'yes', arrested: 'no' },
      extra: { stateItems: [item('ncic-checks', 'No link', false)] },
      expected: ['rights-card', 'fbi-record'],
    },
    {
      who: 'a local hotline by phone; the same number twice shows once; legal entries are not hotlines',
      answers: { police: 'yes', arrested: 'no' },
      extra: { help: [hotline('555-0100'), hotline('555-0100'), legal] },
      expected: ['hotline:555-0100', 'rights-card', 'fbi-record'],
    },
  ];
  it.each(rows)('$who', ({ answers, extra, expected }) => {
    expect(kinds(stepsFor(answers, extra))).toEqual(expected);
  });
});

describe('nextSteps: what each step carries', () => {
  it('says which paths a step answers, in the results order', () => {
    const steps = stepsFor({ police: 'yes', arrested: 'yes', jail: 'yes' });
    const fbi = steps.find((s) => s.kind === 'fbi-record');
    expect(fbi?.why).toEqual(['fingerprint-sharing', 'ncic-checks']);
    expect(fbi?.status).toBe('applies');
  });

  it('points each tool step at its tool, and the court step at EOIR', () => {
    const steps = stepsFor({
      police: 'yes',
      arrested: 'yes',
      jail: 'yes',
      immigrationCase: 'yes',
      court: 'yes',
      uscis: 'yes',
      checkins: 'yes',
    });
    const way = (k: string) => steps.find((s) => s.kind === k)?.way;
    expect(way('rights-card')).toEqual({ kind: 'tool', tool: 'card' });
    expect(way('family-plan')).toEqual({ kind: 'tool', tool: 'plan' });
    expect(way('fbi-record')).toMatchObject({ kind: 'tool', tool: 'records', anchor: 'fbi-identity-history' });
    expect(way('court-status')).toMatchObject({
      kind: 'phone',
      phone: '1-800-898-7180',
      url: expect.stringMatching(/^https:\/\/www\.justice\.gov\/eoir\//),
    });
  });

  it("a state item's step links to its own source", () => {
    const steps = stepsFor({ police: 'yes', arrested: 'no' }, { stateItems: [item('ncic-checks', 'x')] });
    expect(steps[0]).toMatchObject({ kind: 'state', way: { kind: 'link', url: source.url }, source: { place: { url: source.url } } });
  });

  it('every kind has a rank, and every rule a kind with words', () => {
    for (const k of STEP_KINDS) expect(RANK[k]).toBeTypeOf('number');
    for (const r of STEP_RULES) expect(STEP_KINDS).toContain(r.kind);
    for (const r of STEP_RULES) for (const c of r.answers) expect(CHANNEL_IDS).toContain(c);
  });
});

describe('nextSteps: properties', () => {
  it('never repeats a step, every step has a way in, and steps for paths that apply come first', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        // Without local help, so that nothing but the rules can keep the list from being empty.
        const steps = stepsFor(answers, { stateItems: [item('ncic-checks', 'a'), item('jail-access', 'b')] });
        const keys = kinds(steps);
        expect(new Set(keys).size).toBe(keys.length);
        expect(steps.length).toBeGreaterThan(0);
        for (const s of steps) {
          if (s.way.kind === 'link') expect(s.way.url).toMatch(/^https:\/\//);
          if (s.way.kind === 'phone') expect(s.way.phone).toMatch(/\d/);
        }
        const order = steps.map((s) => (s.status === 'applies' ? 0 : s.status === 'may-apply' ? 1 : 2));
        expect(order).toEqual([...order].sort((a, b) => a - b));
      }),
    );
  });

  it('every path a step names is one of the person’s own (never one they answered No to)', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const shown = new Set(deriveResults(answers).map((r) => r.channel));
        for (const s of stepsFor(answers)) for (const c of s.why) expect(shown.has(c)).toBe(true);
      }),
    );
  });
});
