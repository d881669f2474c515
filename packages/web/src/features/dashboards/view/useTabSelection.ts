import type { DashboardLayout } from '@superset-ts/shared';
import { useCallback, useMemo, useState } from 'react';
import { chooseTab, shownTabIds, wantedChartIds } from './tab-state';

/** Which tabs show, which were shown before, and the charts whose data is wanted. */
export interface TabSelection {
  activeTabs: readonly string[];
  /** The charts to load: visible ones first, then those of tabs shown before. */
  wantedChartIds: readonly number[];
  onChooseTab: (tabsId: string, tabId: string) => void;
}

/**
 * The dashboard's tab state, starting from `initialActiveTabs` (a permalink's or the URL
 * anchor's). Leaving a tab keeps its charts loaded; a tab never shown loads nothing.
 */
export function useTabSelection(
  layout: DashboardLayout,
  initialActiveTabs: readonly string[],
): TabSelection {
  const [activeTabs, setActiveTabs] = useState<readonly string[]>(initialActiveTabs);
  const [seenTabs, setSeenTabs] = useState<ReadonlySet<string>>(new Set());

  const onChooseTab = useCallback(
    (tabsId: string, tabId: string) => {
      setSeenTabs((seen) => new Set([...seen, ...shownTabIds(layout, activeTabs), tabId]));
      setActiveTabs(chooseTab(layout, activeTabs, tabsId, tabId));
    },
    [layout, activeTabs],
  );

  const wanted = useMemo(
    () => wantedChartIds(layout, activeTabs, seenTabs),
    [layout, activeTabs, seenTabs],
  );
  return { activeTabs, wantedChartIds: wanted, onChooseTab };
}
