import { format, formatDate } from '@/i18n/format';
import type { StateActionItem } from '@/questionnaire/places';

type Props = { item: StateActionItem; locale: string; asOfTemplate: string };

/** One state's "what you can do" item: its text, then its law, source and as-of date. */
export default function StateActionText({ item, locale, asOfTemplate }: Props) {
  const source = item.sources[0];
  return (
    <>
      {item.text[locale]}{' '}
      <span className="text-sm text-muted">
        ({item.law ? `${item.law}, ` : ''}
        {source?.url ? <a href={source.url}>{source.publisher}</a> : source?.publisher},{' '}
        {format(asOfTemplate, { date: formatDate(item.asOf, locale) })})
      </span>
    </>
  );
}
