import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import '@/app/globals.css';

export const metadata: Metadata = { title: 'Untangle', referrer: 'no-referrer' };

/** The root page stands outside every locale, so it has its own root layout. */
export default function PickerLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
