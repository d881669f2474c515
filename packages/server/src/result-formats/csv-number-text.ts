const ZERO = 48;
const DOT = 46;
const MINUS = 45;
/** Digits that always survive a trip through a double unchanged. */
const EXACT_DIGITS = 15;
/** Below 1e-6 JavaScript writes a number with an exponent. */
const MAX_LEADING_FRACTION_ZEROS = 5;

function isDigit(code: number): boolean {
  return code >= ZERO && code <= ZERO + 9;
}

/**
 * The CSV text of a number cell's database text when it is a plain decimal
 * (`-?digits[.digits]`, no leading zero, at most 15 digits, 1e-6 or more unless zero):
 * what `String(Number(text))` gives (trailing fraction zeros dropped, `-0` as `0`), with
 * the decimal mark, without building the number. Undefined for any other text.
 */
export function plainNumberText(text: string, decimal: string): string | undefined {
  const length = text.length;
  const start = text.charCodeAt(0) === MINUS ? 1 : 0;
  let at = start;
  while (at < length && isDigit(text.charCodeAt(at))) at += 1;
  const integerDigits = at - start;
  if (integerDigits === 0 || (integerDigits > 1 && text.charCodeAt(start) === ZERO)) {
    return undefined;
  }
  if (at === length) {
    if (integerDigits > EXACT_DIGITS) return undefined;
    return text === '-0' ? '0' : text;
  }
  if (text.charCodeAt(at) !== DOT) return undefined;
  const point = at;
  at += 1;
  let lastNonZero = point;
  while (at < length) {
    const code = text.charCodeAt(at);
    if (!isDigit(code)) return undefined;
    if (code !== ZERO) lastNonZero = at;
    at += 1;
  }
  const fractionDigits = length - point - 1;
  if (fractionDigits === 0 || integerDigits + fractionDigits > EXACT_DIGITS) return undefined;
  const isZeroInteger = integerDigits === 1 && text.charCodeAt(start) === ZERO;
  if (lastNonZero === point) return isZeroInteger && start === 1 ? '0' : text.slice(0, point);
  if (isZeroInteger) {
    let firstNonZero = point + 1;
    while (text.charCodeAt(firstNonZero) === ZERO) firstNonZero += 1;
    if (firstNonZero - point - 1 > MAX_LEADING_FRACTION_ZEROS) return undefined;
  }
  const trimmed = lastNonZero === length - 1 ? text : text.slice(0, lastNonZero + 1);
  return decimal === '.' ? trimmed : trimmed.replace('.', decimal);
}
