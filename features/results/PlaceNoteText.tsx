import type { Catalogue } from '@/content/schema';
import { format, formatDate } from '@/i18n/format';
import type { PlaceNote } from '@/questionnaire/places';

type Props = { note: PlaceNote; stateName: string; place: Catalogue['place']; locale: string };

/** One sentence about the person's state, with its source and as-of date right beside it. */
export default function PlaceNoteText({ note, stateName, place, locale }: Props) {
  const { fact } = note;
  const kinds = fact?.kinds?.map((k) => place[`kind-${k}` as keyof typeof place] ?? k) ?? [];
  const list = new Intl.ListFormat(locale, { type: 'conjunction' }).format(kinds);
  return (
    <p className="mt-2" data-place-note={note.template}>
      {format(place[note.template], { state: stateName, law: fact?.law ?? '' })}
      {note.template === 'limitsYes' && kinds.length > 0 && <> {format(place.limitsKinds, { kinds: list })}</>}
      {fact && (
        <span className="text-sm text-muted">
          {' '}
          ({place.sourceLabel}:{' '}
          {fact.source.url ? (
            <a href={fact.source.url} rel="noreferrer" target="_blank" lang="en">
              {fact.source.title}
            </a>
          ) : (
            <cite lang="en">{fact.source.title}</cite>
          )}
          , <span lang="en">{fact.source.publisher}</span>; {format(place.asOf, { date: formatDate(fact.asOf, locale) })})
        </span>
      )}
    </p>
  );
}
