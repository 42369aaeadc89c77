import type { Metadata } from 'next';
import { loadCatalogue } from '@/content/load';
import type { UiKey } from '@/i18n/messages';
import { lookup } from '@/i18n/translate';

type LocaleParams = { params: Promise<{ locale: string }> };

/** generateMetadata for a page whose title is one UI string of its locale. */
export function titleFromUi(key: UiKey) {
  return async ({ params }: LocaleParams): Promise<Metadata> => {
    const { locale } = await params;
    return { title: lookup(loadCatalogue(locale).ui, key) };
  };
}
