'use client';

import { useRouter } from 'next/navigation';
import type { AnchorHTMLAttributes, MouseEvent } from 'react';

type Props = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

/**
 * The one link component for in-app navigation: a plain <a> that the App Router follows
 * without a page load, so a conversation held in memory survives a visit to another page
 * or a change of language. It never prefetches: which pages a person opens depends on
 * their answers, and a prefetch would tell the network. (It is also lighter than
 * next/link, which matters on pages with no other interaction.)
 */
export default function LocaleLink({ href, onClick, ...rest }: Props) {
  const router = useRouter();
  const follow = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    const plain = e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey && !rest.target;
    if (e.defaultPrevented || !plain || !href.startsWith('/')) return;
    e.preventDefault();
    router.push(href);
  };
  return <a href={href} onClick={follow} {...rest} />;
}
