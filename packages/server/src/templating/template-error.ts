/** Why a render failed, as the worker reports it. */
export type TemplateFailureKind = 'syntax' | 'undefined' | 'render' | 'timeout';

/** A failed render in plain data, as it crosses back from the worker. */
export interface TemplateFailure {
  readonly kind: TemplateFailureKind;
  readonly message: string;
  /** Names printed while undefined (kind `undefined`). */
  readonly undefinedParameters?: readonly string[];
}

/** Longest message a failure keeps: the user reads it, and it may quote template text. */
const MAX_MESSAGE = 500;

/** A render failure the user can fix; thrown inside the sandbox and sent back as data. */
export class TemplateError extends Error {
  readonly kind: TemplateFailureKind;
  readonly undefinedParameters: readonly string[];

  constructor(kind: TemplateFailureKind, message: string, undefinedParameters: string[] = []) {
    super(message);
    this.name = 'TemplateError';
    this.kind = kind;
    this.undefinedParameters = undefinedParameters;
  }

  /** This error as plain data. */
  toFailure(): TemplateFailure {
    return {
      kind: this.kind,
      message: truncateMessage(this.message),
      ...(this.undefinedParameters.length > 0
        ? { undefinedParameters: this.undefinedParameters }
        : {}),
    };
  }
}

/** The message for names a template printed but nobody defined, as Superset words it. */
export function undefinedParametersMessage(names: readonly string[]): string {
  const quoted = names.map((name) => `"${name}"`).join(', ');
  return names.length === 1
    ? `The parameter ${quoted} in your query is undefined.`
    : `The following parameters in your query are undefined: ${quoted}.`;
}

/** A message on one line, cut to a length a user reads. */
export function truncateMessage(message: string): string {
  const oneLine = message.replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_MESSAGE ? `${oneLine.slice(0, MAX_MESSAGE)}…` : oneLine;
}
