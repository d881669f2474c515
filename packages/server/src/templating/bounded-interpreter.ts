import { Interpreter, type JinjaEnvironment } from './jinja-runtime.js';
import {
  isJinjaFunction,
  isJinjaList,
  isJinjaMapping,
  isJinjaString,
  isJinjaUndefined,
  jinjaString,
  type JinjaValue,
} from './jinja-values.js';
import { printValue } from './python-repr.js';
import { describeExpression, isAstNode, rootName, type AstNode } from './template-ast.js';
import { TemplateError } from './template-error.js';
import type { TemplateLimits } from './template-limits.js';

/**
 * The interpreter with bounds and Jinja's printing rules. Every evaluation passes through
 * `evaluate`, so this is where nesting depth, string length and collection size are checked,
 * and where printed values are written the Python way and undefined names are caught.
 */
export class BoundedInterpreter extends Interpreter {
  /** Names printed while undefined, in the order they were met. */
  readonly undefinedNames = new Set<string>();
  private depth = 0;

  constructor(
    environment: JinjaEnvironment,
    private readonly limits: Pick<TemplateLimits, 'maxDepth' | 'maxItems' | 'maxOutputChars'>,
    private readonly printed: WeakSet<AstNode>,
  ) {
    super(environment);
  }

  override evaluate(statement: unknown, environment: JinjaEnvironment): JinjaValue {
    if (statement === undefined) return super.evaluate(statement, environment);
    const node = statement as unknown as AstNode;
    if (this.depth >= this.limits.maxDepth) {
      throw new TemplateError(
        'render',
        `the template nests more than ${this.limits.maxDepth} levels deep (a macro calling itself without end?).`,
      );
    }
    this.depth += 1;
    try {
      if (node.type === 'CallExpression' && isAstNode(node.callee)) {
        this.checkCallable(node.callee, environment);
      }
      const value = super.evaluate(statement, environment);
      this.checkSize(value);
      return this.printed.has(node) ? this.print(node, value, environment) : value;
    } finally {
      this.depth -= 1;
    }
  }

  private checkCallable(callee: AstNode, environment: JinjaEnvironment): void {
    const name = rootName(callee);
    if (name !== null && isJinjaUndefined(environment.lookupVariable(name))) {
      throw new TemplateError(
        'render',
        `'${describeExpression(callee)}' is not a function available in templates.`,
      );
    }
  }

  private checkSize(value: JinjaValue): void {
    const { maxItems, maxOutputChars } = this.limits;
    if (isJinjaString(value) && value.value.length > maxOutputChars) {
      throw new TemplateError(
        'render',
        `the template built a string longer than ${maxOutputChars} characters.`,
      );
    }
    const size = isJinjaList(value)
      ? value.value.length
      : isJinjaMapping(value)
        ? value.value.size
        : 0;
    if (size > maxItems) {
      throw new TemplateError(
        'render',
        `the template built a collection of more than ${maxItems} items.`,
      );
    }
  }

  private print(node: AstNode, value: JinjaValue, environment: JinjaEnvironment): JinjaValue {
    if (isJinjaString(value)) return value;
    if (isJinjaUndefined(value)) {
      const name = rootName(node);
      if (name !== null && isJinjaUndefined(environment.lookupVariable(name))) {
        this.undefinedNames.add(name);
        return jinjaString('');
      }
      throw new TemplateError('render', `'${describeExpression(node)}' is undefined.`);
    }
    if (isJinjaFunction(value)) {
      const shown = describeExpression(node);
      throw new TemplateError(
        'render',
        `'${shown}' is a function: call it, e.g. {{ ${shown}() }}.`,
      );
    }
    return jinjaString(printValue(value));
  }
}
