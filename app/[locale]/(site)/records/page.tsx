import { titleFromUi } from '@/features/site/page-metadata';
import { loadCatalogue, loadTools, sourceEntries } from '@/content/load';
import { buildStepsContent } from '@/content/steps-content';
import RecordsView from '@/features/records/RecordsView';

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleFromUi('records.title');

/** Which records may exist about the person, and how to ask for each; letters filled and printed on the device. */
export default async function RecordsPage({ params }: Props) {
  const { locale } = await params;
  const { ui, records } = loadCatalogue(locale);
  const structure = loadTools().records;
  const sources = Object.fromEntries(structure.items.map((r) => [r.id, sourceEntries(r.sources)]));
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-8">
      <h1 className="text-3xl font-bold">{ui.records.heading}</h1>
      <p className="mt-3">{records.intro}</p>
      <RecordsView content={buildStepsContent(locale, ['records', 'results'])} structure={structure} words={records} sources={sources} />
    </main>
  );
}
