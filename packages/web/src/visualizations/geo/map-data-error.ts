/** Thrown when the geometry a map chart draws cannot be loaded. */
export class MapDataUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MapDataUnavailableError';
  }
}
