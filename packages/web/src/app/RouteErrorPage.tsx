import { useRouteError } from 'react-router';
import { ErrorFallback } from './ErrorFallback';

/** The router's last resort, for errors outside a page (in the shell itself). */
export function RouteErrorPage() {
  return <ErrorFallback error={useRouteError()} />;
}
