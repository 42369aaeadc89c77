/**
 * Opt-in "Save on this device". Off by default: nothing is stored unless the person
 * turns it on. A saved record is versioned; anything that is not exactly a record this
 * version wrote (corrupt JSON, an old version, an unknown question, an invalid answer)
 * is discarded whole, never half-used.
 */
import { isQuestionId, isValidAnswer, type Answers } from '@/questionnaire/questions';
import { clearSaved, readRaw, STORAGE_KEY, writeRaw } from './saved-storage';
import { isRecord, openRecord, type Discarded } from './versioned-record';

export const SAVE_VERSION = 1;

export type ParsedSave = { status: 'none' } | { status: 'ok'; answers: Answers; savedAt: string } | Discarded;

export function parseSaved(raw: string | null): ParsedSave {
  const opened = openRecord(raw, SAVE_VERSION, ['answers']);
  if (opened.status !== 'open') return opened;
  const { answers } = opened.record;
  if (!isRecord(answers)) return { status: 'discarded', reason: 'invalid' };
  const checked: Answers = {};
  for (const [q, a] of Object.entries(answers)) {
    if (!isQuestionId(q) || !isValidAnswer(q, a)) return { status: 'discarded', reason: 'invalid' };
    checked[q] = a;
  }
  return { status: 'ok', answers: checked, savedAt: opened.savedAt };
}

export function serializeSave(answers: Answers, now = new Date()): string {
  return JSON.stringify({ v: SAVE_VERSION, savedAt: now.toISOString(), answers });
}

export function readSaved(): ParsedSave {
  return parseSaved(readRaw());
}

export function writeSaved(answers: Answers): boolean {
  return writeRaw(serializeSave(answers));
}

export { clearSaved, STORAGE_KEY };
