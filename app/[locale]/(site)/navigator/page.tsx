import type { Metadata } from 'next';
import { buildCheckContent } from '@/lib/check-content';
import { loadCatalogue, locales } from '@/lib/content';
import Navigator from '@/app/components/Navigator';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: loadCatalogue(locale).ui.navTitle };
}

/** Clinic intake. Every language's content is on the page, so the summary can be printed in another. */
export default async function NavigatorPage({ params }: Props) {
  const { locale } = await params;
  const all = locales();
  const contents = Object.fromEntries(all.map((l) => [l, buildCheckContent(l)]));
  const { ui } = loadCatalogue(locale);
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-6">
      <h1 className="text-2xl font-bold print:hidden">{ui.navTitle}</h1>
      <p className="mt-1 text-muted print:hidden">{ui.navIntro}</p>
      <div className="mt-4">
        <Navigator contents={contents} locale={locale} languages={all.map((l) => ({ locale: l, name: loadCatalogue(l).meta.name }))} />
      </div>
    </main>
  );
}
