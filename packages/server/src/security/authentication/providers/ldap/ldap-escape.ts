/**
 * Escapes a value for an LDAP search filter (RFC 4515): `*`, `(`, `)`, `\` and NUL become
 * `\2a`, `\28`, `\29`, `\5c` and `\00`, so a user name such as `*)(uid=*` matches only an
 * entry literally named that, never every entry.
 */
export function escapeFilterValue(value: string): string {
  return value.replace(
    /[*()\\\0]/g,
    (char) => `\\${char.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
}

/**
 * Escapes a value for one attribute value of a DN (RFC 4514): `,`, `+`, `"`, `\`, `<`, `>`,
 * `;`, `=` and NUL anywhere, `#` or a space at the start and a space at the end, so a user name
 * cannot add components to the DN it is put into.
 */
export function escapeDnValue(value: string): string {
  const escaped = value.replace(/[,+"\\<>;=\0]/g, (char) => (char === '\0' ? '\\00' : `\\${char}`));
  return escaped.replace(/^([#\s])/, '\\$1').replace(/(\s)$/, '\\$1');
}

/**
 * Fills a Python-style `%s` template (AUTH_LDAP_USERNAME_FORMAT) with `value`; `%%` is a
 * literal percent sign, as in Python's `%` operator.
 */
export function fillPercentTemplate(template: string, value: string): string {
  return template.replace(/%%|%s/g, (token) => (token === '%%' ? '%' : value));
}
