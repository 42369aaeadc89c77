/**
 * One record per state, DC and territory (content/jurisdictions/{CODE}.json): the facts
 * that change what a channel says. Every fact is 'unknown' until someone has checked it
 * against a source; a known fact must carry at least one source and an as-of date.
 */
import { z } from 'zod';
import { CHANNEL_IDS } from '@/questionnaire/channels';
import { JURISDICTION_CODES } from '@/questionnaire/jurisdictions';
import { LIMIT_KINDS, PLACE_FACT_KEYS, type PlaceFactKey } from '@/questionnaire/places';

export { LIMIT_KINDS };

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

export const factSourceSchema = z.strictObject({
  title: z.string().trim().min(1),
  publisher: z.string().trim().min(1),
  /** Absent when no link to the original can be found: the source is cited by publisher, title and date. */
  url: z.url({ protocol: /^https?$/ }).optional(),
  date: isoDate,
});

/** A fact: its value, and when it is not 'unknown', its sources and as-of date. */
function fact<V extends [string, ...string[]]>(values: V, extra: z.ZodRawShape = {}) {
  return z
    .strictObject({
      ...extra,
      value: z.enum([...values, 'unknown'] as [string, ...string[]]),
      /** The law or policy's short name, in its original language (e.g. "SB 54, California Values Act"). */
      law: z.string().trim().min(1).optional(),
      sources: z.array(factSourceSchema),
      asOf: isoDate.optional(),
    })
    .superRefine((f, ctx) => {
      if (f.value === 'unknown') return;
      if (f.sources.length === 0) ctx.addIssue({ code: 'custom', message: `a "${f.value}" fact needs at least one source` });
      if (!f.asOf) ctx.addIssue({ code: 'custom', message: `a "${f.value}" fact needs an asOf date` });
    });
}

/**
 * Something a person in this state can do, or a right they have there, for one channel.
 * Shown only to people who say they live in that state (questionnaire/places.ts stateActions), never
 * in the shared "what you can do" list. Text per locale; every locale in content/locales
 * must have one (content/truth.test.ts).
 */
export const stateActionSchema = z.strictObject({
  channel: z.enum(CHANNEL_IDS),
  text: z.record(z.string().regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/), z.string().trim().min(1)),
  /** The law or policy's short name, in its original language. */
  law: z.string().trim().min(1).optional(),
  asOf: isoDate,
  sources: z.array(factSourceSchema).min(1, 'a state action needs at least one source'),
});
export type StateAction = z.infer<typeof stateActionSchema>;

export const jurisdictionSchema = z.strictObject({
  code: z.enum(JURISDICTION_CODES),
  /** Drivers' licenses for people regardless of immigration status. */
  licenseForAll: fact(['yes', 'no']),
  /** Whether the state blocks ICE's self-service look-ups of DMV data through Nlets. */
  dmvNletsBlock: fact(['yes', 'in-progress', 'no']),
  /** Whether state law bars the DMV from giving data to immigration enforcement without a judge's order. */
  dmvJudgeOrder: fact(['yes-with-notice', 'yes']),
  /** A state law or statewide policy that limits cooperation with ICE, and what it covers. */
  limitsCooperation: fact(['yes'], { kinds: z.array(z.enum(LIMIT_KINDS)).optional() }),
  /**
   * State laws that require cooperation. One fact per mandate, since a state can have both
   * and each comes from its own law, date and source (Texas: SB 4, 2017, detainers; SB 8,
   * 2025, 287(g)). requires287g: every jail (or sheriff running one) must seek a 287(g) agreement.
   */
  requires287g: fact(['yes']),
  /** requiresDetainers: jails must honor ICE detainers (hold requests). */
  requiresDetainers: fact(['yes']),
  /** State-specific things a person can do, per channel (see stateActionSchema). */
  actions: z.array(stateActionSchema).optional(),
  /** What was checked for this record, and against what (free text, for maintainers). */
  checked: z.string().trim().min(1),
});

export type Jurisdiction = z.infer<typeof jurisdictionSchema>;
export type JurisdictionFactKey = PlaceFactKey;
export const FACT_KEYS = PLACE_FACT_KEYS;
// The schema has a field for every fact key and no other (besides code, actions and checked).
true satisfies [Exclude<keyof Jurisdiction, 'code' | 'actions' | 'checked'>] extends [PlaceFactKey]
  ? [PlaceFactKey] extends [Exclude<keyof Jurisdiction, 'code' | 'actions' | 'checked'>]
    ? true
    : false
  : false;
