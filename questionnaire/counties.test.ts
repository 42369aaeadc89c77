import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { agreementFromList, agreementsIn, countyFits, helpFor, readPlaceFile, type PlaceFile } from './counties';
import { checkMachine, positionOf, type CheckEvent } from './check.machine';
import { conversationView } from './conversation';
import { deriveResults } from './results';

/** A small Texas: one county with its sheriff on the list, one with nobody, a state agency, an agency with no county. */
const TX: PlaceFile = {
  v: 1,
  place: 'TX',
  asOf: '2026-05-18',
  page: 'https://www.ice.gov/identify-and-arrest/287g',
  counties: [
    ['48167', 'Galveston County'],
    ['48201', 'Harris County'],
  ],
  agencies: [
    { name: "Galveston County Sheriff's Office", scope: 'county', county: '48167', agreements: [{ model: 'JEM', signed: '2025-02-20' }] },
    { name: 'League City Police Department', scope: 'municipal', county: '48167', agreements: [{ model: 'TFM', signed: '2025-05-01' }] },
    { name: 'Texas Department of Public Safety', scope: 'state', county: '48453', agreements: [{ model: 'TFM', signed: '' }] },
    { name: 'Somewhere Police Department', scope: 'municipal', agreements: [{ model: 'WSO', signed: '2025-06-01' }] },
  ],
  help: [
    {
      kind: 'hotline',
      name: 'Galveston line',
      phone: '409-555-0100',
      url: 'https://example.org/',
      covers: ['48167'],
      checked: '2026-11-26',
      source: { publisher: 'X', title: 'Y', date: '2026-11-26' },
    },
    {
      kind: 'legal',
      name: 'EOIR list',
      url: 'https://www.justice.gov/eoir/list-pro-bono-legal-service-providers',
      covers: 'statewide',
      source: { publisher: 'DOJ', title: 'List', date: '2026-11-26' },
    },
  ],
};
const DATA = { places: { TX } };

describe('place files: the reader refuses anything malformed, whole', () => {
  it('accepts a good file', () => expect(readPlaceFile(TX, 'TX')).toEqual({ ok: true, file: TX }));
  it.each([
    ['not an object', null, /version 1/],
    ['another version', { ...TX, v: 2 }, /version 1/],
    ['another place', { ...TX, place: 'CA' }, /for CA, not TX/],
    ['no date', { ...TX, asOf: 'May 2026' }, /as-of/],
    ['a county of another state', { ...TX, counties: [['06037', 'Los Angeles County']] }, /county list/],
    ['no counties for a state that has them', { ...TX, counties: [] }, /does not fit/],
    ['an unknown model', { ...TX, agencies: [{ ...TX.agencies[0], agreements: [{ model: 'XYZ', signed: '' }] }] }, /agency/],
    [
      'a link off https',
      { ...TX, agencies: [{ ...TX.agencies[0], agreements: [{ model: 'JEM', signed: '', moa: 'http://x' }] }] },
      /agency/,
    ],
    [
      'a help entry without a source',
      { ...TX, help: [{ kind: 'hotline', name: 'x', phone: '1-800-555-0100', covers: 'statewide' }] },
      /help/,
    ],
  ])('refuses %s', (_, file, why) => {
    const read = readPlaceFile(file, 'TX');
    expect(read.ok).toBe(false);
    expect(!read.ok && read.error).toMatch(why);
  });
});

describe('ICE’s list for one county', () => {
  it.each([
    ['a county with agencies on the list', { state: 'TX', county: '48167' }, 'yes'],
    ['a county with none (never "no": the list grows)', { state: 'TX', county: '48201' }, 'unsure'],
    ['no county given', { state: 'TX', county: 'skip' }, undefined],
    ['a county not on the place’s list', { state: 'TX', county: '48999' }, undefined],
    ['a place whose file has not loaded', { state: 'CA', county: '06037' }, undefined],
  ] as const)('%s', (_, answers, expected) => expect(agreementFromList(answers, DATA)).toBe(expected));

  it('keeps state agencies and agencies without a county apart from the county’s own', () => {
    const a = agreementsIn(TX, '48201')!;
    expect(a.local).toEqual([]);
    expect(a.state.map((x) => x.name)).toEqual(['Texas Department of Public Safety']);
    expect(a.unplaced.map((x) => x.name)).toEqual(['Somewhere Police Department']);
    expect(agreementsIn(TX, '48167')!.local.map((x) => x.scope)).toEqual(['county', 'municipal']);
  });

  it.each([
    ['48167', 'TX', true],
    ['48999', 'TX', false], // not on the loaded list
    ['06037', 'TX', false], // another state's county
    ['48167', 'GU', false], // a place without counties
    ['4816', 'TX', false],
  ])('county %s fits %s: %s', (county, place, fits) => expect(countyFits(county, place, DATA)).toBe(fits));

  it('help: entries for the county and the whole state; every entry when no county is given', () => {
    expect(helpFor(TX, '48167').map((h) => h.name)).toEqual(['Galveston line', 'EOIR list']);
    expect(helpFor(TX, '48201').map((h) => h.name)).toEqual(['EOIR list']);
    expect(helpFor(TX, 'skip').map((h) => h.name)).toEqual(['Galveston line', 'EOIR list']);
    expect(helpFor(undefined, '48167')).toEqual([]);
    // A hotline whose page states no coverage is shown to everyone in the place, claiming none.
    const unstated = { ...TX.help[0]!, name: 'Unstated line', covers: 'unstated' as const };
    expect(readPlaceFile({ ...TX, help: [unstated] }, 'TX').ok).toBe(true);
    expect(helpFor({ ...TX, help: [unstated] }, '48201').map((h) => h.name)).toEqual(['Unstated line']);
  });
});

