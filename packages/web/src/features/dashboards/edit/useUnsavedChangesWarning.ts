import { useCallback, useEffect, useRef } from 'react';
import { useBlocker, type Blocker } from 'react-router';

/**
 * While `hasUnsavedChanges`, the browser asks before the tab is closed or reloaded, and
 * leaving for another page of the app is held (the returned blocker is `blocked`) until the
 * user confirms (`proceed`) or stays (`reset`). `release()` stops warning at once (after a
 * save or a confirmed discard, before the page moves on).
 */
export function useUnsavedChangesWarning(hasUnsavedChanges: boolean): {
  blocker: Blocker;
  release: () => void;
} {
  const isReleased = useRef(false);
  const isWarning = useRef(hasUnsavedChanges);
  useEffect(() => {
    isWarning.current = hasUnsavedChanges;
  }, [hasUnsavedChanges]);

  const shouldBlock = useCallback(
    ({
      currentLocation,
      nextLocation,
    }: {
      currentLocation: { pathname: string };
      nextLocation: { pathname: string };
    }) =>
      isWarning.current &&
      !isReleased.current &&
      currentLocation.pathname !== nextLocation.pathname,
    [],
  );
  const blocker = useBlocker(shouldBlock);

  useEffect(() => {
    if (!hasUnsavedChanges) return undefined;
    const handleBeforeUnload = (event: BeforeUnloadEvent) => {
      if (isReleased.current) return;
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', handleBeforeUnload);
    return () => window.removeEventListener('beforeunload', handleBeforeUnload);
  }, [hasUnsavedChanges]);

  const release = useCallback(() => {
    isReleased.current = true;
  }, []);
  return { blocker, release };
}
