import fc from 'fast-check';
import { answersArb } from './arbitraries';
import { describe, expect, it } from 'vitest';
import { CHANNEL_IDS } from './channels';
import { QUESTION_IDS, type Answers, type Choice } from './questions';
import { EVERYONE_CHANNELS, deriveResults, type ChannelStatus } from './results';

const shown = (answers: Answers) =>
  Object.fromEntries(deriveResults(answers).map((r) => [r.channel, r.status])) as Record<string, ChannelStatus>;

/** Everyone who got this far has police contact, an arrest and a jail stay unless a row says otherwise. */
describe('deriveResults: one row per routing rule (DESIGN.md)', () => {
  const rows: { rule: string; answers: Answers; channel: string; expected: ChannelStatus | undefined }[] = [
    {
      rule: 'arrested yes -> fingerprint-sharing applies',
      answers: { police: 'yes', arrested: 'yes', jail: 'no' },
      channel: 'fingerprint-sharing',
      expected: 'applies',
    },
    {
      rule: 'held in jail -> fingerprint-sharing applies',
      answers: { police: 'yes', arrested: 'unsure', jail: 'yes' },
      channel: 'fingerprint-sharing',
      expected: 'applies',
    },
    {
      rule: 'arrested not sure -> fingerprint-sharing may apply',
      answers: { police: 'yes', arrested: 'unsure', jail: 'no' },
      channel: 'fingerprint-sharing',
      expected: 'may-apply',
    },
    {
      rule: 'arrested no -> no fingerprint-sharing',
      answers: { police: 'yes', arrested: 'no' },
      channel: 'fingerprint-sharing',
      expected: undefined,
    },
    {
      rule: 'jail yes -> jail-access applies',
      answers: { police: 'yes', arrested: 'yes', jail: 'yes' },
      channel: 'jail-access',
      expected: 'applies',
    },
    {
      rule: 'jail prefer not -> jail-access may apply',
      answers: { police: 'yes', arrested: 'yes', jail: 'skip' },
      channel: 'jail-access',
      expected: 'may-apply',
    },
    {
      rule: 'jail no -> no jail-access',
      answers: { police: 'yes', arrested: 'yes', jail: 'no' },
      channel: 'jail-access',
      expected: undefined,
    },
    {
      rule: 'stopped by police -> ncic-checks applies',
      answers: { police: 'yes', arrested: 'no' },
      channel: 'ncic-checks',
      expected: 'applies',
    },
    {
      rule: 'arrested (police not sure) -> ncic-checks applies',
      answers: { police: 'unsure', arrested: 'yes' },
      channel: 'ncic-checks',
      expected: 'applies',
    },
    {
      rule: 'police prefer not -> ncic-checks may apply',
      answers: { police: 'skip', arrested: 'no' },
      channel: 'ncic-checks',
      expected: 'may-apply',
    },
    { rule: 'no police contact -> no ncic-checks', answers: { police: 'no' }, channel: 'ncic-checks', expected: undefined },
    { rule: '287(g) yes -> 287g applies', answers: { agreement287g: 'yes' }, channel: '287g', expected: 'applies' },
    { rule: '287(g) not sure -> 287g may apply', answers: { agreement287g: 'unsure' }, channel: '287g', expected: 'may-apply' },
    { rule: '287(g) no -> no 287g', answers: { agreement287g: 'no' }, channel: '287g', expected: undefined },
    { rule: 'license yes -> dmv-records applies', answers: { license: 'yes' }, channel: 'dmv-records', expected: 'applies' },
    { rule: 'license no -> no dmv-records', answers: { license: 'no' }, channel: 'dmv-records', expected: undefined },
    { rule: 'gang label yes -> gang-databases applies', answers: { gang: 'yes' }, channel: 'gang-databases', expected: 'applies' },
    { rule: 'gang not sure -> gang-databases may apply', answers: { gang: 'unsure' }, channel: 'gang-databases', expected: 'may-apply' },
    {
      rule: 'field biometrics yes -> mobile-biometrics applies',
      answers: { field: 'yes' },
      channel: 'mobile-biometrics',
      expected: 'applies',
    },
    {
      rule: 'field prefer not -> mobile-biometrics may apply',
      answers: { field: 'skip' },
      channel: 'mobile-biometrics',
      expected: 'may-apply',
    },
    { rule: 'probation yes -> probation-parole applies', answers: { probation: 'yes' }, channel: 'probation-parole', expected: 'applies' },
    { rule: 'probation no -> no probation-parole', answers: { probation: 'no' }, channel: 'probation-parole', expected: undefined },
    {
      rule: 'sanctuary yes never hides fingerprint-sharing',
      answers: { police: 'yes', arrested: 'yes', jail: 'yes', sanctuary: 'yes' },
      channel: 'fingerprint-sharing',
      expected: 'applies',
    },
    // The 2026 channels: a topic question, then its details.
    ...(
      [
        ['immigrationCase', 'uscis', 'uscis-applications'],
        ['immigrationCase', 'checkins', 'ice-checkins'],
        ['immigrationCase', 'court', 'court-hearings'],
        ['records', 'taxes', 'irs-tax-data'],
        ['records', 'medicaid', 'medicaid-data'],
        ['records', 'ssn', 'ssa-data'],
      ] as const
    ).flatMap(([topic, detail, channel]) => [
      {
        rule: `${topic} yes, ${detail} yes -> ${channel} applies`,
        answers: { [topic]: 'yes', [detail]: 'yes' },
        channel,
        expected: 'applies' as const,
      },
      {
        rule: `${topic} not sure, ${detail} not sure -> ${channel} may apply`,
        answers: { [topic]: 'unsure', [detail]: 'unsure' },
        channel,
        expected: 'may-apply' as const,
      },
      {
        rule: `${topic} yes, ${detail} prefer not -> ${channel} may apply`,
        answers: { [topic]: 'yes', [detail]: 'skip' },
        channel,
        expected: 'may-apply' as const,
      },
      { rule: `${topic} yes, ${detail} no -> no ${channel}`, answers: { [topic]: 'yes', [detail]: 'no' }, channel, expected: undefined },
      {
        rule: `${topic} prefer not -> ${channel} may apply (details not asked)`,
        answers: { [topic]: 'skip' },
        channel,
        expected: 'may-apply' as const,
      },
      {
        rule: `${topic} no -> no ${channel}, even with a stale "${detail} yes"`,
        answers: { [topic]: 'no', [detail]: 'yes' },
        channel,
        expected: undefined,
      },
    ]),
    { rule: 'car yes -> license-plate-readers applies', answers: { car: 'yes' }, channel: 'license-plate-readers', expected: 'applies' },
    {
      rule: 'car not sure -> license-plate-readers may apply',
      answers: { car: 'unsure' },
      channel: 'license-plate-readers',
      expected: 'may-apply',
    },
    { rule: 'car no -> no license-plate-readers', answers: { car: 'no' }, channel: 'license-plate-readers', expected: undefined },
    {
      rule: 'license yes alone -> no license-plate-readers',
      answers: { license: 'yes', car: 'no' },
      channel: 'license-plate-readers',
      expected: undefined,
    },
    { rule: 'sponsor yes -> child-sponsors applies', answers: { sponsor: 'yes' }, channel: 'child-sponsors', expected: 'applies' },
    {
      rule: 'sponsor prefer not -> child-sponsors may apply',
      answers: { sponsor: 'skip' },
      channel: 'child-sponsors',
      expected: 'may-apply',
    },
    { rule: 'sponsor no -> no child-sponsors', answers: { sponsor: 'no' }, channel: 'child-sponsors', expected: undefined },
    { rule: 'no answers at all -> data-brokers applies', answers: {}, channel: 'data-brokers', expected: 'applies' },
    {
      rule: 'everything No -> data-brokers still applies',
      answers: { police: 'no', car: 'no', records: 'no' },
      channel: 'data-brokers',
      expected: 'applies',
    },
    {
      rule: 'answers the routing skips are ignored (no police, "arrested yes")',
      answers: { police: 'no', arrested: 'yes', jail: 'yes' },
      channel: 'fingerprint-sharing',
      expected: undefined,
    },
  ];
  it.each(rows)('$rule', ({ answers, channel, expected }) => {
    expect(CHANNEL_IDS).toContain(channel);
    expect(shown(answers)[channel]).toBe(expected);
  });

  it('puts channels that apply before those that may apply, each in canonical order', () => {
    const r = deriveResults({
      police: 'yes',
      arrested: 'yes',
      jail: 'unsure',
      agreement287g: 'unsure',
      license: 'yes',
      gang: 'no',
      probation: 'skip',
      field: 'yes',
    });
    expect(r.map((x) => `${x.status}:${x.channel}`)).toEqual([
      'applies:fingerprint-sharing',
      'applies:ncic-checks',
      'applies:dmv-records',
      'applies:mobile-biometrics',
      'applies:data-brokers',
      'may-apply:jail-access',
      'may-apply:287g',
      'may-apply:probation-parole',
    ]);
  });

  it('names the topic question as the reason when its details were not asked', () => {
    const r = deriveResults({ immigrationCase: 'skip', records: 'yes', taxes: 'no', medicaid: 'skip', ssn: 'yes' });
    const why = Object.fromEntries(r.map((x) => [x.channel, x.reasons]));
    expect(why['uscis-applications']).toEqual([{ question: 'immigrationCase', answer: 'skip' }]);
    expect(why['court-hearings']).toEqual([{ question: 'immigrationCase', answer: 'skip' }]);
    expect(why['medicaid-data']).toEqual([{ question: 'medicaid', answer: 'skip' }]);
    expect(why['ssa-data']).toEqual([{ question: 'ssn', answer: 'yes' }]);
    expect(why['irs-tax-data']).toBeUndefined();
  });

  it('gives the deciding answers as reasons', () => {
    const [fp] = deriveResults({ police: 'yes', arrested: 'unsure', jail: 'yes' });
    expect(fp).toMatchObject({ channel: 'fingerprint-sharing', status: 'applies', reasons: [{ question: 'jail', answer: 'yes' }] });
  });

  it('changes jail-access wording with the sanctuary answer but not the list', () => {
    const base: Answers = { police: 'yes', arrested: 'yes', jail: 'yes' };
    const yes = deriveResults({ ...base, sanctuary: 'yes' });
    const no = deriveResults({ ...base, sanctuary: 'no' });
    expect(yes.map((r) => r.channel)).toEqual(no.map((r) => r.channel));
    expect(yes.find((r) => r.channel === 'jail-access')?.variants).toEqual(['sanctuary-yes']);
    expect(no.find((r) => r.channel === 'jail-access')?.variants).toEqual(['sanctuary-no']);
    expect(deriveResults({ ...base, sanctuary: 'skip' }).find((r) => r.channel === 'jail-access')?.variants).toEqual(['sanctuary-unknown']);
  });

  it('shows every channel as "may apply" to someone who prefers not to say anything', () => {
    const all: Answers = Object.fromEntries(QUESTION_IDS.map((q) => [q, 'skip']));
    const r = deriveResults(all);
    expect(r.map((x) => x.channel).sort()).toEqual([...CHANNEL_IDS].sort());
    // What reaches almost everyone is not about an answer: it applies whatever was said.
    expect(r.filter((x) => x.status !== 'may-apply').map((x) => x.channel)).toEqual([...EVERYONE_CHANNELS]);
  });

  it('shows only what reaches everyone to someone who answers No to everything', () => {
    const all: Answers = { state: 'CA', ...Object.fromEntries(QUESTION_IDS.filter((q) => q !== 'state').map((q) => [q, 'no'])) };
    expect(deriveResults(all)).toEqual([{ channel: 'data-brokers', status: 'applies', reasons: [], variants: [] }]);
  });

  it('shows data-brokers to everyone, with no answer as its reason', () => {
    expect(EVERYONE_CHANNELS).toEqual(['data-brokers']);
    fc.assert(
      fc.property(answersArb, (a) => {
        expect(deriveResults(a).find((r) => r.channel === 'data-brokers')).toEqual({
          channel: 'data-brokers',
          status: 'applies',
          reasons: [],
          variants: [],
        });
      }),
    );
  });
});

