import { describe, expect, it } from 'vitest';
import { NdjsonParseError, readNdjson } from './ndjson-reader';

function streamOf(...chunks: (string | Uint8Array)[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) {
        controller.enqueue(typeof chunk === 'string' ? encoder.encode(chunk) : chunk);
      }
      controller.close();
    },
  });
}

async function linesOf(stream: ReadableStream<Uint8Array>): Promise<unknown[]> {
  const lines: unknown[] = [];
  await readNdjson(stream, (line) => lines.push(line));
  return lines;
}

describe('readNdjson', () => {
  it('joins a line cut across chunks and keeps a last line without a newline', async () => {
    const lines = await linesOf(streamOf('{"a":1}\n{"b"', ':2}\n\n', '{"c":3}'));

    expect(lines).toEqual([{ a: 1 }, { b: 2 }, { c: 3 }]);
  });

  it('decodes a character whose bytes arrive in two chunks', async () => {
    const bytes = new TextEncoder().encode('{"city":"Zürich"}\n');
    const cut = bytes.indexOf(0xc3) + 1;

    const lines = await linesOf(streamOf(bytes.slice(0, cut), bytes.slice(cut)));

    expect(lines).toEqual([{ city: 'Zürich' }]);
  });

  it('hands each line over as soon as it is complete', async () => {
    const seen: unknown[] = [];
    let release!: () => void;
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(encoder.encode('{"n":1}\n'));
        await new Promise<void>((resolve) => (release = resolve));
        controller.enqueue(encoder.encode('{"n":2}\n'));
        controller.close();
      },
    });

    const reading = readNdjson(stream, (line) => seen.push(line));
    await expect.poll(() => seen).toEqual([{ n: 1 }]);
    release();
    await reading;

    expect(seen).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it('fails on a line that is not JSON, after the lines before it', async () => {
    const lines: unknown[] = [];

    await expect(
      readNdjson(streamOf('{"ok":true}\n{"cut'), (line) => lines.push(line)),
    ).rejects.toBeInstanceOf(NdjsonParseError);
    expect(lines).toEqual([{ ok: true }]);
  });
});
