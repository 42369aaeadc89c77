/**
 * nextSteps: results + place + answers -> one ordered, de-duplicated list of things to do.
 * Pure, so the chat, the navigator, the print summary and the plan show the same steps.
 *
 * Every step has a way in (a phone number, an official page, or one of the tools made on
 * the device) and a source. A person sees their own state's steps and no other state's.
 * The most useful step for this person comes first: steps that answer a path that applies
 * come before those that answer only paths that may apply; within that, by RANK below.
 */
import type { ChannelId } from './channels';
import type { HelpEntry, HelpSource } from './counties';
import type { PlaceSource, StateActionItem } from './places';
import type { Answers } from './questions';
import { isForEveryone, type ChannelResult, type ChannelStatus } from './results';

/** The tools made on the device (routes /{locale}/card, /plan, /records). */
export const TOOL_IDS = ['card', 'plan', 'records'] as const;
export type ToolId = (typeof TOOL_IDS)[number];

/** Steps that any place can have; their words are in each catalogue under ui.steps. */
export const STEP_KINDS = [
  'court-status',
  'legal-help',
  'hotline',
  'state',
  'family-plan',
  'rights-card',
  'fbi-record',
  'immigration-file',
] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export type StepWay =
  { kind: 'tool'; tool: ToolId; anchor?: string } | { kind: 'phone'; phone: string; url?: string } | { kind: 'link'; url: string };

/** Where a step's claim comes from: a source id in content/sources.json, or the place's own source. */
export type StepSource = { id: string } | { place: PlaceSource | HelpSource };

export interface NextStep {
  /** Unique in a list: the kind, or the kind and what makes it one of several (a hotline, a state item). */
  key: string;
  kind: StepKind;
  /** The paths this step answers, in the results' order; empty when it is for anyone. */
  why: ChannelId[];
  /** The best status among those paths ('applies' when it answers any path that applies). */
  status: ChannelStatus | null;
  way: StepWay;
  source: StepSource;
  /** A local hotline or legal help entry, from the place's file. */
  help?: HelpEntry;
  /** The person's own state's item, from its record. */
  stateItem?: StateActionItem;
}

interface Rule {
  kind: Exclude<StepKind, 'hotline' | 'state'>;
  /** The paths the step answers; 'anyone' also shows it when no path does. */
  answers: readonly ChannelId[];
  anyone?: boolean;
  way: StepWay;
  source: string;
}

/** The general steps, each with the paths it answers. Order here is not rank: see RANK. */
export const STEP_RULES: readonly Rule[] = [
  {
    kind: 'court-status',
    answers: ['court-hearings'],
    // EOIR's automated case line (toll-free, day and night, English and Spanish), and its page.
    way: { kind: 'phone', phone: '1-800-898-7180', url: 'https://www.justice.gov/eoir/customer-service-initiatives' },
    source: 'eoir-case-status',
  },
  {
    kind: 'legal-help',
    answers: [
      'court-hearings',
      'ice-checkins',
      'uscis-applications',
      'jail-access',
      'fingerprint-sharing',
      '287g',
      'probation-parole',
      'child-sponsors',
      'gang-databases',
    ],
    anyone: true,
    way: { kind: 'link', url: 'https://www.justice.gov/eoir/list-pro-bono-legal-service-providers' },
    source: 'eoir-pro-bono-list',
  },
  {
    kind: 'family-plan',
    answers: ['ice-checkins', 'court-hearings', '287g', 'jail-access', 'uscis-applications', 'child-sponsors', 'probation-parole'],
    way: { kind: 'tool', tool: 'plan' },
    source: 'ilrc-family-plan-2024',
  },
  {
    kind: 'rights-card',
    answers: ['ncic-checks', '287g', 'mobile-biometrics', 'license-plate-readers', 'jail-access', 'ice-checkins', 'dmv-records'],
    anyone: true,
    way: { kind: 'tool', tool: 'card' },
    source: 'ilrc-red-cards',
  },
  {
    kind: 'fbi-record',
    answers: ['fingerprint-sharing', 'ncic-checks', 'gang-databases'],
    way: { kind: 'tool', tool: 'records', anchor: 'fbi-identity-history' },
    source: 'fbi-identity-history-summary',
  },
  {
    kind: 'immigration-file',
    answers: ['uscis-applications', 'ice-checkins', 'mobile-biometrics', 'court-hearings'],
    way: { kind: 'tool', tool: 'records', anchor: 'foia-uscis' },
    source: 'uscis-foia',
  },
];

