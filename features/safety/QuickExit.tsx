'use client';

import { useEffect, useRef, useState } from 'react';
import { format } from '@/i18n/format';
import { NEUTRAL_SITE, createShiftCounter, quickExit, wipeEverything } from './quick-exit';

type Props = { label: string; countLabel: string };

/**
 * Always at the top of every page. The link, or Shift pressed three times, leaves at once
 * for a neutral site. It is a real link (as GOV.UK's "Exit this page" is), so it leaves
 * before the page's JavaScript has loaded, or without it; `target="_top"` leaves the whole
 * partner page from the embed. Once JavaScript runs, a click also hides the page, wipes
 * the answers and replaces the history entry (quick-exit.ts). A visually hidden status
 * tells screen-reader users how many Shift presses remain.
 */
export default function QuickExit({ label, countLabel }: Props) {
  const [count, setCount] = useState(0);
  const counter = useRef(createShiftCounter());

  useEffect(() => {
    const down = (e: KeyboardEvent) => setCount(counter.current.keydown(e.key, e.repeat));
    const up = (e: KeyboardEvent) => {
      const r = counter.current.keyup(e.key, e.timeStamp || performance.now());
      if (r === 'exit') quickExit();
      else setCount(r);
    };
    // A page restored from the back/forward cache must never show old answers.
    const restored = (e: PageTransitionEvent) => {
      if (!e.persisted) return;
      wipeEverything();
      window.location.reload();
    };
    document.addEventListener('keydown', down, true);
    document.addEventListener('keyup', up, true);
    window.addEventListener('pageshow', restored);
    return () => {
      document.removeEventListener('keydown', down, true);
      document.removeEventListener('keyup', up, true);
      window.removeEventListener('pageshow', restored);
    };
  }, []);

  // The count lapses after 5 seconds, as the counter does.
  useEffect(() => {
    if (count === 0) return;
    const timer = setTimeout(() => {
      counter.current.reset();
      setCount(0);
    }, 5000);
    return () => clearTimeout(timer);
  }, [count]);

  return (
    <>
      <a
        href={NEUTRAL_SITE}
        target="_top"
        rel="noreferrer"
        data-quick-exit=""
        onClick={(e) => {
          e.preventDefault();
          quickExit();
        }}
        className="btn no-print border-exit bg-exit text-white no-underline hover:bg-[#8c1d17] focus-visible:outline-offset-4"
      >
        {label}
      </a>
      <span role="status" className="sr-only">
        {count > 0 ? format(countLabel, { count, remaining: 3 - count }) : ''}
      </span>
    </>
  );
}
