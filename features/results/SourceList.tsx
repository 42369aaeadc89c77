import type { Source } from '@/content/schema';
import { formatDate } from '@/i18n/format';

/**
 * Sources with publisher and date; titles keep their own language. Each entry is one
 * direction-isolated run (dir="auto": its first letters decide), so an English citation reads
 * whole, brackets included, inside right-to-left text.
 */
export default function SourceList({ sources, locale }: { sources: (Source & { id: string })[]; locale: string }) {
  return (
    <ol className="mt-1 list-decimal space-y-1 ps-6 text-sm">
      {sources.map((s) => (
        <li key={s.id}>
          <span dir="auto">
            {s.url ? (
              <a href={s.url} rel="noreferrer" target="_blank" lang={s.lang}>
                {s.title}
              </a>
            ) : (
              <cite lang={s.lang}>{s.title}</cite>
            )}{' '}
            (<span lang={s.lang}>{s.publisher}</span>, {formatDate(s.date, locale)})
          </span>
        </li>
      ))}
    </ol>
  );
}
