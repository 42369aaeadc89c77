import { formatDate } from '@/i18n/format';
import { translator } from '@/i18n/translate';
import type { Catalogue } from '@/content/schema';

type Props = { catalogue: Pick<Catalogue, 'meta' | 'ui'>; locale: string };

/**
 * Says, in the page's own language, that a machine made this translation and no qualified
 * translator has checked it yet (or that one has), with the date. The status is data (the
 * catalogue's meta.translation): a reviewed translation changes the label without code.
 * The original text (English) carries no label.
 */
export default function TranslationNote({ catalogue, locale }: Props) {
  const { status, date } = catalogue.meta.translation;
  if (status === 'source') return null;
  const t = translator(catalogue.ui);
  return (
    <p data-translation={status} className="border-b border-line bg-note px-4 py-2 text-center text-sm">
      {t(status === 'machine' ? 'translation.machine' : 'translation.reviewed', { date: formatDate(date, locale) })}
    </p>
  );
}
