import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { freePort } from './ports.ts';

export interface LocalRegistry {
  url: string;
  /** An npm user config that logs npm and pnpm in to this registry as a publisher. */
  userconfig: string;
  stop(): void;
}

/**
 * A Verdaccio registry on a free loopback port, empty and cut off from the internet: it holds only what is
 * published to it, so an install that resolves @sosialtilskudd/* from it cannot fall back to anything else.
 */
export async function startRegistry(dir: string): Promise<LocalRegistry> {
  mkdirSync(join(dir, 'storage'), { recursive: true });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const config = join(dir, 'config.yaml');
  writeFileSync(
    config,
    [
      'storage: ./storage',
      'auth:',
      '  htpasswd:',
      '    file: ./htpasswd',
      '    max_users: 10',
      'uplinks: {}',
      'packages:',
      "  '@sosialtilskudd/*':",
      '    access: $all',
      '    publish: $authenticated',
      "  '**':",
      '    access: $all',
      'log: { type: stdout, format: pretty, level: warn }',
      `listen: 127.0.0.1:${port}`,
      '',
    ].join('\n'),
  );
  const bin = createRequire(import.meta.url).resolve('verdaccio/bin/verdaccio');
  const child: ChildProcess = spawn(process.execPath, [bin, '--config', config], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = () => child.kill();
  try {
    await waitFor(`${url}/-/ping`, child);
    const userconfig = join(dir, 'npmrc');
    const token = await addUser(url);
    writeFileSync(userconfig, `registry=${url}/\n//127.0.0.1:${port}/:_authToken=${token}\n`);
    return { url, userconfig, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (child.exitCode !== null) throw new Error(`Verdaccio exited with ${child.exitCode}`);
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('Verdaccio did not answer within 30 s');
}

/** Verdaccio's htpasswd plugin makes a user on the first login, as `npm adduser` does. */
async function addUser(url: string): Promise<string> {
  const name = 'release';
  const response = await fetch(`${url}/-/user/org.couchdb.user:${name}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      name,
      password: 'consumer-test',
      type: 'user',
      roles: [],
      date: new Date().toISOString(),
    }),
  });
  const body = (await response.json()) as { token?: string };
  if (!response.ok || !body.token) throw new Error(`Verdaccio refused the user: ${JSON.stringify(body)}`);
  return body.token;
}
