'use client';

import { quickExit } from '../../lib/quick-exit';

/** Always at the top of every page: leaves at once for a neutral site. */
export default function QuickExit({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={quickExit}
      className="btn no-print border-exit bg-exit text-white hover:bg-[#8c1d17] focus-visible:outline-offset-4"
    >
      {label}
    </button>
  );
}
