import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jwtVerify } from 'jose';
import { afterEach, describe, expect, it } from 'vitest';
import { devIssuer } from '../src/auth/tokens.js';
import { configFromEnv, DEV_LOGIN_KEY_FILE } from '../src/config.js';
import { DEMO_USERS } from '../src/demo/people.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const keyFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'dev-login-key-'));
  dirs.push(dir);
  return join(dir, 'data', DEV_LOGIN_KEY_FILE);
};
const principal = () => {
  const first = [...DEMO_USERS.values()][0];
  if (!first) throw new Error('no demo user');
  return first;
};

/** Whether `issuer` accepts a token, as the API's verifier checks its signature, issuer and audience. */
async function accepts(issuer: Awaited<ReturnType<typeof devIssuer>>, token: string): Promise<boolean> {
  try {
    await jwtVerify(token, issuer.keys, { issuer: issuer.issuer, audience: issuer.audience });
    return true;
  } catch {
    return false;
  }
}

describe('the development login’s key', () => {
  it('is kept in its file, so a token outlives the process that issued it', async () => {
    const file = keyFile();
    const before = await devIssuer(file);
    const token = await before.sign(principal());
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const restarted = await devIssuer(file);
    expect(await accepts(restarted, token)).toBe(true);
    expect(await restarted.sign(principal())).not.toBe('');
  });

  it('without a file, or with another file, is another key that refuses the token', async () => {
    const token = await (await devIssuer(keyFile())).sign(principal());
    expect(await accepts(await devIssuer(), token)).toBe(false);
    expect(await accepts(await devIssuer(keyFile()), token)).toBe(false);
  });

  it('refuses to start on a file it cannot read, naming it', async () => {
    const file = keyFile();
    await devIssuer(file);
    writeFileSync(file, 'not json');
    await expect(devIssuer(file)).rejects.toThrow(
      `Nøkkelen til utviklingsinnloggingen i ${file} kan ikke leses`,
    );
  });

  it('lives beside PGlite’s data by default, where DEV_LOGIN_KEY_FILE says, nowhere in memory, on PostgreSQL or in production', () => {
    expect(configFromEnv({ PGLITE_DIR: '/data/pglite' }).devLoginKeyFile).toBe(
      join('/data/pglite', DEV_LOGIN_KEY_FILE),
    );
    expect(configFromEnv({ DEV_LOGIN_KEY_FILE: '/keys/dev.json' }).devLoginKeyFile).toBe('/keys/dev.json');
    expect(configFromEnv({ DATABASE_URL: 'postgres://db/x' }).devLoginKeyFile).toBeUndefined();
    // A database in memory (PGLITE_DIR empty) leaves no file behind, in the working folder or anywhere.
    expect(configFromEnv({ PGLITE_DIR: '' }).devLoginKeyFile).toBeUndefined();
    expect(
      configFromEnv({
        NODE_ENV: 'production',
        AUTH_ISSUER: 'https://login.example.test',
        AUTH_AUDIENCE: 'api',
        PGLITE_DIR: '/data/pglite',
      }).devLoginKeyFile,
    ).toBeUndefined();
  });
});
