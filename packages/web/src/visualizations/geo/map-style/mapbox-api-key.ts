import { readBootstrap } from '../../../bootstrap/read-bootstrap';

/**
 * The server's MAPBOX_API_KEY as the page's bootstrap data carries it, or undefined when the
 * server has none (then maps use the offline base map).
 */
export function findMapboxApiKey(doc: Document = document): string | undefined {
  const result = readBootstrap(doc);
  const key = result.isValid ? result.bootstrap.common.mapbox_api_key?.trim() : undefined;
  return key ? key : undefined;
}
