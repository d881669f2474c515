import { useEffect } from 'react';
import { useBootstrap } from '../bootstrap/BootstrapContext';

/** Sets the tab title to "<page> | <app name>" while the calling page is shown. */
export function useDocumentTitle(pageTitle: string): void {
  const { app_name: appName } = useBootstrap().common;
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} | ${appName}` : appName;
  }, [pageTitle, appName]);
}
