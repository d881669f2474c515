import { useState } from 'react';

/**
 * An editor's working copy of a value, changed a few fields at a time and only turned into
 * the value on Save.
 *
 * @param initialDraft builds the first draft (once, on mount)
 * @returns the draft and a function that merges a patch into it
 */
export function useDraft<Draft extends object>(
  initialDraft: () => Draft,
): [Draft, (patch: Partial<Draft>) => void] {
  const [draft, setDraft] = useState<Draft>(initialDraft);
  const update = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));
  return [draft, update];
}