describe('the conversation with a place’s file', () => {
  const start = (events: CheckEvent[]) => {
    const actor = createActor(checkMachine).start();
    for (const e of events) actor.send(e);
    return actor;
  };
  const stateAndCounty = (county: string): CheckEvent[] => [
    { type: 'ANSWER', question: 'state', answer: 'TX' },
    { type: 'DATA', data: DATA },
    { type: 'ANSWER', question: 'county', answer: county as never },
  ];

  it('a county on the list answers the 287(g) question: it is not asked, and 287g applies with the list as the reason', () => {
    const actor = start([...stateAndCounty('48167'), { type: 'ANSWER', question: 'police', answer: 'no' }]);
    expect(positionOf(actor.getSnapshot())).toBe('probation');
    const view = conversationView(actor.getSnapshot(), {});
    expect(view.local.fromData).toEqual(['agreement287g']);
    expect(view.results.find((r) => r.channel === '287g')).toMatchObject({
      status: 'applies',
      reasons: [{ question: 'agreement287g', answer: 'yes' }],
    });
    expect(view.local.agreements?.countyName).toBe('Galveston County');
  });

  it('a county not on the list is not asked either: 287g may apply, never "no"', () => {
    const actor = start([...stateAndCounty('48201'), { type: 'ANSWER', question: 'police', answer: 'no' }]);
    expect(positionOf(actor.getSnapshot())).toBe('probation');
    expect(deriveResults(conversationView(actor.getSnapshot(), {}).answers).find((r) => r.channel === '287g')?.status).toBe('may-apply');
  });

  it.each(['unsure', 'skip'])('"%s" for the county asks the 287(g) question as before', (county) => {
    const actor = start([...stateAndCounty(county), { type: 'ANSWER', question: 'police', answer: 'no' }]);
    expect(positionOf(actor.getSnapshot())).toBe('agreement287g');
  });

  it('refuses a county that is not on the state’s list, or of another state', () => {
    for (const county of ['48999', '06037']) {
      const actor = start(stateAndCounty(county));
      expect(positionOf(actor.getSnapshot())).toBe('county');
      expect(actor.getSnapshot().context.answers.county).toBeUndefined();
    }
  });

  it('data that arrives after the answers (a restored conversation) moves past the question it answers', () => {
    const actor = start([{ type: 'RESTORE', answers: { state: 'TX', county: '48167', police: 'no' } }]);
    expect(positionOf(actor.getSnapshot())).toBe('agreement287g');
    actor.send({ type: 'DATA', data: DATA });
    expect(positionOf(actor.getSnapshot())).toBe('probation');
    expect(actor.getSnapshot().context.history).toEqual(['state', 'county', 'police']);
  });

  it('changing the state drops the county, and the 287(g) question is asked again', () => {
    const actor = start([...stateAndCounty('48167'), { type: 'ANSWER', question: 'police', answer: 'no' }]);
    actor.send({ type: 'CHANGE', question: 'state', answer: 'GU' });
    const { context } = actor.getSnapshot();
    expect(context.dropped).toEqual(['county']);
    expect(positionOf(actor.getSnapshot())).toBe('agreement287g');
  });

  it('the person’s own answer to the 287(g) question does not count once the list answers it', () => {
    const actor = start([
      { type: 'RESTORE', answers: { state: 'TX', county: '48201', agreement287g: 'yes' } },
      { type: 'DATA', data: DATA },
    ]);
    const view = conversationView(actor.getSnapshot(), {});
    expect(view.answers.agreement287g).toBe('unsure');
  });
});
