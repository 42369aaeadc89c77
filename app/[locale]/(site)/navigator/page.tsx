import { buildCheckContent } from '@/content/check-content';
import { titleFromUi } from '@/features/site/page-metadata';
import { loadCatalogue, locales } from '@/content/load';
import Navigator from '@/features/navigator/Navigator';
import NoScriptNote from '@/features/check/NoScriptNote';

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleFromUi('nav.title');

/** Clinic intake. Its own language's content is on the page; the summary's other languages load when chosen. */
export default async function NavigatorPage({ params }: Props) {
  const { locale } = await params;
  const all = locales();
  const { ui } = loadCatalogue(locale);
  return (
    <main id="main" data-wide className="mx-auto max-w-6xl px-4 py-6">
      <h1 className="text-2xl font-bold print:hidden">{ui.nav.title}</h1>
      <p className="mt-1 text-muted print:hidden">{ui.nav.intro}</p>
      <NoScriptNote locale={locale} text={ui.check.noScript!} linkText={ui.learn.link!} />
      <div className="needs-js mt-4">
        <Navigator
          content={buildCheckContent(locale)}
          locale={locale}
          languages={all.map((l) => ({ locale: l, name: loadCatalogue(l).meta.name }))}
        />
      </div>
    </main>
  );
}
