import type { Readable } from 'node:stream';

/**
 * Keeps the last few KiB a child process printed, so a server that fails to start can be
 * explained, and drains its pipes so a chatty server never blocks on a full pipe.
 */
export class OutputTail {
  #text = '';

  constructor(
    streams: readonly (Readable | null)[],
    private readonly limit = 4096,
  ) {
    for (const stream of streams) {
      stream?.setEncoding('utf8');
      stream?.on('data', (chunk: string) => {
        this.#text = (this.#text + chunk).slice(-this.limit);
      });
    }
  }

  /** What was printed last, or a note that nothing was. */
  toString(): string {
    const text = this.#text.trim();
    return text === '' ? '(no output)' : text;
  }
}
