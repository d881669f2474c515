import { useCallback, useState } from 'react';
import { useLocation, useNavigate, useParams, type Location } from 'react-router';
import { parseExploreRequest, type ExploreRequest } from './explore-url';

/** What one opening of Explore works on; its URL changes do not reopen it. */
export interface ExploreOpening {
  request: ExploreRequest;
  /** Tells this opening's own URL updates apart from other navigations. */
  session: string;
  locationKey: string;
}

let sessions = 0;

function sessionOf(state: unknown): string | undefined {
  const session = (state as { exploreSession?: unknown } | null)?.exploreSession;
  return typeof session === 'string' ? session : undefined;
}

function open(location: Location, permalinkKey: string | undefined): ExploreOpening {
  return {
    request: parseExploreRequest(location.search, permalinkKey),
    session: sessionOf(location.state) ?? `explore-${Date.now()}-${++sessions}`,
    locationKey: location.key,
  };
}

/**
 * What the Explore page opens, read from its URL, and how it rewrites that URL. Explore keeps
 * its state in the URL (`replaceUrl`) without reloading; any other navigation (a link, back
 * or forward to another state) opens what the new URL names.
 */
export function useExploreRequest(): {
  opening: ExploreOpening;
  replaceUrl: (url: string) => void;
} {
  const location = useLocation();
  const { key: permalinkKey } = useParams();
  const navigate = useNavigate();
  const [opening, setOpening] = useState(() => open(location, permalinkKey));

  let current = opening;
  if (location.key !== opening.locationKey) {
    current =
      sessionOf(location.state) === opening.session
        ? { ...opening, locationKey: location.key }
        : open(location, permalinkKey);
    setOpening(current);
  }

  const { session } = current;
  const replaceUrl = useCallback(
    (url: string) => {
      void navigate(url, { replace: true, state: { exploreSession: session } });
    },
    [navigate, session],
  );
  return { opening: current, replaceUrl };
}
