import LanguageSwitch from './LanguageSwitch';
import LocaleLink from './LocaleLink';
import QuickExit from './QuickExit';

type Props = { locale: string; ui: Record<string, string>; languages: { locale: string; name: string }[] };

export default function SiteHeader({ locale, ui, languages }: Props) {
  return (
    <header className="no-print sticky top-0 z-40 border-b border-line bg-paper">
      <div className="mx-auto flex max-w-2xl flex-wrap items-center justify-between gap-x-3 gap-y-1 px-4 py-2">
        <LocaleLink href={`/${locale}`} className="font-bold text-lg text-ink no-underline" aria-label={ui.homeLink}>
          {ui.appName}
        </LocaleLink>
        <div className="flex flex-wrap items-center justify-end gap-x-3 gap-y-1">
          <LanguageSwitch current={locale} label={ui.language ?? 'Language'} languages={languages} />
          <LocaleLink href={`/${locale}/safety`} className="text-sm">
            {ui.safetyLink}
          </LocaleLink>
          <QuickExit label={ui.quickExit ?? 'Quick exit'} countLabel={ui.quickExitCount ?? ''} />
        </div>
      </div>
    </header>
  );
}
