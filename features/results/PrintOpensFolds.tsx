'use client';

import { useEffect } from 'react';

/**
 * Printing shows everything: before print, open each closed fold; after, close them again.
 * (globals.css also shows closed folds' content in print where ::details-content is known.)
 */
export default function PrintOpensFolds() {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      opened = [...document.querySelectorAll<HTMLDetailsElement>('details[data-fold]:not([open])')];
      for (const d of opened) d.open = true;
    };
    const after = () => {
      for (const d of opened) d.open = false;
      opened = [];
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return null;
}
