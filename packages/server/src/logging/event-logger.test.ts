import { describe, expect, it, vi } from 'vitest';
import { createEventRecorder, type ActionLogEvent, type EventLogger } from './event-logger.js';

const event: ActionLogEvent = { action: 'Test.event', user_id: null, dttm: new Date() };

describe('createEventRecorder', () => {
  it('returns before the logger runs, then hands it the event', async () => {
    const seen: ActionLogEvent[] = [];
    const recorder = createEventRecorder({ log: (e) => void seen.push(e) }, vi.fn());
    recorder.record(event);
    expect(seen).toEqual([]);
    await recorder.flush();
    expect(seen).toEqual([event]);
  });

  it('reports a logger that throws or rejects instead of failing the caller', async () => {
    const report = vi.fn();
    const throwing: EventLogger = {
      log() {
        throw new Error('disk full');
      },
    };
    const rejecting: EventLogger = { log: async () => Promise.reject(new Error('offline')) };
    for (const logger of [throwing, rejecting]) {
      const recorder = createEventRecorder(logger, report);
      expect(() => recorder.record(event)).not.toThrow();
      await recorder.flush();
    }
    expect(report).toHaveBeenCalledTimes(2);
    expect(report.mock.calls.map(([error]) => (error as Error).message)).toEqual([
      'disk full',
      'offline',
    ]);
    expect(report.mock.calls[0]?.[1]).toBe(event);
  });

  it('waits for an event still being worked out, and for a slow logger, on flush', async () => {
    const seen: string[] = [];
    const slow: EventLogger = {
      log: async (e) => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        seen.push(e.action);
      },
    };
    const recorder = createEventRecorder(slow, vi.fn());
    recorder.record(new Promise<ActionLogEvent>((resolve) => setTimeout(() => resolve(event), 10)));
    await recorder.flush();
    expect(seen).toEqual(['Test.event']);
  });
});
