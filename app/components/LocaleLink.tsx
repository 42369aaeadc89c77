import Link from 'next/link';
import type { ComponentProps } from 'react';

/**
 * The one link component for in-app navigation. Prefetch is off everywhere: which
 * pages a person can see depends on their answers, and a prefetch request would
 * tell the network what those answers were.
 */
export default function LocaleLink(props: Omit<ComponentProps<typeof Link>, 'prefetch'>) {
  return <Link {...props} prefetch={false} />;
}
