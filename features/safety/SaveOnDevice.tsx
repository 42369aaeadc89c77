'use client';

import { useEffect, useId, useState } from 'react';
import { translator } from '@/i18n/translate';
import { clearSaved, readSaved, writeSaved } from './saved-session';
import type { conversationActor } from '../check/conversation-actor';

type Props = { actor: ReturnType<typeof conversationActor>; ui: Record<string, string> };
type Message = 'saveRestored' | 'saveDiscarded' | 'saveDeleted' | 'saveFailed' | null;

/** Opt-in saving on this device, off by default, with a visible "delete now". */
export default function SaveOnDevice({ actor, ui }: Props) {
  const t = translator(ui);
  const [enabled, setEnabled] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const hintId = useId();

  // Read a saved record once, after hydration (storage is never touched during render).
  useEffect(() => {
    const saved = readSaved();
    if (saved.status === 'ok') {
      setEnabled(true);
      if (actor.getSnapshot().context.history.length === 0 && Object.keys(saved.answers).length > 0) {
        actor.send({ type: 'RESTORE', answers: saved.answers });
        setMessage('saveRestored');
      }
    } else if (saved.status === 'discarded') {
      clearSaved();
      setMessage('saveDiscarded');
    }
  }, [actor]);

  // While saving is on, every change is written; nothing is written otherwise.
  useEffect(() => {
    if (!enabled) return;
    if (!writeSaved(actor.getSnapshot().context.answers)) setMessage('saveFailed');
    const sub = actor.subscribe((s) => writeSaved(s.context.answers));
    return () => sub.unsubscribe();
  }, [enabled, actor]);

  const remove = () => {
    clearSaved();
    setEnabled(false);
    setMessage('saveDeleted');
  };

  return (
    <div className="no-print mt-6 rounded-lg border border-line bg-white p-4">
      <div className="flex items-start gap-3">
        <input
          id={`${hintId}-box`}
          type="checkbox"
          checked={enabled}
          aria-describedby={hintId}
          onChange={(e) => (e.target.checked ? (setEnabled(true), setMessage(null)) : remove())}
          className="mt-1 size-6 shrink-0 accent-brand"
        />
        <div>
          <label htmlFor={`${hintId}-box`} className="font-semibold">
            {t('saveLabel')}
          </label>
          <p id={hintId} className="text-sm text-muted">
            {t('saveHint')}
          </p>
        </div>
      </div>
      {enabled && (
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <p className="text-sm">{t('saveOn')}</p>
          <button type="button" className="btn bg-white text-exit border-exit" onClick={remove}>
            {t('saveDelete')}
          </button>
        </div>
      )}
      <p role="status" className="mt-2 text-sm font-semibold empty:hidden">
        {message ? t(message) : ''}
      </p>
    </div>
  );
}
