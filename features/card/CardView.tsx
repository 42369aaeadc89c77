'use client';

import { useEffect, useRef, useState } from 'react';

type Side = { lang: string; dir: 'ltr' | 'rtl'; label: string; lines: string[] };
type Props = {
  /** The English side, for the officer. */
  officer: Side;
  /** The person's language, when it is not English. */
  own: Side | null;
  text: { show: string; close: string; print: string; title: string };
};

/**
 * The card: the person's language beside English, as ILRC's red cards are. "Show full screen"
 * puts it alone on the screen, large, for an officer to read (the Fullscreen API where the
 * browser has it, else a layer over the page); Escape or "Close" returns. Print prints the
 * card alone, on one page (globals.css).
 */
export default function CardView({ officer, own, text }: Props) {
  const [full, setFull] = useState(false);
  const card = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!full) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setFull(false);
    const onChange = () => !document.fullscreenElement && setFull(false);
    document.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onChange);
    card.current?.focus();
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onChange);
    };
  }, [full]);

  const open = () => {
    setFull(true);
    card.current?.requestFullscreen?.().catch(() => undefined);
  };
  const shut = () => {
    if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    setFull(false);
  };

  return (
    <>
      <section
        ref={card}
        tabIndex={-1}
        aria-label={text.title}
        data-card=""
        data-full={full ? '' : undefined}
        className="rights-card mt-4 rounded-xl border-4 border-exit bg-white p-4 focus:outline-none"
      >
        {full && (
          <p className="mb-3 text-end">
            <button type="button" className="btn bg-white text-brand" onClick={shut} data-card-close="">
              {text.close}
            </button>
          </p>
        )}
        <div className={own ? 'grid gap-4 sm:grid-cols-2' : ''}>
          {own && <CardSide side={own} />}
          <CardSide side={officer} officer />
        </div>
      </section>
      <div className="no-print mt-4 flex flex-wrap gap-3">
        <button type="button" className="btn bg-brand text-white" onClick={open} data-card-show="">
          {text.show}
        </button>
        <button type="button" className="btn bg-white text-brand" onClick={() => window.print()}>
          {text.print}
        </button>
      </div>
    </>
  );
}

function CardSide({ side, officer = false }: { side: Side; officer?: boolean }) {
  return (
    <div lang={side.lang} dir={side.dir} data-card-side={officer ? 'officer' : 'own'}>
      <h2 className="text-sm font-bold uppercase tracking-wide text-exit">{side.label}</h2>
      <ul className="mt-2 space-y-2">
        {side.lines.map((line) => (
          <li key={line} className="card-line font-semibold">
            {line}
          </li>
        ))}
      </ul>
    </div>
  );
}
