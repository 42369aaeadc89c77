import type { ReactNode } from 'react';
import { formatDate } from '@/i18n/format';
import { translator, type Translate } from '@/i18n/translate';
import type { ChannelId } from '@/questionnaire/channels';
import { TOOL_IDS, type NextStep } from '@/questionnaire/next-steps';
import type { SourceList } from '@/content/load';
import LocaleLink from '../site/LocaleLink';
import { setRecordTarget } from './jump';
import type { UiMessages } from '@/i18n/messages';

export type StepsContent = {
  locale: string;
  ui: UiMessages;
  /** The sources the general steps cite (content/sources.json ids). */
  sources: SourceList;
  channelTitles: Partial<Record<ChannelId, string>>;
  stateName?: string;
};

/** A step's heading: its kind's words, or the hotline's name, or the state's. */
export function stepTitle(step: NextStep, t: Translate, stateName = ''): string {
  if (step.kind === 'hotline') return t('steps.hotline', { name: step.help?.name ?? '' });
  if (step.kind === 'state') return t('steps.state', { state: stateName });
  return t(`steps.${step.kind}`);
}

/** The step's one line of explanation: the kind's words, or the state item's own text. */
export function stepBody(step: NextStep, t: Translate, locale: string): string {
  if (step.kind === 'state') return step.stateItem?.text[locale] ?? '';
  return t(`steps.${step.kind}Body`);
}

/** The way in: a tool made on the device, a phone number, or an official page. */
export function StepWay({ step, t, locale }: { step: NextStep; t: Translate; locale: string }): ReactNode {
  const way = step.way;
  if (way.kind === 'tool') {
    // The record a step opens is remembered in memory, never put in the URL (see jump.ts).
    return (
      <LocaleLink
        href={`/${locale}/${way.tool}`}
        onClick={() => setRecordTarget(way.anchor ?? null)}
        className="btn inline-block bg-white text-brand no-underline"
        data-step-tool={way.tool}
        data-step-anchor={way.anchor}
      >
        {t('steps.openTool')}
        <span className="sr-only">: {t(`steps.${step.kind}`)}</span>
      </LocaleLink>
    );
  }
  if (way.kind === 'phone')
    return (
      <span className="flex flex-wrap gap-x-4 gap-y-1">
        <a href={`tel:${way.phone.replace(/[^0-9+]/g, '')}`} className="font-semibold" data-step-phone="">
          {t('steps.call', { phone: way.phone })}
        </a>
        {way.url && (
          <a href={way.url} rel="noreferrer" target="_blank" data-step-link="">
            {t('steps.openPage')}
          </a>
        )}
      </span>
    );
  return (
    <a href={way.url} rel="noreferrer" target="_blank" className="font-semibold" data-step-link="">
      {t('steps.openPage')}
    </a>
  );
}

function stepSource(step: NextStep, content: StepsContent): string | null {
  const s = 'id' in step.source ? content.sources[step.source.id] : step.source.place;
  if (!s) return null;
  return `${s.publisher}, ${s.title} (${formatDate(s.date, content.locale)})`;
}

/**
 * The next steps as one ordered list (`data-next-steps`), most useful first. Each step says
 * which of the person's paths it answers, has a way in, and names its source.
 */
export default function NextSteps({ steps, content, id = 'next-steps' }: { steps: NextStep[]; content: StepsContent; id?: string }) {
  const t = translator(content.ui);
  return (
    <section aria-labelledby={`${id}-title`} className="mt-8" id={id}>
      <h3 id={`${id}-title`} tabIndex={-1} className="scroll-mt-20 text-xl font-bold focus:outline-none">
        {t('steps.title')}
      </h3>
      <p className="mt-1 text-muted">{t('steps.intro')}</p>
      <ol data-next-steps="" className="mt-3 space-y-3">
        {steps.map((step, i) => {
          const source = stepSource(step, content);
          return (
            <li key={step.key} data-step={step.kind} className="break-inside-avoid rounded-lg border border-line bg-white p-3">
              <p className="font-semibold">
                <span className="me-1 text-brand">{i + 1}.</span>
                {stepTitle(step, t, content.stateName)}
              </p>
              <p className="mt-1">{stepBody(step, t, content.locale)}</p>
              <p className="mt-1 text-sm text-muted" data-step-why="">
                {step.why.length > 0
                  ? t('steps.why', { paths: step.why.map((c) => content.channelTitles[c] ?? c).join('; ') })
                  : t('steps.whyAnyone')}
              </p>
              <p className="mt-2">
                <StepWay step={step} t={t} locale={content.locale} />
              </p>
              {source && <p className="mt-1 text-xs text-muted">{t('steps.source', { source })}</p>}
            </li>
          );
        })}
      </ol>
      <nav aria-labelledby={`${id}-tools`} className="no-print mt-4" data-tools="">
        <h4 id={`${id}-tools`} className="font-semibold">
          {t('steps.toolsTitle')}
        </h4>
        <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-2">
          {TOOL_IDS.map((tool) => (
            <li key={tool}>
              <LocaleLink href={`/${content.locale}/${tool}`}>{t(`${tool}.link`)}</LocaleLink>
            </li>
          ))}
        </ul>
      </nav>
    </section>
  );
}
