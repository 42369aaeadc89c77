import { format, formatDate } from '@/i18n/format';
import type { StateActionItem } from '@/questionnaire/places';

type Props = { item: StateActionItem; locale: string; asOfTemplate: string };

/**
 * One state's "what you can do" item: its text, then its law, sources and as-of date. The
 * learn page passes every source; the results carry only the first (content/check-content.ts).
 */
export default function StateActionText({ item, locale, asOfTemplate }: Props) {
  return (
    <>
      {item.text[locale]}{' '}
      <span className="text-sm text-muted">
        ({item.law ? `${item.law}, ` : ''}
        {item.sources.map((source, i) => (
          <span key={i}>
            {i > 0 && '; '}
            {source.url ? (
              <a href={source.url} title={source.title}>
                {source.publisher}
              </a>
            ) : (
              source.publisher
            )}
          </span>
        ))}
        , {format(asOfTemplate, { date: formatDate(item.asOf, locale) })})
      </span>
    </>
  );
}
