'use client';

import { useEffect, useState } from 'react';
import { heightMessage, parseEmbedParams, type EmbedParams } from './embed-params';
import type { CoreContent } from '@/content/check-content-types';
import Conversation from '../check/Conversation';
import NoScriptNote from '../check/NoScriptNote';
import QuickExit from '../safety/QuickExit';

/**
 * The embed: quick exit at the top, the conversation, and the partner's referral link in
 * the results. It tells its host page one thing only, its height, as a number, and only
 * to the origin the loader named.
 */
export default function EmbedFrame({ content }: { content: CoreContent }) {
  const [params, setParams] = useState<EmbedParams>({ partnerName: null, referralUrl: null, hostOrigin: null });

  // URL parameters are read after hydration: the page itself is the same static file for every partner.
  // eslint-disable-next-line react-hooks/set-state-in-effect -- reading the URL needs the browser
  useEffect(() => setParams(parseEmbedParams(window.location.search)), []);

  useEffect(() => {
    const host = params.hostOrigin;
    if (!host || window.parent === window) return;
    let last = 0;
    const main = document.getElementById('main');
    if (!main) return;
    // The content's own height (the page's body is at least as tall as the frame).
    const send = () => {
      const h = heightMessage(main.offsetTop + main.offsetHeight + 2);
      if (h !== null && h !== last) {
        last = h;
        window.parent.postMessage(h, host);
      }
    };
    const observer = new ResizeObserver(send);
    observer.observe(main);
    send();
    return () => observer.disconnect();
  }, [params.hostOrigin]);

  const partner = params.partnerName ? { name: params.partnerName, url: params.referralUrl } : null;
  return (
    <>
      <div className="flex items-center justify-between gap-3 border-b border-line pb-2">
        <p className="text-sm text-muted">{content.ui.embed.by}</p>
        <QuickExit label={content.ui.site.quickExit ?? 'Quick exit'} countLabel={content.ui.site.quickExitCount ?? ''} />
      </div>
      <h1 className="sr-only">{content.ui.check.title}</h1>
      <NoScriptNote locale={content.locale} text={content.ui.check.noScript!} linkText={content.ui.learn.link!} />
      <div className="needs-js mt-3">
        <Conversation content={content} partner={partner} />
      </div>
    </>
  );
}
