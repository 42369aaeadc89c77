'use client';

import { useEffect, useState } from 'react';
import SaveToggle from './SaveToggle';
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
    <SaveToggle
      on={enabled}
      onEnable={() => (setEnabled(true), setMessage(null))}
      onDelete={remove}
      text={{ label: t('save.label'), hint: t('save.hint'), on: t('save.on'), delete: t('save.delete') }}
      message={message ? t(message) : ''}
    />
  );
}
