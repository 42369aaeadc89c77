import { formatDate } from '@/i18n/format';
import { translator } from '@/i18n/translate';
import type { CountyAgreements } from '@/questionnaire/counties';
import type { CheckContent } from '@/content/check-content-types';

/** The note under the county answer: what ICE's list says for the county, and its date. */
export default function CountyTurnNote({
  agreements,
  ui,
  locale,
}: {
  agreements: CountyAgreements;
  ui: CheckContent['ui'];
  locale: string;
}) {
  const t = translator(ui);
  const vars = { county: agreements.countyName, date: formatDate(agreements.asOf, locale) };
  return (
    <span data-county-note={agreements.local.length > 0 ? 'listed' : 'not-listed'}>
      {t(agreements.local.length > 0 ? 'county.listedNote' : 'county.notListedNote', vars)}
    </span>
  );
}
