import type { Metadata } from 'next';
import { loadCatalogue } from '@/content/load';

type LocaleParams = { params: Promise<{ locale: string }> };

/** generateMetadata for a page whose title is one UI string of its locale. */
export function titleFromUi(key: string) {
  return async ({ params }: LocaleParams): Promise<Metadata> => {
    const { locale } = await params;
    return { title: loadCatalogue(locale).ui[key] };
  };
}
