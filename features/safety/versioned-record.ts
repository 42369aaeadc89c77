/**
 * The envelope every record saved on the device has: `{ v, savedAt, ...fields }`. Opening it
 * is the same for saved answers and a saved plan: anything that is not exactly a record this
 * version wrote is discarded whole, with the reason, never half-used.
 */
export type Discarded = { status: 'discarded'; reason: 'corrupt' | 'outdated' | 'invalid' };
export type Opened = { status: 'none' } | Discarded | { status: 'open'; record: Record<string, unknown>; savedAt: string };

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `fields`: the keys this version writes besides `v` and `savedAt`; any other key discards it. */
export function openRecord(raw: string | null, version: number, fields: readonly string[]): Opened {
  if (raw === null || raw === '') return { status: 'none' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { status: 'discarded', reason: 'corrupt' };
  }
  if (!isRecord(data)) return { status: 'discarded', reason: 'corrupt' };
  if (data.v !== version) return { status: 'discarded', reason: typeof data.v === 'number' ? 'outdated' : 'corrupt' };
  if (Object.keys(data).some((k) => k !== 'v' && k !== 'savedAt' && !fields.includes(k))) return { status: 'discarded', reason: 'invalid' };
  const { savedAt } = data;
  if (typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt))) return { status: 'discarded', reason: 'invalid' };
  return { status: 'open', record: data, savedAt };
}
