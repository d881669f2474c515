/** A line of an NDJSON body that is not JSON (the stream is cut or the server sent garbage). */
export class NdjsonParseError extends Error {
  constructor(readonly line: string) {
    super('The server sent a line of data that could not be read.');
    this.name = 'NdjsonParseError';
  }
}

/**
 * Reads an NDJSON body as it arrives: decodes the bytes, splits on newlines (a line may be cut
 * across chunks, and a multi-byte character too) and hands each parsed line to `onLine` as
 * soon as it is complete. Blank lines are skipped; a last line without a newline still counts.
 * Throws NdjsonParseError for a line that is not JSON.
 */
export async function readNdjson(
  body: ReadableStream<Uint8Array>,
  onLine: (value: unknown) => void,
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let pending = '';
  const emit = (line: string) => {
    const text = line.trim();
    if (text === '') return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new NdjsonParseError(text);
    }
    onLine(value);
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      pending += decoder.decode(value, { stream: true });
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      lines.forEach(emit);
    }
    pending += decoder.decode();
    emit(pending);
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    throw error;
  } finally {
    reader.releaseLock();
  }
}
