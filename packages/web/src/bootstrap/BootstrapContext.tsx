import type { Bootstrap } from '@superset-ts/shared';
import { createContext, useContext, type ReactNode } from 'react';

const BootstrapContext = createContext<Bootstrap | null>(null);

/** Makes the page's bootstrap payload available to every component below it. */
export function BootstrapProvider({
  bootstrap,
  children,
}: {
  bootstrap: Bootstrap;
  children: ReactNode;
}) {
  return <BootstrapContext value={bootstrap}>{children}</BootstrapContext>;
}

/** The bootstrap payload the server embedded in this page: user, menu, flags, public config. */
export function useBootstrap(): Bootstrap {
  const bootstrap = useContext(BootstrapContext);
  if (!bootstrap) throw new Error('useBootstrap() needs a <BootstrapProvider> above it.');
  return bootstrap;
}
