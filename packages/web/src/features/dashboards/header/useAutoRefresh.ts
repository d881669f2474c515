import { useEffect, useRef } from 'react';

/**
 * Calls `refresh` every `seconds` (the dashboard's auto-refresh interval) while the page is
 * open; 0 turns it off. A change of `refresh` does not restart the timer.
 */
export function useAutoRefresh(seconds: number, refresh: () => void): void {
  const latest = useRef(refresh);
  useEffect(() => {
    latest.current = refresh;
  }, [refresh]);
  useEffect(() => {
    if (!(seconds > 0)) return;
    const timer = window.setInterval(() => latest.current(), seconds * 1000);
    return () => window.clearInterval(timer);
  }, [seconds]);
}
