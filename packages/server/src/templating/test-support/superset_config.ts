/**
 * A superset_config module as a user writes it, for the templating tests: Superset's
 * documented `$DATE()` custom template processor ("SQL Templating" > "Custom Template
 * Processors") translated to TypeScript, and the JINJA_CONTEXT_ADDONS example.
 */

type Context = Readonly<Record<string, unknown>>;
type Macro = (...args: string[]) => unknown;

export const FEATURE_FLAGS = { ENABLE_TEMPLATE_PROCESSING: true };

export const JINJA_CONTEXT_ADDONS = {
  my_crazy_macro: (x: number) => x * 2,
  region: 'EMEA',
  quota_left: (): number => {
    throw new Error('the quota service is down');
  },
  slow_lookup: async (): Promise<string> => 'too late',
};

function DATE(ts: Date, dayOffset: number | string = 0, hourOffset: number | string = 0): string {
  const offsetMs = (Number(dayOffset) * 24 + Number(hourOffset)) * 3_600_000;
  return new Date(ts.getTime() + offsetMs).toISOString().slice(0, 10);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

class CustomPrestoTemplateProcessor {
  static readonly engine = 'presto';

  constructor(private readonly context: Context) {}

  process_template(sql: string, kwargs: Context = {}): string {
    const macros: Record<string, unknown> = {
      DATE: (...args: string[]) => DATE(new Date(), ...args),
    };
    Object.assign(macros, this.context, kwargs);

    const replacer = (_match: string, macroName: string, argsText: string): string => {
      let args = argsText.split(',').map((arg) => arg.trim());
      if (args.length === 1 && args[0] === '') args = [];
      const f = macros[macroName.slice(1)] as Macro;
      return String(f(...args));
    };

    const macroNames = Object.keys(macros).map((name) => `$${name}`);
    const pattern = new RegExp(
      `(${macroNames.map(escapeRegExp).join('|')})\\s*\\(([^()]*)\\)`,
      'g',
    );
    return sql.replace(pattern, replacer);
  }
}

export const CUSTOM_TEMPLATE_PROCESSORS = {
  [CustomPrestoTemplateProcessor.engine]: CustomPrestoTemplateProcessor,
};