/**
 * How useful each kind is when it answers a path of the same status: a court date missed can
 * end in an order made without the person; a lawyer comes next; a hotline is local and live;
 * the state's own rights; then the tools.
 */
export const RANK: Record<StepKind, number> = {
  'court-status': 0,
  'legal-help': 1,
  hotline: 2,
  state: 3,
  'family-plan': 4,
  'rights-card': 5,
  'fbi-record': 6,
  'immigration-file': 7,
};

/** Paths that local rapid-response hotlines answer: ICE activity where the person is. */
const HOTLINE_PATHS: readonly ChannelId[] = [
  '287g',
  'ice-checkins',
  'ncic-checks',
  'mobile-biometrics',
  'license-plate-readers',
  'jail-access',
  'court-hearings',
];

export interface StepsInput {
  results: readonly ChannelResult[];
  /** The person's own state's items (places.ts stateActions of their record), or none. */
  stateItems?: readonly StateActionItem[];
  /** The local help for the person's place and county (counties.ts helpFor). */
  help?: readonly HelpEntry[];
  answers?: Answers;
}

const statusRank = (s: ChannelStatus | null) => (s === 'applies' ? 0 : s === 'may-apply' ? 1 : 2);

export function nextSteps({ results, stateItems = [], help = [] }: StepsInput): NextStep[] {
  const personal = results.filter((r) => !isForEveryone(r.channel));
  const statusOf = new Map(personal.map((r) => [r.channel, r.status]));
  const answered = (paths: readonly ChannelId[]) => personal.map((r) => r.channel).filter((c) => paths.includes(c));
  const best = (why: ChannelId[]): ChannelStatus | null =>
    why.some((c) => statusOf.get(c) === 'applies') ? 'applies' : why.length > 0 ? 'may-apply' : null;

  const steps: NextStep[] = [];
  // When no rule answers any of the person's paths (none at all, or only ones no rule covers,
  // like tax data), the steps for anyone still show: the list is never empty.
  const noneAnswered = STEP_RULES.every((r) => answered(r.answers).length === 0);
  for (const rule of STEP_RULES) {
    const why = answered(rule.answers);
    if (why.length === 0 && !(rule.anyone && noneAnswered)) continue;
    steps.push({ key: rule.kind, kind: rule.kind, why, status: best(why), way: rule.way, source: { id: rule.source } });
  }

  const hotlineWhy = answered(HOTLINE_PATHS);
  for (const h of help) {
    if (h.kind !== 'hotline' || !h.phone) continue;
    steps.push({
      key: `hotline:${h.phone}`,
      kind: 'hotline',
      why: hotlineWhy,
      status: best(hotlineWhy),
      way: { kind: 'phone', phone: h.phone, ...(h.url ? { url: h.url } : {}) },
      source: { place: h.source },
      help: h,
    });
  }

  // The state's own items for the paths shown; each links to its law or its first linked source.
  stateItems.forEach((item, i) => {
    if (!statusOf.has(item.channel)) return;
    const linked = item.sources.find((s) => s.url);
    if (!linked?.url) return; // no way in: never a dead end
    steps.push({
      key: `state:${item.channel}:${i}`,
      kind: 'state',
      why: [item.channel],
      status: best([item.channel]),
      way: { kind: 'link', url: linked.url },
      source: { place: linked },
      stateItem: item,
    });
  });

  // One entry per way in: a hotline listed twice (two networks, one number) shows once.
  const seen = new Set<string>();
  const unique = steps.filter((s) => (seen.has(s.key) ? false : (seen.add(s.key), true)));
  return unique
    .map((s, i) => ({ s, i }))
    .sort((a, b) => statusRank(a.s.status) - statusRank(b.s.status) || RANK[a.s.kind] - RANK[b.s.kind] || a.i - b.i)
    .map(({ s }) => s);
}
