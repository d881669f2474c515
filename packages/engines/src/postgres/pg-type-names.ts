/**
 * Names of PostgreSQL's built-in types by OID, as `pg_type.typname` spells them (arrays as
 * `elem[]`). A result column of another type (an enum, a domain, an extension's type) has
 * no name here and reports none.
 */
const BASE_TYPES: Readonly<Record<number, string>> = {
  16: 'bool',
  17: 'bytea',
  18: 'char',
  19: 'name',
  20: 'int8',
  21: 'int2',
  23: 'int4',
  25: 'text',
  26: 'oid',
  114: 'json',
  142: 'xml',
  650: 'cidr',
  700: 'float4',
  701: 'float8',
  790: 'money',
  829: 'macaddr',
  869: 'inet',
  1042: 'bpchar',
  1043: 'varchar',
  1082: 'date',
  1083: 'time',
  1114: 'timestamp',
  1184: 'timestamptz',
  1186: 'interval',
  1266: 'timetz',
  1560: 'bit',
  1562: 'varbit',
  1700: 'numeric',
  2950: 'uuid',
  3614: 'tsvector',
  3802: 'jsonb',
};

/** Array type OID to its element type OID. */
export const ARRAY_ELEMENT_OIDS: Readonly<Record<number, number>> = {
  1000: 16,
  1001: 17,
  1005: 21,
  1007: 23,
  1009: 25,
  1015: 1043,
  1016: 20,
  1021: 700,
  1022: 701,
  1182: 1082,
  1115: 1114,
  1185: 1184,
  1231: 1700,
  199: 114,
  3807: 3802,
  2951: 2950,
};

/** The type name of a result column's OID, or null for a type not listed. */
export function pgTypeName(oid: number): string | null {
  const element = ARRAY_ELEMENT_OIDS[oid];
  if (element !== undefined) return `${BASE_TYPES[element]}[]`;
  return BASE_TYPES[oid] ?? null;
}
