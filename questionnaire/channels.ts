/**
 * The information flows, in the order results show them (DESIGN.md's canonical ids): the
 * eight of the 2018 seed, then the channels of 2025–26. Ids are a contract with tests and
 * partners (`data-channel`).
 */
export const CHANNEL_IDS = [
  'fingerprint-sharing',
  'jail-access',
  'ncic-checks',
  '287g',
  'dmv-records',
  'gang-databases',
  'mobile-biometrics',
  'probation-parole',
  'irs-tax-data',
  'medicaid-data',
  'uscis-applications',
  'ice-checkins',
  'court-hearings',
  'license-plate-readers',
  'child-sponsors',
  'ssa-data',
  'data-brokers',
] as const;
export type ChannelId = (typeof CHANNEL_IDS)[number];

export function isChannelId(value: unknown): value is ChannelId {
  return typeof value === 'string' && (CHANNEL_IDS as readonly string[]).includes(value);
}
