import LocaleLink from './LocaleLink';
import QuickExit from './QuickExit';

type Props = { locale: string; ui: Record<string, string> };

export default function SiteHeader({ locale, ui }: Props) {
  return (
    <header className="no-print sticky top-0 z-40 border-b border-line bg-paper/95 backdrop-blur">
      <div className="mx-auto flex max-w-2xl items-center justify-between gap-3 px-4 py-2">
        <LocaleLink href={`/${locale}`} className="font-bold text-lg text-ink no-underline" aria-label={ui.homeLink}>
          {ui.appName}
        </LocaleLink>
        <QuickExit label={ui.quickExit ?? 'Quick exit'} />
      </div>
    </header>
  );
}
