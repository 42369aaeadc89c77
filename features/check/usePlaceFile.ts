'use client';

import { useEffect, useState } from 'react';
import type { Actor } from 'xstate';
import type { checkMachine } from '@/questionnaire/check.machine';
import { readPlaceFile, type PlaceData, type PlaceFile } from '@/questionnaire/counties';
import type { JurisdictionCode } from '@/questionnaire/jurisdictions';

const loads = new Map<JurisdictionCode, Promise<PlaceFile>>();

/**
 * One request per place named, for the same file whoever names it: its counties, ICE's
 * 287(g) list there and its local help. The county is never sent anywhere.
 */
export function loadPlaceFile(place: JurisdictionCode): Promise<PlaceFile> {
  let p = loads.get(place);
  if (!p) {
    p = fetch(`/places/${place}.json`, { credentials: 'omit' })
      .then((r) => {
        if (!r.ok) throw new Error(`places/${place}.json: ${r.status}`);
        return r.json() as Promise<unknown>;
      })
      .then((json) => {
        const read = readPlaceFile(json, place);
        if (!read.ok) throw new Error(`places/${place}.json: ${read.error}`);
        return read.file;
      });
    p.catch(() => loads.delete(place)); // a failed load may be tried again
    loads.set(place, p);
  }
  return p;
}

export type PlaceFileStatus = 'none' | 'loading' | 'ready' | 'failed';

/**
 * Loads the named place's file once and hands it to the conversation (a DATA event), which
 * then answers the 287(g) question from ICE's list for a county on it. Returns how it went.
 */
export function usePlaceFile(actor: Actor<typeof checkMachine>, place: JurisdictionCode | null): PlaceFileStatus {
  const [status, setStatus] = useState<{ place: JurisdictionCode | null; status: PlaceFileStatus }>({ place: null, status: 'none' });
  useEffect(() => {
    if (!place) return;
    let live = true;
    loadPlaceFile(place).then(
      (file) => {
        if (!live) return;
        const data = actor.getSnapshot().context.data as PlaceData;
        if (data.places?.[place] !== file) actor.send({ type: 'DATA', data: { ...data, places: { ...data.places, [place]: file } } });
        setStatus({ place, status: 'ready' });
      },
      () => live && setStatus({ place, status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [actor, place]);
  if (!place) return 'none';
  return status.place === place ? status.status : 'loading';
}
