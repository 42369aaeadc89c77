'use client';

import { useEffect, useId, useState } from 'react';
import type { UiMessages } from '@/i18n/messages';
import { translator } from '@/i18n/translate';
import { clearSaved, readSaved, writeSaved } from './saved-session';
import type { conversationActor } from '../check/conversation-actor';

type Props = { actor: ReturnType<typeof conversationActor>; ui: UiMessages };
type Message = 'save.restored' | 'save.discarded' | 'save.deleted' | 'save.failed' | null;

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
      // eslint-disable-next-line react-hooks/set-state-in-effect -- storage can only be read in the browser, after hydration
      setEnabled(true);
      if (actor.getSnapshot().context.history.length === 0 && Object.keys(saved.answers).length > 0) {
        actor.send({ type: 'RESTORE', answers: saved.answers });
        setMessage('save.restored');
      }
    } else if (saved.status === 'discarded') {
      clearSaved();
      setMessage('save.discarded');
    }
  }, [actor]);

  // While saving is on, every change is written; nothing is written otherwise.
  useEffect(() => {
    if (!enabled) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the write to storage happens here, and so does its failure
    if (!writeSaved(actor.getSnapshot().context.answers)) setMessage('save.failed');
    const sub = actor.subscribe((s) => writeSaved(s.context.answers));
    return () => sub.unsubscribe();
  }, [enabled, actor]);

  const remove = () => {
    clearSaved();
    setEnabled(false);
    setMessage('save.deleted');
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
            {t('save.label')}
          </label>
          <p id={hintId} className="text-sm text-muted">
            {t('save.hint')}
          </p>
        </div>
      </div>
      {enabled && (
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <p className="text-sm">{t('save.on')}</p>
          <button type="button" className="btn bg-white text-exit border-exit" onClick={remove}>
            {t('save.delete')}
          </button>
        </div>
      )}
      <p role="status" className="mt-2 text-sm font-semibold empty:hidden">
        {message ? t(message) : ''}
      </p>
    </div>
  );
}
