import { formatDate } from '@/i18n/format';
import { translator } from '@/i18n/translate';
import type { CountyAgreements } from '@/questionnaire/counties';
import type { CheckContent } from '@/content/check-content-types';

/** "Why you see this" when ICE's list answered the 287(g) question: which of the county's agencies it names. */
export function whyFromList(a: CountyAgreements, ui: CheckContent['ui'], locale: string): string {
  const t = translator(ui);
  const date = formatDate(a.asOf, locale);
  const sheriff = a.local.some((x) => x.scope === 'county');
  const police = a.local.some((x) => x.scope === 'municipal');
  if (sheriff && police) return t('county.whyBoth', { date });
  if (sheriff) return t('county.whySheriff', { date });
  if (police) return t('county.whyPolice', { date });
  return t('county.whyNotListed', { date });
}

/** The line the 287(g) picture carries when ICE's list answered for the person. */
export function pictureReason(a: CountyAgreements, ui: CheckContent['ui'], locale: string): string {
  const t = translator(ui);
  if (a.local.length === 0) return t('county.pictureNotListed', { county: a.countyName, date: formatDate(a.asOf, locale) });
  return t('county.pictureReason', { agencies: a.local.map((x) => x.name).join(', ') });
}
