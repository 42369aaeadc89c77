type Props = { locale: string; text: string; linkText: string };

/**
 * With JavaScript off, the conversation cannot run: say so plainly and point to the learn
 * pages, which work without it. The dead controls are hidden by `.needs-js` (globals.css).
 */
export default function NoScriptNote({ locale, text, linkText }: Props) {
  return (
    <noscript>
      <p data-noscript="" className="mt-4 rounded-md border-s-4 border-brand bg-note px-3 py-2">
        {text} <a href={`/${locale}/learn`}>{linkText}</a>
      </p>
    </noscript>
  );
}
