'use client';

import { useEffect } from 'react';
import { negotiateLocale } from '@/i18n/translate';

export default function LocaleAutoPick({ available, fallback }: { available: string[]; fallback: string }) {
  useEffect(() => {
    const preferred = navigator.languages?.length ? navigator.languages : [navigator.language];
    window.location.replace(`/${negotiateLocale(preferred, available, fallback)}`);
  }, [available, fallback]);
  return null;
}
