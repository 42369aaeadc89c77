import type { UiMessages } from '@/i18n/messages';
import LanguageSwitch from './LanguageSwitch';
import LocaleLink from './LocaleLink';
import QuickExit from '../safety/QuickExit';

type Props = { locale: string; ui: UiMessages; languages: { locale: string; name: string; dir?: 'ltr' | 'rtl' }[] };

export default function SiteHeader({ locale, ui, languages }: Props) {
  // On a phone: name and Quick exit on the first row, links below; one row when there is room.
  return (
    <header className="no-print sticky top-0 z-40 border-b border-line bg-paper">
      {/* Wide pages (the navigator) mark their <main> with data-wide; the header follows. */}
      <div className="mx-auto flex max-w-2xl flex-wrap items-center justify-between gap-x-3 gap-y-1 px-4 py-2 [body:has(main[data-wide])_&]:max-w-6xl">
        <LocaleLink href={`/${locale}`} className="order-1 font-bold text-lg text-ink no-underline" aria-label={ui.site.homeLink}>
          {ui.site.appName}
        </LocaleLink>
        <div className="order-2 sm:order-3">
          <QuickExit label={ui.site.quickExit ?? 'Quick exit'} countLabel={ui.site.quickExitCount ?? ''} />
        </div>
        <div className="order-3 flex w-full flex-wrap items-center gap-x-4 gap-y-1 sm:order-2 sm:ms-auto sm:w-auto">
          <LanguageSwitch current={locale} label={ui.site.language ?? 'Language'} languages={languages} />
          <LocaleLink href={`/${locale}/safety`} className="text-sm">
            {ui.site.safetyLink}
          </LocaleLink>
        </div>
      </div>
    </header>
  );
}
