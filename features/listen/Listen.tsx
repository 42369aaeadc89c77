'use client';

import { useEffect, useId, useState } from 'react';
import { localVoiceFor } from './voices';

type Props = { text: string; locale: string; label: { listen: string; stop: string; hint: string }; className?: string };

/** The device's own voice for this language, or null; follows the browser's voice list as it loads. */
function useLocalVoice(locale: string): SpeechSynthesisVoice | null {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(null);
  useEffect(() => {
    const synth = typeof window !== 'undefined' ? window.speechSynthesis : undefined;
    if (!synth) return;
    const pick = () => setVoice(localVoiceFor(synth.getVoices(), locale));
    pick();
    synth.addEventListener?.('voiceschanged', pick);
    return () => synth.removeEventListener?.('voiceschanged', pick);
  }, [locale]);
  return voice;
}

/**
 * "Listen": reads a question or a card aloud with a voice that runs on this device. Hidden
 * when the device has no local voice for the language, never silently remote. It is a plain
 * button after the text: it moves no focus and announces nothing, so a screen reader, which
 * reads the page itself, is not interrupted.
 */
export default function Listen({ text, locale, label, className = '' }: Props) {
  const voice = useLocalVoice(locale);
  const [speaking, setSpeaking] = useState(false);
  const hint = useId();
  useEffect(() => () => window.speechSynthesis?.cancel(), []);
  if (!voice) return null;
  const toggle = () => {
    const synth = window.speechSynthesis;
    synth.cancel();
    if (speaking) return setSpeaking(false);
    const u = new SpeechSynthesisUtterance(text);
    u.voice = voice;
    u.lang = voice.lang;
    u.onend = () => setSpeaking(false);
    u.onerror = () => setSpeaking(false);
    synth.speak(u);
    setSpeaking(true);
  };
  return (
    <span className={`no-print inline-flex ${className}`}>
      <button
        type="button"
        className="btn min-h-11 bg-white px-3 text-sm text-brand"
        onClick={toggle}
        aria-describedby={hint}
        data-listen=""
      >
        <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="currentColor">
          {speaking ? (
            <rect x="6" y="6" width="12" height="12" />
          ) : (
            <path
              d="M4 9h4l5-4v14l-5-4H4zM16 8a5 5 0 0 1 0 8M18.5 5.5a8.5 8.5 0 0 1 0 13"
              stroke="currentColor"
              strokeWidth="2"
              fill="none"
            />
          )}
        </svg>
        {speaking ? label.stop : label.listen}
      </button>
      <span id={hint} className="sr-only">
        {label.hint}
      </span>
    </span>
  );
}
