import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'ldapts';
import { describe, it } from 'vitest';

const SLAPD = '/usr/sbin/slapd';
const SCHEMA_DIR = '/etc/ldap/schema';
const MODULE_DIR = '/usr/lib/ldap';

/** The directory every test server holds. */
export const LDAP_BASE = 'dc=example,dc=org';
export const LDAP_ADMIN_DN = `cn=admin,${LDAP_BASE}`;
export const LDAP_ADMIN_PASSWORD = 'admin-secret';
export const PEOPLE_BASE = `ou=people,${LDAP_BASE}`;
export const GROUPS_BASE = `ou=groups,${LDAP_BASE}`;

/** A person to load: an inetOrgPerson under ou=people with a password. */
export interface LdapPerson {
  uid: string;
  password: string;
  givenName: string;
  sn: string;
  mail?: string;
}

/** A running slapd on 127.0.0.1, plain (with StartTLS) and ldaps. */
export interface TestSlapd {
  url: string;
  ldapsUrl: string;
  /** PEM file of the self-signed certificate (CN and IP SAN 127.0.0.1). */
  caCertFile: string;
  stop(): Promise<void>;
}

/** Why slapd cannot run here, or undefined when it can. */
export function slapdProblem(): string | undefined {
  if (!existsSync(SLAPD)) return `${SLAPD} is not installed (apt-get install -y slapd ldap-utils)`;
  if (!existsSync(join(SCHEMA_DIR, 'inetorgperson.schema'))) return `${SCHEMA_DIR} has no schema`;
  return undefined;
}

/**
 * Declares `fn` when slapd is installed. Without it the suite is skipped with a warning, except
 * under CI=true where it fails: CI must run the LDAP tests.
 */
export function describeWithSlapd(title: string, fn: () => void): void {
  const problem = slapdProblem();
  if (problem && process.env.CI === 'true') {
    describe(title, () => {
      it('needs slapd', () => {
        throw new Error(`${problem} and CI=true: the LDAP tests are required.`);
      });
    });
    return;
  }
  if (problem) console.warn(`Skipping "${title}": ${problem}`);
  describe.skipIf(problem !== undefined)(title, fn);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function selfSignedCertificate(dir: string): { cert: string; key: string } {
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  return { cert, key };
}

function slapdConf(dir: string, tls: { cert: string; key: string }): string {
  return [
    ...['core', 'cosine', 'inetorgperson'].map((name) => `include ${SCHEMA_DIR}/${name}.schema`),
    `pidfile ${join(dir, 'slapd.pid')}`,
    `argsfile ${join(dir, 'slapd.args')}`,
    `modulepath ${MODULE_DIR}`,
    'moduleload back_mdb',
    'moduleload memberof',
    `TLSCertificateFile ${tls.cert}`,
    `TLSCertificateKeyFile ${tls.key}`,
    'database mdb',
    `suffix "${LDAP_BASE}"`,
    `rootdn "${LDAP_ADMIN_DN}"`,
    `rootpw ${LDAP_ADMIN_PASSWORD}`,
    `directory ${join(dir, 'data')}`,
    'maxsize 16777216',
    'overlay memberof',
    'access to attrs=userPassword by self write by anonymous auth by * none',
    'access to * by * read',
    '',
  ].join('\n');
}

async function waitUntilAnswering(url: string, child: ChildProcess, log: () => string) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`slapd exited (${child.exitCode}):\n${log()}`);
    const client = new Client({ url, connectTimeout: 500 });
    try {
      await client.bind(LDAP_ADMIN_DN, LDAP_ADMIN_PASSWORD);
      return;
    } catch (error) {
      if (Date.now() > deadline)
        throw new Error(`slapd did not answer: ${String(error)}\n${log()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      await client.unbind().catch(() => undefined);
    }
  }
}

/**
 * Starts a throw-away slapd from a generated slapd.conf in a temp folder (Debian's schema
 * files, an mdb database, the memberof overlay, a self-signed certificate for StartTLS and
 * ldaps), on free ports of 127.0.0.1. `stop()` ends it and removes the folder.
 */
export async function startSlapd(): Promise<TestSlapd> {
  const dir = mkdtempSync(join(tmpdir(), 'superset-slapd-'));
  mkdirSync(join(dir, 'data'));
  const tls = selfSignedCertificate(dir);
  writeFileSync(join(dir, 'slapd.conf'), slapdConf(dir, tls));
  const [port, ldapsPort] = [await freePort(), await freePort()];
  const url = `ldap://127.0.0.1:${port}`;
  const ldapsUrl = `ldaps://127.0.0.1:${ldapsPort}`;
  const child = spawn(
    SLAPD,
    ['-d', '0', '-h', `${url}/ ${ldapsUrl}/`, '-f', join(dir, 'slapd.conf')],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilAnswering(url, child, () => stderr);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, ldapsUrl, caCertFile: tls.cert, stop };
}

/**
 * Loads ou=people and ou=groups, the people, and one groupOfNames per group (through the
 * server, so the memberof overlay fills each person's memberOf).
 */
export async function loadDirectory(
  url: string,
  people: readonly LdapPerson[],
  groups: Readonly<Record<string, readonly string[]>>,
): Promise<void> {
  const client = new Client({ url });
  try {
    await client.bind(LDAP_ADMIN_DN, LDAP_ADMIN_PASSWORD);
    await client.add(LDAP_BASE, {
      objectClass: ['dcObject', 'organization'],
      o: 'Example',
      dc: 'example',
    });
    for (const ou of ['people', 'groups']) {
      await client.add(`ou=${ou},${LDAP_BASE}`, { objectClass: 'organizationalUnit', ou });
    }
    for (const person of people) {
      await client.add(`uid=${person.uid},${PEOPLE_BASE}`, {
        objectClass: 'inetOrgPerson',
        uid: person.uid,
        cn: `${person.givenName} ${person.sn}`,
        givenName: person.givenName,
        sn: person.sn,
        userPassword: person.password,
        ...(person.mail ? { mail: person.mail } : {}),
      });
    }
    for (const [name, members] of Object.entries(groups)) {
      await client.add(`cn=${name},${GROUPS_BASE}`, {
        objectClass: 'groupOfNames',
        cn: name,
        member: members.map((uid) => `uid=${uid},${PEOPLE_BASE}`),
      });
    }
  } finally {
    await client.unbind().catch(() => undefined);
  }
}
