/**
 * deriveResults: answers -> the information flows that apply. A pure function, so
 * the same answers give the same results in the chat, the summary, print and embed.
 *
 * Rules (DESIGN.md "Routing rules"): a channel applies when a triggering answer is
 * "yes", may apply when none is "yes" but one is "unsure" or "skip", and is never
 * shown for "no".
 */
import { CHANNEL_IDS, type ChannelId } from './channels';
import { isJurisdictionCode } from './jurisdictions';
import { requires287g, type PlaceFactsMap } from './places';
import { question, relevantAnswers, type AnswerValue, type Answers, type QuestionId } from './questions';

export type ChannelStatus = 'applies' | 'may-apply';

export interface Reason {
  question: QuestionId;
  answer: AnswerValue;
}

/** Wording variants a channel's text takes, chosen by answers that do not change the list. */
export const VARIANT_IDS = ['sanctuary-yes', 'sanctuary-no', 'sanctuary-unknown'] as const;
export type VariantId = (typeof VARIANT_IDS)[number];

export interface ChannelResult {
  channel: ChannelId;
  status: ChannelStatus;
  /** The answers that made this channel show, in question order. */
  reasons: Reason[];
  variants: VariantId[];
}

/**
 * Which questions' answers show each channel, or 'everyone' for a channel shown to every
 * person whatever they answer (it then "applies", with no answer as its reason).
 */
export type Trigger = readonly QuestionId[] | 'everyone';
export const TRIGGERS: Record<ChannelId, Trigger> = {
  'fingerprint-sharing': ['arrested', 'jail'],
  'jail-access': ['jail'],
  'ncic-checks': ['police', 'arrested'],
  '287g': ['agreement287g'],
  'dmv-records': ['license'],
  'gang-databases': ['gang'],
  'mobile-biometrics': ['field'],
  'probation-parole': ['probation'],
  'irs-tax-data': ['taxes'],
  'medicaid-data': ['medicaid'],
  'uscis-applications': ['uscis'],
  'ice-checkins': ['checkins'],
  'court-hearings': ['court'],
  'license-plate-readers': ['car'],
  'child-sponsors': ['sponsor'],
  'ssa-data': ['ssn'],
  'data-brokers': 'everyone',
};

/** Channels shown to everyone, in a section of their own ("What reaches almost everyone"). */
export const EVERYONE_CHANNELS: readonly ChannelId[] = CHANNEL_IDS.filter((c) => TRIGGERS[c] === 'everyone');
export const isForEveryone = (channel: ChannelId) => TRIGGERS[channel] === 'everyone';

function statusOf(values: AnswerValue[]): ChannelStatus | null {
  if (values.includes('yes')) return 'applies';
  if (values.some((v) => v === 'unsure' || v === 'skip')) return 'may-apply';
  return null;
}

const opens = (answer: AnswerValue | undefined) => answer === 'yes' || answer === 'unsure' || answer === 'skip';

/**
 * The answers that can show a channel: "yes", "not sure" or "prefer not to say" to a trigger.
 * A trigger that details a topic and was not asked because the topic was "prefer not to say"
 * counts through the topic: the topic's answer is the reason (the person saw that question).
 */
export function triggeringReasons(trigger: Trigger, answers: Answers): Reason[] {
  if (trigger === 'everyone') return [];
  const reasons: Reason[] = [];
  for (const id of trigger) {
    const answer = answers[id];
    const topic = question(id).detailOf;
    if (opens(answer)) reasons.push({ question: id, answer: answer as AnswerValue });
    else if (answer === undefined && topic && answers[topic] === 'skip' && !reasons.some((r) => r.question === topic))
      reasons.push({ question: topic, answer: 'skip' });
  }
  return reasons;
}

/** The status a trigger gives for these answers: 'everyone' always applies; "No" never shows. */
export function statusFor(trigger: Trigger, answers: Answers): ChannelStatus | null {
  return trigger === 'everyone' ? 'applies' : statusOf(triggeringReasons(trigger, answers).map((r) => r.answer));
}

function variantsFor(channel: ChannelId, answers: Answers): VariantId[] {
  if (channel !== 'jail-access' && channel !== 'fingerprint-sharing') return [];
  const s = answers.sanctuary;
  if (s === 'yes') return ['sanctuary-yes'];
  if (s === 'no') return ['sanctuary-no'];
  return ['sanctuary-unknown'];
}

/**
 * `places` holds the verified state facts (questionnaire/places). A place can make a channel show
 * that the answers alone would not (a state law requiring 287(g) in every jail makes 287g
 * at least "may apply" to someone who may have been held in a jail there); it never hides one.
 */
export function deriveResults(input: Answers, places: PlaceFactsMap = {}): ChannelResult[] {
  // Answers that data gave (conversation.ts merges them in) count here as if the person gave them.
  const answers = relevantAnswers(input);
  const place = isJurisdictionCode(answers.state) ? answers.state : null;
  const results: ChannelResult[] = [];
  for (const channel of CHANNEL_IDS) {
    const trigger = TRIGGERS[channel];
    const reasons = triggeringReasons(trigger, answers);
    let status = statusFor(trigger, answers);
    if (channel === '287g' && status !== 'applies' && place && requires287g(places[place])) {
      const jail = answers.jail;
      if (jail === 'yes' || jail === 'unsure' || jail === 'skip') {
        status = 'may-apply';
        reasons.push({ question: 'state', answer: place }, { question: 'jail', answer: jail });
      }
    }
    if (!status) continue;
    // "Why you see this" lists only the answers that decide the status.
    const deciding = status === 'applies' ? reasons.filter((r) => r.answer === 'yes') : reasons;
    results.push({ channel, status, reasons: deciding, variants: variantsFor(channel, answers) });
  }
  // Channels that apply come first; within a status, canonical order.
  return [...results.filter((r) => r.status === 'applies'), ...results.filter((r) => r.status === 'may-apply')];
}
