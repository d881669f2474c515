import mysql from 'mysql2/promise';
import pg from 'pg';
import { beforeAll } from 'vitest';
import {
  LIVE_MARIADB,
  LIVE_POSTGRES,
  describeLive,
} from '../../../engines/src/test-support/live-services.js';
import { loadExamplesSuite } from './test-support/load-examples-suite.js';

/** This suite's own examples database on each server, made once and reused (each run empties its tables). */
const DATABASE = 'superset_examples_h2';
const SERVER = `postgresql://postgres@${LIVE_POSTGRES.host}:${LIVE_POSTGRES.port}`;

await describeLive(LIVE_POSTGRES, 'loadExamples on PostgreSQL', () => {
  beforeAll(async () => {
    const client = new pg.Client({ connectionString: `${SERVER}/postgres` });
    await client.connect();
    try {
      const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
      if (found.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE}`);
    } finally {
      await client.end();
    }
  });
  loadExamplesSuite(() => `${SERVER}/${DATABASE}`);
});

await describeLive(LIVE_MARIADB, 'loadExamples on MariaDB', () => {
  beforeAll(async () => {
    const connection = await mysql.createConnection({
      host: LIVE_MARIADB.host,
      port: LIVE_MARIADB.port,
      user: 'root',
    });
    try {
      await connection.query(`CREATE DATABASE IF NOT EXISTS ${DATABASE} CHARACTER SET utf8mb4`);
    } finally {
      await connection.end();
    }
  });
  loadExamplesSuite(() => `mysql://root@${LIVE_MARIADB.host}:${LIVE_MARIADB.port}/${DATABASE}`, {
    hasSqlTables: false,
  });
});
