import { formatDate } from '@/i18n/format';
import { translator } from '@/i18n/translate';
import type { HelpEntry, PlaceFile } from '@/questionnaire/counties';
import type { CheckContent } from '@/content/check-content-types';

type Props = { help: HelpEntry[]; file: PlaceFile; stateName: string; content: Pick<CheckContent, 'ui' | 'locale'> };

/**
 * Local help for the person's state (and county, when given): rapid response hotlines sourced
 * to the network's own page or to the list they come from, then the legal-help list. A state
 * without a sourced hotline says so, never a guess. Numbers are tel: links.
 */
export default function LocalHelp({ help, file, stateName, content }: Props) {
  const t = translator(content.ui);
  const hotlines = help.filter((h) => h.kind === 'hotline');
  const legal = help.filter((h) => h.kind === 'legal');
  const countyNames = new Map(file.counties);
  const date = (iso: string) => formatDate(iso, content.locale);
  return (
    <section aria-labelledby="local-help-title" className="mt-8 rounded-lg border border-line bg-white p-4" data-local-help={file.place}>
      <h3 id="local-help-title" className="text-lg font-semibold">
        {t('county.helpTitle', { state: stateName })}
      </h3>
      {hotlines.length === 0 && (
        <p className="mt-1" data-no-hotline="">
          {t('county.noHotline', { state: stateName })}
        </p>
      )}
      <ul className="mt-2 space-y-3">
        {hotlines.map((h) => (
          <li key={`${h.name}-${h.phone}`} data-hotline="">
            <p className="font-semibold">
              {h.url ? (
                <a href={h.url} rel="noreferrer" target="_blank">
                  {h.name}
                </a>
              ) : (
                h.name
              )}
            </p>
            <p className="text-sm text-muted">{t('county.hotline')}</p>
            {h.phone && (
              <p>
                <a href={`tel:${h.phone.replace(/[^0-9+]/g, '')}`} className="font-semibold">
                  {t('county.call', { phone: h.phone })}
                </a>
              </p>
            )}
            <p className="text-sm">
              {h.covers === 'statewide'
                ? `${t('county.coversState', { state: stateName })} `
                : Array.isArray(h.covers)
                  ? `${t('county.covers', { counties: h.covers.map((c) => countyNames.get(c) ?? c).join(', ') })} `
                  : ''}
              {h.checked
                ? t('county.checked', { date: date(h.checked) })
                : t('county.listedBy', { publisher: h.source.publisher, date: date(h.source.date) })}
            </p>
          </li>
        ))}
        {legal.map((h) => (
          <li key={h.name} data-legal-help="">
            <a href={h.url} rel="noreferrer" target="_blank">
              {t('county.legal')}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
