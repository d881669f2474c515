/**
 * Yields the values of `promises` in the order they settle, each once. A rejection is
 * turned into a value by `onRejected` (with the promise's index), so no rejection is ever
 * left unhandled, even when the consumer stops early.
 */
export async function* inCompletionOrder<T>(
  promises: readonly Promise<T>[],
  onRejected: (error: unknown, index: number) => T,
): AsyncGenerator<T> {
  const settled: T[] = [];
  let wake: (() => void) | undefined;
  const push = (value: T) => {
    settled.push(value);
    wake?.();
    wake = undefined;
  };
  promises.forEach((promise, index) => {
    void promise.then(push, (error: unknown) => push(onRejected(error, index)));
  });
  for (let yielded = 0; yielded < promises.length; yielded += 1) {
    while (settled.length === 0) await new Promise<void>((resolve) => (wake = resolve));
    yield settled.shift() as T;
  }
}
