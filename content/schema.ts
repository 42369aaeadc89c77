/**
 * Zod schemas for everything in content/. Content is validated when a page loads
 * it (at build time, since every page is pre-rendered) and in tests.
 */
import { z } from 'zod';
import type { UiMessages } from '@/i18n/messages';
import en from './locales/en.json';
import { CHANNEL_IDS } from '@/questionnaire/channels';
import { JURISDICTION_CODES } from '@/questionnaire/jurisdictions';
import { PLACE_TEXT_KEYS } from '@/questionnaire/places';
import { CHOICES, QUESTION_IDS } from '@/questionnaire/questions';
import { VARIANT_IDS } from '@/questionnaire/results';

const text = z.string().trim().min(1, 'must not be empty');
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

/** Builds an object schema that requires exactly the given keys. */
function exactly<K extends string, S extends z.ZodType>(keys: readonly K[], value: S) {
  return z.strictObject(Object.fromEntries(keys.map((k) => [k, value])) as Record<K, S>);
}

export const sourceSchema = z.strictObject({
  title: text,
  publisher: text,
  date: isoDate,
  /**
   * Absent when no link to the original outlet or primary source can be found: the source is
   * then cited by publisher, title and date, without a link (never a repost or mirror).
   */
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** The language the source is written in (its title is shown with this lang). */
  lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/),
});
export const sourcesSchema = z.record(z.string().regex(/^[a-z0-9-]+$/), sourceSchema);

export const channelMetaSchema = z.strictObject({
  sources: z.array(z.string()).min(1, 'every channel needs at least one source'),
  lastReviewed: isoDate,
});
export const channelsMetaSchema = exactly(CHANNEL_IDS, channelMetaSchema);

const questionTextSchema = z.strictObject({
  /** The question as asked in the conversation. */
  text,
  /** A short label for the answer list and "why you see this" (e.g. "Arrested or fingerprinted"). */
  short: text,
  /** Optional help shown under the question. */
  hint: text.optional(),
  /** One line shown after a "yes", "not sure" or "prefer not to say" answer: the flow this opens. */
  ifYes: text,
  /** One line shown after a "no" answer. */
  ifNo: text,
});

const channelTextSchema = z.strictObject({
  title: text,
  /** One line: what moves, from where to where. */
  summary: text,
  whatHappens: z.array(text).min(1),
  /** What this means for someone for whom it applies / may apply. */
  meansForYou: z.strictObject({ applies: text, 'may-apply': text }),
  whatYouCanDo: z.array(text).min(1),
  /** Extra sentences chosen by answers that change wording, not the list (see questionnaire/results VariantId). */
  variants: z.record(z.enum(VARIANT_IDS), text).optional(),
});

/** The English catalogue is the reference for interface keys: one source, no list kept by hand. */
const uiSchema = z.strictObject(
  Object.fromEntries(Object.entries(en.ui).map(([ns, messages]) => [ns, exactly(Object.keys(messages), text)])) as unknown as Record<
    keyof UiMessages,
    z.ZodType<Record<string, string>>
  >,
);

export const catalogueSchema = z.strictObject({
  meta: z.strictObject({
    /** The language's own name for itself, e.g. "Español". */
    name: text,
    dir: z.enum(['ltr', 'rtl']),
    /**
     * Who made this text: 'source' (written in it), 'machine' (a machine translation, labelled as
     * such on every page until reviewed), or 'reviewed' (checked by a qualified translator).
     * The date is when it was translated or reviewed. A review lands by changing this, not code.
     */
    translation: z.strictObject({ status: z.enum(['source', 'machine', 'reviewed']), date: isoDate }),
  }),
  /** Interface strings by namespace, exactly English's keys. Placeholders are written {name}. */
  ui: uiSchema,
  choices: exactly(CHOICES, text),
  states: exactly(JURISDICTION_CODES, text),
  questions: exactly(QUESTION_IDS, questionTextSchema),
  channels: exactly(CHANNEL_IDS, channelTextSchema),
  /** Explainer pages: what is newer than the seed, what varies by place, myths corrected. */
  learn: exactly(
    CHANNEL_IDS,
    z.strictObject({
      newer: z.array(z.strictObject({ date: isoDate, text })).min(1),
      varies: z.array(text).min(1),
      myths: z.array(z.strictObject({ myth: text, truth: text })).min(1),
      /** Sources for the learn page beyond the channel's own (content/channels.json). */
      sources: z.array(z.string()),
    }),
  ),
  about: z.strictObject({
    whatItIs: z.array(text).min(1),
    whatItIsNot: z.array(text).min(1),
    legalHelp: z
      .array(
        z.strictObject({
          name: text,
          url: z.url({ protocol: /^https$/ }),
          text,
          /** Set when the name is in another language. */ lang: z.string().optional(),
        }),
      )
      .min(1),
    privacy: z.array(text).min(1),
    whoMadeIt: z.array(text).min(1),
  }),
  /** Sentences about the person's state (questionnaire/places.ts), with {state}, {law}, {kinds}, {date}. */
  place: exactly(PLACE_TEXT_KEYS, text),
  /** Labels for the information-flow pictures: every node and edge id in content/diagram.json. */
  diagram: z.strictObject({ nodes: z.record(z.string(), text), edges: z.record(z.string(), text) }),
  /** The know-your-rights card (/card): its lines pair with English's, line by line (content/tools.test.ts). */
  card: z.strictObject({
    intro: text,
    statement: z.array(text).min(1),
    instructions: z.array(text).min(1),
    cannot: z.array(text).min(1),
  }),
  /** The family plan (/plan): words for each section and item of content/tools.json. */
  plan: z.strictObject({
    intro: text,
    sections: z.record(z.string(), text),
    items: z.record(z.string(), z.strictObject({ label: text, hint: text })),
  }),
  /** Records and how to ask for them (/records): words for each record of content/tools.json. */
  records: z.strictObject({
    intro: text,
    attention: text,
    lawyerFirst: text,
    items: z.record(
      z.string(),
      z.strictObject({ title: text, what: text, how: z.array(text).min(1), fee: text, caution: text.optional() }),
    ),
  }),
  /** The "Staying safe" page: private browsing, shared phones, what quick exit can and cannot hide. */
  safety: z.strictObject({
    intro: text,
    sections: z.array(z.strictObject({ heading: text, paragraphs: z.array(text).min(1) })).min(1),
  }),
});

