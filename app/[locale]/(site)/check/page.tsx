import { buildCheckContent, splitCheckContent } from '@/content/check-content';
import { titleFromUi } from '@/features/site/page-metadata';
import Conversation from '@/features/check/Conversation';
import NoScriptNote from '@/features/check/NoScriptNote';

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleFromUi('check.title');

export default async function CheckPage({ params }: Props) {
  const { locale } = await params;
  // The results' part loads once, right after the page opens (see results.json).
  const content = splitCheckContent(buildCheckContent(locale)).core;
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-6">
      <h1 className="sr-only">{content.ui.check.title}</h1>
      <NoScriptNote locale={locale} text={content.ui.check.noScript!} linkText={content.ui.learn.link!} />
      <div className="needs-js">
        <Conversation content={content} />
      </div>
    </main>
  );
}
