'use client';

import { useId } from 'react';

type Props = {
  on: boolean;
  /** Turning it on; turning it off deletes what was saved (`onDelete`). */
  onEnable: () => void;
  onDelete: () => void;
  text: { label: string; hint: string; on: string; delete: string };
  /** The last thing that happened, said to screen readers too ('' for nothing). */
  message: string;
  /** Marks for tests, e.g. { 'data-plan-save': '' } on the box. */
  boxAttrs?: Record<string, string>;
  messageAttrs?: Record<string, string>;
};

/**
 * "Save … on this device": off by default, with the risk said beside it and a visible
 * "delete now" while it is on. One control for the answers and the plan.
 */
export default function SaveToggle({ on, onEnable, onDelete, text, message, boxAttrs, messageAttrs }: Props) {
  const id = useId();
  return (
    <div className="no-print mt-6 rounded-lg border border-line bg-white p-4">
      <div className="flex items-start gap-3">
        <input
          id={`${id}-box`}
          type="checkbox"
          checked={on}
          aria-describedby={`${id}-hint`}
          onChange={(e) => (e.target.checked ? onEnable() : onDelete())}
          className="mt-1 size-6 shrink-0 accent-brand"
          {...boxAttrs}
        />
        <div>
          <label htmlFor={`${id}-box`} className="font-semibold">
            {text.label}
          </label>
          <p id={`${id}-hint`} className="text-sm text-muted">
            {text.hint}
          </p>
        </div>
      </div>
      {on && (
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <p className="text-sm">{text.on}</p>
          <button type="button" className="btn bg-white text-exit border-exit" onClick={onDelete}>
            {text.delete}
          </button>
        </div>
      )}
      <p role="status" className="mt-2 text-sm font-semibold empty:hidden" {...messageAttrs}>
        {message}
      </p>
    </div>
  );
}
