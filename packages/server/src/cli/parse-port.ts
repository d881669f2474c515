import { InvalidArgumentError } from 'commander';

/** Parses a TCP port given on the command line, with a message a user can act on. */
export function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new InvalidArgumentError(`"${value}" is not a port number (0-65535).`);
  }
  return port;
}

/** Parses a positive count given on the command line. */
export function parsePositiveInteger(value: string): number {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1)
    throw new InvalidArgumentError(`"${value}" is not a positive whole number.`);
  return count;
}