describe('deriveResults: properties', () => {
  it('is deterministic', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        expect(deriveResults(a)).toEqual(deriveResults(structuredClone(a)));
      }),
    );
  });

  it('never shows a channel because of a "No"', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        for (const r of deriveResults(a)) for (const reason of r.reasons) expect(reason.answer).not.toBe('no');
      }),
    );
  });

  it('"Not sure" / "Prefer not to say" never hide a channel that "Yes" would show', () => {
    fc.assert(
      fc.property(
        answersArb,
        fc.constantFrom(...QUESTION_IDS.filter((q) => q !== 'state')),
        fc.constantFrom<Choice>('unsure', 'skip'),
        (a, q, unknown) => {
          const withYes = new Set(deriveResults({ ...a, [q]: 'yes' }).map((r) => r.channel));
          const withUnknown = new Set(deriveResults({ ...a, [q]: unknown }).map((r) => r.channel));
          for (const c of withYes) expect(withUnknown.has(c)).toBe(true);
        },
      ),
    );
  });

  it('changing an answer to "No" never adds a channel', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...QUESTION_IDS.filter((q) => q !== 'state')), (a, q) => {
        const before = new Set(deriveResults(a).map((r) => r.channel));
        for (const r of deriveResults({ ...a, [q]: 'no' })) expect(before.has(r.channel)).toBe(true);
      }),
    );
  });
});
