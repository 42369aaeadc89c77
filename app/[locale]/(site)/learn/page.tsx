import { CHANNEL_IDS } from '@/questionnaire/channels';
import { titleFromUi } from '@/features/site/page-metadata';
import { loadCatalogue } from '@/content/load';
import LocaleLink from '@/features/site/LocaleLink';
import StartCheckLink from '@/features/site/StartCheckLink';

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleFromUi('learn.title');

/** Every path, one line each: shareable, no answers. */
export default async function LearnIndex({ params }: Props) {
  const { locale } = await params;
  const { ui, channels } = loadCatalogue(locale);
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-8">
      <h1 className="text-3xl font-bold">{ui.learn.title}</h1>
      <p className="mt-3 text-lg">{ui.learn.intro}</p>
      <ul className="mt-6 space-y-4">
        {CHANNEL_IDS.map((id) => (
          <li key={id} className="rounded-lg border border-line bg-white p-4">
            <h2 className="text-lg font-semibold">
              <LocaleLink href={`/${locale}/learn/${id}`}>{channels[id].title}</LocaleLink>
            </h2>
            <p className="mt-1">{channels[id].summary}</p>
          </li>
        ))}
      </ul>
      <StartCheckLink locale={locale} label={ui.learn.start ?? ''} />
    </main>
  );
}
