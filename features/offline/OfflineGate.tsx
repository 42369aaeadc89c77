'use client';

import { useEffect, useState, type ComponentType } from 'react';
import { isKept } from './offline-state';

type Props = { locale: string; text: { newer: string; update: string } };

/**
 * On every page of the site, but it loads the offline code only when this page is already
 * controlled by the offline copy: a first visit loads none of it.
 */
export default function OfflineGate(props: Props) {
  const [Update, setUpdate] = useState<ComponentType<Props> | null>(null);
  useEffect(() => {
    if (!isKept()) return;
    let live = true;
    import('./OfflineUpdate').then((m) => live && setUpdate(() => m.default));
    return () => {
      live = false;
    };
  }, []);
  return Update ? <Update {...props} /> : null;
}
