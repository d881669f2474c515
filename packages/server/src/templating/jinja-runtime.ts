import * as jinja from '@huggingface/jinja';

/**
 * Typed access to @huggingface/jinja. Its declaration files use extension-less relative
 * imports, which TypeScript's NodeNext resolution cannot follow, so every export arrives as
 * `any`; the few parts templating uses are typed here once.
 */

/** A value inside the interpreter: its type name and its payload. */
export interface JinjaValue {
  type: string;
  value: unknown;
}

/** A scope of names. */
export interface JinjaEnvironment {
  /** Converts a JavaScript value with the library's own rules and declares it. */
  set(name: string, value: unknown): JinjaValue;
  setVariable(name: string, value: JinjaValue): JinjaValue;
  lookupVariable(name: string): JinjaValue;
}

/** A parsed template: its statements. */
export interface TemplateProgram {
  type: string;
  body: unknown[];
}

/** The tree-walking interpreter. */
export interface JinjaInterpreter {
  run(program: TemplateProgram): JinjaValue;
  evaluate(statement: unknown, environment: JinjaEnvironment): JinjaValue;
}

/** Options of the tokenizer (Jinja's whitespace settings). */
export interface TokenizeOptions {
  lstrip_blocks?: boolean;
  trim_blocks?: boolean;
}

type Library = {
  Environment: new (parent?: JinjaEnvironment) => JinjaEnvironment;
  Interpreter: new (environment?: JinjaEnvironment) => JinjaInterpreter;
  tokenize(source: string, options?: TokenizeOptions): unknown[];
  parse(tokens: unknown[]): TemplateProgram;
};

const library = jinja as unknown as Library;

/** A scope; with a parent, names not found here are looked up there. */
export const Environment = library.Environment;
/** The interpreter, to extend. */
export const Interpreter = library.Interpreter;

/** Parses template text into a program. */
export function parseProgram(source: string, options: TokenizeOptions): TemplateProgram {
  return library.parse(library.tokenize(source, options));
}
