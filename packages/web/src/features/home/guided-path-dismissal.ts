import { useState } from 'react';

/** Where the browser remembers that the user dismissed the guided path. */
export const GUIDED_PATH_DISMISSED_KEY = 'superset.home.guidedPathDismissed';

function readDismissed(): boolean {
  try {
    return window.localStorage.getItem(GUIDED_PATH_DISMISSED_KEY) === 'true';
  } catch {
    return false;
  }
}

/** Whether the guided path was dismissed (kept across visits), and how to dismiss it. */
export function useGuidedPathDismissal(): { isDismissed: boolean; dismiss: () => void } {
  const [isDismissed, setDismissed] = useState(readDismissed);
  const dismiss = () => {
    setDismissed(true);
    try {
      window.localStorage.setItem(GUIDED_PATH_DISMISSED_KEY, 'true');
    } catch {
      // Private browsing may refuse storage: the path stays hidden for this visit only.
    }
  };
  return { isDismissed, dismiss };
}
