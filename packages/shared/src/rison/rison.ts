/**
 * Rison, the URL-friendly JSON that Superset's list endpoints read from `?q=`
 * (`(filters:!((col:username,opr:ct,value:ada)),page:0,page_size:25)`). Objects are
 * `(key:value,...)`, arrays `!(a,b)`, `!t`/`!f`/`!n` are true/false/null, strings are bare
 * when they are plain words and otherwise quoted with `'`, `!` escaping `!` and `'`.
 */

/** A value Rison can carry: JSON's values. */
export type RisonValue =
  string | number | boolean | null | RisonValue[] | { [key: string]: RisonValue };

/** A Rison text that could not be read, with where it went wrong. */
export class RisonSyntaxError extends Error {
  override readonly name = 'RisonSyntaxError';
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(`${message} at position ${position}`);
  }
}

const NOT_ID_CHARS = " '!:(),*@$";
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/;
const BARE_WORD = /^[^\-0-9 '!:(),*@$][^ '!:(),*@$]*$/;

class RisonReader {
  private index = 0;
  constructor(private readonly text: string) {}

  readDocument(): RisonValue {
    const value = this.readValue();
    if (this.index !== this.text.length) this.fail('Unexpected text after the value');
    return value;
  }

  private fail(message: string): never {
    throw new RisonSyntaxError(message, this.index);
  }

  private peek(): string | undefined {
    return this.text[this.index];
  }

  private expect(char: string): void {
    if (this.peek() !== char) this.fail(`Expected "${char}"`);
    this.index += 1;
  }

  private readValue(): RisonValue {
    const char = this.peek();
    if (char === undefined) return this.fail('Unexpected end');
    if (char === '(') return this.readObject();
    if (char === "'") return this.readQuoted();
    if (char === '!') return this.readBang();
    if (char === '-' || (char >= '0' && char <= '9')) return this.readNumber();
    return this.readBareWord();
  }

  private readBang(): RisonValue {
    this.index += 1;
    const kind = this.peek();
    this.index += 1;
    switch (kind) {
      case 't':
        return true;
      case 'f':
        return false;
      case 'n':
        return null;
      case '(':
        return this.readList(')', () => this.readValue());
      case undefined:
      default:
        this.index -= 1;
        return this.fail('Unknown "!" value');
    }
  }

  private readObject(): { [key: string]: RisonValue } {
    this.index += 1;
    const entries: [string, RisonValue][] = this.readList(')', () => {
      const key = this.peek() === "'" ? this.readQuoted() : this.readBareWord();
      this.expect(':');
      return [key, this.readValue()];
    });
    // fromEntries defines own properties, so a "__proto__" key stays a plain key.
    return Object.fromEntries(entries);
  }

  private readList<T>(close: string, readItem: () => T): T[] {
    const items: T[] = [];
    if (this.peek() === close) {
      this.index += 1;
      return items;
    }
    for (;;) {
      items.push(readItem());
      const next = this.peek();
      this.index += 1;
      if (next === close) return items;
      if (next !== ',') {
        this.index -= 1;
        this.fail(`Expected "," or "${close}"`);
      }
    }
  }

  private readQuoted(): string {
    this.index += 1;
    let result = '';
    for (;;) {
      const char = this.peek();
      if (char === undefined) return this.fail('Unterminated string');
      this.index += 1;
      if (char === "'") return result;
      if (char === '!') {
        const escaped = this.peek();
        if (escaped !== '!' && escaped !== "'") this.fail('Invalid "!" escape in a string');
        result += escaped;
        this.index += 1;
      } else {
        result += char;
      }
    }
  }

  private readNumber(): number {
    const match = NUMBER.exec(this.text.slice(this.index));
    if (!match) return this.fail('Invalid number');
    this.index += match[0].length;
    return Number(match[0]);
  }

  private readBareWord(): string {
    const start = this.index;
    while (this.index < this.text.length && !NOT_ID_CHARS.includes(this.text[this.index] ?? ''))
      this.index += 1;
    if (this.index === start) this.fail('Expected a value');
    return this.text.slice(start, this.index);
  }
}

/** Reads a Rison text; throws `RisonSyntaxError` naming the position of the problem. */
export function parseRison(text: string): RisonValue {
  return new RisonReader(text).readDocument();
}

function isList(value: RisonInput): value is readonly RisonInput[] {
  return Array.isArray(value);
}

function encodeString(value: string): string {
  if (BARE_WORD.test(value)) return value;
  return `'${value.replace(/[!']/g, (char) => `!${char}`)}'`;
}

/** What `encodeRison` accepts: Rison values, with undefined object entries allowed. */
export type RisonInput =
  | string
  | number
  | boolean
  | null
  | readonly RisonInput[]
  | { readonly [key: string]: RisonInput | undefined };

/** Writes a value as Rison (undefined object entries are left out, as JSON does). */
export function encodeRison(value: RisonInput): string {
  if (value === null) return '!n';
  if (typeof value === 'boolean') return value ? '!t' : '!f';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('Rison cannot carry NaN or Infinity');
    return String(value);
  }
  if (typeof value === 'string') return encodeString(value);
  if (isList(value)) return `!(${value.map(encodeRison).join(',')})`;
  const entries = Object.entries(value).flatMap(([key, item]) =>
    item === undefined ? [] : [`${encodeString(key)}:${encodeRison(item)}`],
  );
  return `(${entries.join(',')})`;
}
