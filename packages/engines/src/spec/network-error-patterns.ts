import type { ErrorPattern } from './error-patterns.js';

/**
 * Node's own socket errors, the same for every driver: checked after an engine's patterns,
 * so test-connection tells an unknown host from a closed port from a silent host.
 */
export const NETWORK_ERROR_PATTERNS: readonly ErrorPattern[] = [
  {
    pattern: /getaddrinfo (?:ENOTFOUND|EAI_AGAIN|EAI_NONAME) (?<hostname>[^\s,]+)/,
    code: 'CONNECTION_INVALID_HOSTNAME_ERROR',
    message: 'The hostname "{hostname}" cannot be resolved.',
  },
  {
    pattern: /ECONNREFUSED (?<hostname>[^\s,]+?):(?<port>\d+)/,
    code: 'CONNECTION_PORT_CLOSED_ERROR',
    message: 'Port {port} on hostname "{hostname}" refused the connection.',
  },
  {
    pattern: /ECONNREFUSED/,
    code: 'CONNECTION_PORT_CLOSED_ERROR',
    message: 'The port refused the connection. Check the host and port.',
  },
  {
    pattern: /(?:EHOSTUNREACH|ENETUNREACH|EHOSTDOWN)/,
    code: 'CONNECTION_HOST_DOWN_ERROR',
    message: 'The host is down or unreachable. Check that it is up and the network allows it.',
  },
  {
    pattern: /(?:ETIMEDOUT|[Cc]onnect(?:ion)? ?[Tt]imeout|timeout expired|timed out)/,
    code: 'CONNECTION_DATABASE_TIMEOUT',
    message: 'The database did not answer in time. Check the host and port, or try again.',
  },
];
