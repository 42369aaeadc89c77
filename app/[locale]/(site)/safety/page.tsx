import { titleFromUi } from '@/features/site/page-metadata';
import { loadCatalogue } from '@/content/load';
import KeepOffline from '@/features/offline/KeepOffline';
import { pickUi } from '@/i18n/translate';

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleFromUi('safety.title');

export default async function SafetyPage({ params }: Props) {
  const { locale } = await params;
  const { ui, safety } = loadCatalogue(locale);
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-8">
      <h1 className="text-3xl font-bold">{ui.safety.title}</h1>
      <p className="mt-4 text-lg">{safety.intro}</p>
      {safety.sections.map((section) => (
        <section key={section.heading} className="mt-6">
          <h2 className="text-xl font-semibold">{section.heading}</h2>
          {section.paragraphs.map((p) => (
            <p key={p} className="mt-2">
              {p}
            </p>
          ))}
        </section>
      ))}
      <KeepOffline ui={pickUi(ui, ['offline'])} locale={locale} />
    </main>
  );
}
