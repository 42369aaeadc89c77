/**
 * Opt-in "Save on this device". Off by default: nothing is stored unless the person
 * turns it on. A saved record is versioned; anything that is not exactly a record this
 * version wrote (corrupt JSON, an old version, an unknown question, an invalid answer)
 * is discarded whole, never half-used.
 */
import { isQuestionId, isValidAnswer, type Answers } from '@/questionnaire/questions';
import { clearSaved, readRaw, STORAGE_KEY, writeRaw } from './saved-storage';

export const SAVE_VERSION = 1;

export type ParsedSave =
  | { status: 'none' }
  | { status: 'ok'; answers: Answers; savedAt: string }
  | { status: 'discarded'; reason: 'corrupt' | 'outdated' | 'invalid' };

export function parseSaved(raw: string | null): ParsedSave {
  if (raw === null || raw === '') return { status: 'none' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { status: 'discarded', reason: 'corrupt' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { status: 'discarded', reason: 'corrupt' };
  const record = data as Record<string, unknown>;
  if (record.v !== SAVE_VERSION) return { status: 'discarded', reason: typeof record.v === 'number' ? 'outdated' : 'corrupt' };
  const { answers, savedAt } = record;
  if (typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt))) return { status: 'discarded', reason: 'invalid' };
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return { status: 'discarded', reason: 'invalid' };
  const checked: Answers = {};
  for (const [q, a] of Object.entries(answers)) {
    if (!isQuestionId(q) || !isValidAnswer(q, a)) return { status: 'discarded', reason: 'invalid' };
    checked[q] = a;
  }
  if (Object.keys(record).some((k) => !['v', 'savedAt', 'answers'].includes(k))) return { status: 'discarded', reason: 'invalid' };
  return { status: 'ok', answers: checked, savedAt };
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
