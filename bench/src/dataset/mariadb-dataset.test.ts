import { describe, expect, it } from 'vitest';
import {
  bhSql,
  createTripsTableSql,
  insertDimRiderSql,
  insertTripsSql,
} from './mariadb-dataset.js';

describe('the MariaDB dataset SQL', () => {
  it('inlines the design hash with the multiplier 2654435761 + 2k folded', () => {
    expect(bhSql('seq', 3)).toContain('(seq * 2654435767)');
    expect(bhSql('seq', 3)).not.toContain('bh(');
  });

  it('reads a chunk of the Sequence engine and spreads trips over the whole table', () => {
    const sql = insertTripsSql({
      database: 'db',
      rows: 10_000_000,
      from: 2_000_001,
      to: 3_000_000,
    });
    expect(sql).toContain('FROM seq_2000001_to_3000000');
    expect(sql).toContain('DIV 10000000');
    // No PostgreSQL-only syntax: casts, arrays, `#` XOR.
    expect(sql).not.toMatch(/::|ARRAY|#/);
    expect(insertDimRiderSql('db', 300)).toContain('FROM seq_1_to_300');
  });

  it('keys trips by trip_id with an index on pickup_ts', () => {
    const sql = createTripsTableSql('db');
    expect(sql).toContain('PRIMARY KEY (trip_id)');
    expect(sql).toContain('KEY trips_pickup_ts (pickup_ts)');
  });
});