const sourceId = z.string().regex(/^[a-z0-9-]+$/);
const ITEM_ID = /^[a-z0-9-]+$/;

/**
 * content/tools.json: the structure of the tools made on the device — the plan's sections and
 * items, each record's official page, phone, address, fee date and sources — the same in
 * every locale. Their words are in each catalogue (card, plan, records).
 */
export const toolsSchema = z.strictObject({
  _about: z.string().optional(),
  card: z.strictObject({ asOf: isoDate, sources: z.array(sourceId).min(1) }),
  plan: z.strictObject({
    asOf: isoDate,
    sections: z
      .array(
        z.strictObject({
          id: z.string().regex(ITEM_ID),
          items: z.array(z.strictObject({ id: z.string().regex(ITEM_ID), field: z.enum(['text', 'check']), source: sourceId })).min(1),
        }),
      )
      .min(1),
  }),
  records: z.strictObject({
    asOf: isoDate,
    letter: z.strictObject({
      fields: z.array(z.enum(['fullName', 'otherNames', 'dateOfBirth', 'countryOfBirth', 'aNumber', 'address', 'recordsWanted'])).min(1),
      /** The letter, in English (the agency's language), with {field}, {today}, {to} and {agency}. */
      template: text,
      recordsWantedDefault: text,
      /** What a blank optional field prints as, and a blank required one (a line to write on). */
      blank: text,
      line: text,
      law: text,
      sources: z.array(sourceId).min(1),
    }),
    items: z
      .array(
        z.strictObject({
          id: z.string().regex(ITEM_ID),
          /** The person's paths that make this record likely to exist (questionnaire/channels ids). */
          paths: z.array(z.enum(CHANNEL_IDS)).min(1),
          /** A state's own request: shown only to people in that state, or to those who named none. */
          place: z.enum(JURISDICTION_CODES).optional(),
          url: z.url({ protocol: /^https?$/ }),
          phone: text.optional(),
          address: z.array(text).min(1).optional(),
          feeAsOf: isoDate,
          sources: z.array(sourceId).min(1),
          /** The agency a letter is addressed to; a record with an address and this gets a letter. */
          letterTo: text.optional(),
        }),
      )
      .min(1),
  }),
});
export type Tools = z.infer<typeof toolsSchema>;

export type Source = z.infer<typeof sourceSchema>;
export type ChannelMeta = z.infer<typeof channelMetaSchema>;
/** A validated catalogue, its interface strings typed from English's keys. */
export type Catalogue = Omit<z.infer<typeof catalogueSchema>, 'ui'> & { ui: UiMessages };
export type ChannelText = z.infer<typeof channelTextSchema>;
export type QuestionText = z.infer<typeof questionTextSchema>;

/**
 * content/diagram.json: the flows between places, each belonging to one channel (labels are
 * per locale). Node ids are the ends of the edges; every channel has at least one edge into
 * "ice", so the map can draw it as a lane ending there.
 */
export const diagramSchema = z
  .strictObject({
    edges: z
      .array(
        z.strictObject({
          id: z.string().regex(/^[a-z0-9-]+$/),
          from: z.string().regex(/^[a-z0-9-]+$/),
          to: z.string().regex(/^[a-z0-9-]+$/),
          channel: z.enum(CHANNEL_IDS),
        }),
      )
      .min(1),
  })
  .superRefine((d, ctx) => {
    const ids = d.edges.map((e) => e.id);
    for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i)))
      ctx.addIssue({ code: 'custom', message: `edge id ${id} is used twice` });
    for (const c of CHANNEL_IDS)
      if (!d.edges.some((e) => e.channel === c && e.to === 'ice'))
        ctx.addIssue({ code: 'custom', message: `channel ${c} has no edge into "ice"` });
  });
