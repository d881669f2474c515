import type { Redis } from 'ioredis';

/** What shows the link to Redis is moving: bytes read so far and bytes still waiting to go out. */
function progressMark(client: Redis): string {
  const stream = client.stream as Redis['stream'] | undefined;
  if (!stream) return 'none';
  return `${stream.bytesRead}:${stream.writableLength}`;
}

/**
 * Settles with `command`, or fails once the connection to Redis went `stallMs` without
 * moving a byte either way. A slow answer that keeps arriving (a large entry, many readers
 * at once) is waited for; a server that accepted the connection but stopped answering is
 * given up on. A Redis that is down is caught earlier, by the client's connection state.
 */
export function guardAgainstStall<T>(
  client: Redis,
  command: Promise<T>,
  stallMs: number,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let mark = progressMark(client);
    const check = () => {
      const now = progressMark(client);
      if (now === mark) {
        reject(new Error(`Redis moved no data for ${stallMs} ms`));
        return;
      }
      mark = now;
      timer = setTimeout(afterPendingReads, stallMs);
    };
    // A timer can fire right after the event loop was busy, before it read what arrived
    // meanwhile: look once pending input was read (setImmediate runs after the poll phase).
    const afterPendingReads = () => setImmediate(check);
    let timer = setTimeout(afterPendingReads, stallMs);
    command.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
