/** The eight information flows, in the order results show them (DESIGN.md's canonical ids). */
export const CHANNEL_IDS = [
  'fingerprint-sharing',
  'jail-access',
  'ncic-checks',
  '287g',
  'dmv-records',
  'gang-databases',
  'mobile-biometrics',
  'probation-parole',
] as const;
export type ChannelId = (typeof CHANNEL_IDS)[number];

export function isChannelId(value: unknown): value is ChannelId {
  return typeof value === 'string' && (CHANNEL_IDS as readonly string[]).includes(value);
}
