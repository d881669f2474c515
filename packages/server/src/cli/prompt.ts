import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';

/** Asks one question on the terminal; `isSecret` hides what is typed (for passwords). */
export async function ask(
  question: string,
  options: { isSecret?: boolean; defaultValue?: string } = {},
): Promise<string> {
  let isMuted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      if (!isMuted) process.stdout.write(chunk);
      callback();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  try {
    const suffix = options.defaultValue ? ` [${options.defaultValue}]` : '';
    const pending = rl.question(`${question}${suffix}: `);
    isMuted = options.isSecret === true;
    const answer = (await pending).trim();
    if (options.isSecret) process.stdout.write('\n');
    return answer || options.defaultValue || '';
  } finally {
    rl.close();
  }
}

/** Whether questions can be asked: both ends are a terminal. */
export function canPrompt(): boolean {
  return process.stdin.isTTY === true && process.stdout.isTTY === true;
}
