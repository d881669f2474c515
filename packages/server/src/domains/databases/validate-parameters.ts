import { lookup } from 'node:dns/promises';
import { connect } from 'node:net';
import type { DatabaseValidateParameters, ErrorCode } from '@superset-ts/shared';
import type { EngineRegistry } from '@superset-ts/engines';
import { AppError } from '../../errors/app-error.js';
import { hasBasicParametersForm, missingParameters, portOf } from './connection-parameters.js';

/** One problem of a parameters form, as Superset's validate_parameters lists them. */
export interface ParameterProblem {
  code: ErrorCode;
  message: string;
  level: 'warning' | 'error';
  extra: Record<string, unknown>;
}

/** How the checks reach the network (replaceable in tests). */
export interface NetworkProbe {
  canResolve(host: string): Promise<boolean>;
  isPortOpen(host: string, port: number): Promise<boolean>;
}

const PORT_PROBE_TIMEOUT_MS = 3_000;

/** DNS and TCP as the server sees them. */
export const SYSTEM_NETWORK_PROBE: NetworkProbe = {
  canResolve: (host) =>
    lookup(host).then(
      () => true,
      () => false,
    ),
  isPortOpen: (host, port) =>
    new Promise((resolve) => {
      const socket = connect({ host, port, timeout: PORT_PROBE_TIMEOUT_MS });
      const finish = (isOpen: boolean) => {
        socket.destroy();
        resolve(isOpen);
      };
      socket.once('connect', () => finish(true));
      socket.once('timeout', () => finish(false));
      socket.once('error', () => finish(false));
    }),
};

/**
 * Checks a parameters form as the user fills it (Superset's validate_parameters): required
 * fields present, then the host resolves, then the port is a number and something listens
 * on it. Returns every problem found; none means the form is complete. It does not log in.
 */
export async function validateConnectionParameters(
  engines: EngineRegistry,
  probe: NetworkProbe,
  body: DatabaseValidateParameters,
): Promise<ParameterProblem[]> {
  const spec = engines.byEngine(body.engine);
  if (!spec) {
    throw new AppError('UNKNOWN_ENGINE_ERROR', `No engine is known as "${body.engine}".`);
  }
  if (!hasBasicParametersForm(spec)) {
    throw new AppError(
      'INVALID_PAYLOAD_SCHEMA_ERROR',
      `${spec.engineName} cannot be configured with parameters here: use a SQLAlchemy URI.`,
    );
  }
  const { parameters } = body;
  const problems: ParameterProblem[] = [];
  const missing = missingParameters(spec, parameters);
  if (missing.length > 0) {
    problems.push({
      code: 'CONNECTION_MISSING_PARAMETERS_ERROR',
      message: `One or more parameters are missing: ${missing.join(', ')}`,
      level: 'warning',
      extra: { missing },
    });
  }
  const host = typeof parameters.host === 'string' ? parameters.host.trim() : '';
  if (host === '') return problems;
  if (!(await probe.canResolve(host))) {
    problems.push({
      code: 'CONNECTION_INVALID_HOSTNAME_ERROR',
      message: `The hostname "${host}" cannot be resolved.`,
      level: 'error',
      extra: { invalid: ['host'] },
    });
    return problems;
  }
  if (parameters.port === undefined || parameters.port === null || parameters.port === '') {
    return problems;
  }
  const port = portOf(parameters.port);
  if (port === null) {
    problems.push({
      code: 'CONNECTION_INVALID_PORT_ERROR',
      message: 'The port must be a whole number between 0 and 65535.',
      level: 'error',
      extra: { invalid: ['port'] },
    });
  } else if (!(await probe.isPortOpen(host, port))) {
    problems.push({
      code: 'CONNECTION_PORT_CLOSED_ERROR',
      message: `Nothing answers on port ${port} of ${host}.`,
      level: 'error',
      extra: { invalid: ['host', 'port'] },
    });
  }
  return problems;
}
