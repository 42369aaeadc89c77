import type { Metadata } from 'next';
import './globals.css';
import NotFoundMessage from '@/features/site/NotFoundMessage';

export const metadata: Metadata = { title: 'Page not found · Untangle' };

/** Any URL outside every route (including an unknown locale): a friendly page, in English. */
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <NotFoundMessage />
      </body>
    </html>
  );
}
