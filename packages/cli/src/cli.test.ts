import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DOCUMENT_TYPE_NAMES, documentDigest, exampleApplication, findCall } from '@sosialtilskudd/domain';
import { issueKeys, loadGoldenFixtures, loadMigrationFixtures } from '@sosialtilskudd/domain/fixtures';
import { describe, expect, it } from 'vitest';
import { runCli } from './main.js';

const dir = mkdtempSync(join(tmpdir(), 'tilskudd-cli-'));
const write = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('tilskudd example and schema', () => {
  it.each(DOCUMENT_TYPE_NAMES)('example %s validates with tilskudd validate', async (type) => {
    const example = await run('example', type, '--call', '2024');
    expect(example.code).toBe(0);
    const result = await run('validate', write(`${type}.json`, example.stdout));
    expect(result.stdout).toContain('er gyldig');
    expect(result.code).toBe(0);
  });

  it('prints the JSON Schema, per call for applications', async () => {
    const schema = JSON.parse((await run('schema', 'application', '--call', '2025')).stdout);
    expect(schema.$id).toContain('/v2/calls/utvikling-sosiale-tjenester-2025/application.schema.json');
    expect(JSON.parse((await run('schema', 'status-report')).stdout).$schema).toContain('2020-12');
  });

  it('refuses an unknown type or call with exit 2 and one line', async () => {
    for (const args of [['example', 'letter'], ['example', 'application', '--call', '1999'], ['schema']]) {
      const r = await run(...args);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('tilskudd validate', () => {
  const { valid, invalid } = loadGoldenFixtures();

  it.each([...valid, ...invalid].map((c) => [c.name, c] as const))(
    'gives the golden verdict, codes and notChecked for %s',
    async (name, c) => {
      const args = ['validate', write(`${name}.json`, c.document), '--format', 'json'];
      if (c.type) args.push('--type', c.type);
      if (c.context) args.push('--context', write(`${name}.context.json`, c.context));
      const r = await run(...args);
      expect(r.code).toBe(c.expected.length ? 1 : 0);
      const [result] = JSON.parse(r.stdout);
      expect(issueKeys(result.issues)).toEqual(issueKeys(c.expected));
      expect([...(result.notChecked ?? [])].sort()).toEqual([...c.notChecked].sort());
      for (const issue of result.issues)
        expect(Object.keys(issue).sort()).toEqual(['code', 'message', 'path']);
    },
  );

  it('exits 1 when any of several files is invalid and 2 when any is unreadable', async () => {
    const good = write('good.json', (await run('example', 'payment')).stdout);
    const bad = write('bad.json', { documentType: 'payment' });
    expect((await run('validate', good, good)).code).toBe(0);
    expect((await run('validate', good, bad)).code).toBe(1);
    expect((await run('validate', good, join(dir, 'missing.json'))).code).toBe(2);
    expect((await run('validate', good, write('broken.json', '{"documentType":'))).code).toBe(2);
  });

  it('judges a document against another year with --call', async () => {
    const app2024 = write('app2024.json', (await run('example', 'application', '--call', '2024')).stdout);
    const r = await run('validate', app2024, '--call', '2025', '--format', 'json');
    expect(JSON.parse(r.stdout)[0].issues.map((i: { code: string }) => i.code)).toContain(
      'BUDGET_COMPETENCE_FUNDS_NOT_IN_CALL',
    );
  });

  it('says in text which rules it could not check, and why they may be missing', async () => {
    const app2023 = write('app2023.json', (await run('example', 'application', '--call', '2023')).stdout);
    const r = await run('validate', app2023);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'Ikke kontrollert (mangler kontekst eller tall fra kildene): BUDGET_POSITION_OVER_CAP, BUDGET_COMPETENCE_FUNDS_OVER_CAP',
    );
  });

  it('rejects an invalid --context file with one line', async () => {
    const app = write('a.json', (await run('example', 'application')).stdout);
    const r = await run('validate', app, '--context', write('ctx.json', { acceptance: 'yes' }));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/ugyldig kontekst ved \/acceptance/);
  });
});

describe('tilskudd diff', () => {
  const schemaDir = (name: string, schemas: Record<string, object>) => {
    const folder = join(dir, name);
    mkdirSync(folder, { recursive: true });
    for (const [type, schema] of Object.entries(schemas))
      writeFileSync(join(folder, `${type}.schema.json`), JSON.stringify(schema));
    return folder;
  };
  const optional = schemaDir('optional', {
    note: { type: 'object', properties: { text: { type: 'string' } } },
  });
  const required = schemaDir('required', {
    note: { type: 'object', properties: { text: { type: 'string' } }, required: ['text'] },
  });

  it('exits 0 for the same schemas and 1 for a breaking change, with the summary as JSON', async () => {
    expect((await run('diff', optional, optional)).code).toBe(0);
    const r = await run('diff', optional, required, '--format', 'json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).summary.breaking).toBe(1);
  });

  it.each([
    ['a folder that does not exist', join(dir, 'nowhere'), 'finnes ikke'],
    ['a file instead of a folder', () => write('not-a-folder.json', '{}'), 'er ikke en mappe'],
  ])('answers %s in Norwegian with exit 2', async (_label, path, message) => {
    const folder = typeof path === 'function' ? path() : path;
    const r = await run('diff', folder, optional);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`tilskudd: ${folder}: ${message}\n`);
  });
});

describe('tilskudd migrate', () => {
  const [v1] = loadMigrationFixtures(1);

  it('migrates a version 1 document to version 2, which then validates', async () => {
    const out = join(dir, 'migrated.json');
    const r = await run('migrate', write('v1.json', v1?.document), '--to', '2', '--out', out);
    expect(r.code).toBe(0);
    expect((await run('validate', out)).code).toBe(0);
  });

  it('tilskudd validate tells how to migrate an outdated document', async () => {
    const r = await run('validate', write('old.json', v1?.document));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('SCHEMA_VERSION_OUTDATED /schemaVersion');
    expect(r.stdout).toContain('tilskudd migrate FIL --to 2');
  });

  it('exits 1 with the issues when a document cannot be migrated, 2 on a bad --to', async () => {
    const r = await run(
      'migrate',
      write('v9.json', { documentType: 'repayment-claim', schemaVersion: 9 }),
      '--to',
      '2',
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('MIGRATION_UNKNOWN_VERSION');
    expect((await run('migrate', write('x.json', {}), '--to', 'two')).code).toBe(2);
  });
});

describe('tilskudd verify', () => {
  const signed = exampleApplication(findCall('utvikling-sosiale-tjenester-2025'));

  it('recomputes the checksum and finds both § 7 signatures holding: exit 0', async () => {
    const r = await run('verify', write('signed.json', signed));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`SHA-256 av innholdet: ${documentDigest(signed)}`);
    expect(r.stdout).toContain(
      'Nav-leder: Ingrid Berg (Nav Gjøvik), 01.02.2025, 09:00  ✓ gjelder dette dokumentet',
    );
    expect(r.stdout.match(/✓ gjelder dette dokumentet/g)).toHaveLength(2);
  });

  it('finds a change made after signing, whoever made it: exit 1', async () => {
    const edited = { ...signed, measure: { ...signed.measure, name: 'Et annet tiltak' } };
    const r = await run('verify', write('edited.json', edited), '--format', 'json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.sha256).toBe(documentDigest(edited));
    expect(out.signatures.map((s: { state: string }) => s.state)).toEqual([
      'document-changed',
      'document-changed',
    ]);
    expect(out.missing).toEqual([['nav-office-head'], ['municipal-executive']]);
  });

  it('names who has not signed, and reports a typed version 1 signature as not verifiable', async () => {
    const once = { ...signed, signatures: signed.signatures?.slice(0, 1) };
    const r = await run('verify', write('once.json', once));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Mangler gyldig signatur fra Kommunedirektør / rådmann');
    const v1 = loadMigrationFixtures(1).find((f) => f.name === 'application-2025');
    const migrated = join(dir, 'migrated-application.json');
    await run('migrate', write('v1-application.json', v1?.document), '--out', migrated);
    const typed = await run('verify', migrated);
    expect(typed.code).toBe(1);
    expect(typed.stdout).toContain(
      'Nav-leder: Ingrid Berg (Nav-leder), 2025-01-24  – skrevet inn i versjon 1',
    );
  });

  it('refuses a document type that is not signed, and a document that does not follow its schema', async () => {
    expect((await run('verify', write('payment.json', { documentType: 'payment' }))).code).toBe(2);
    const broken = await run('verify', write('broken.json', { ...signed, signatures: 'Ola' }));
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('følger ikke skjemaet');
  });
});

describe('the tilskudd binary', () => {
  const require = createRequire(import.meta.url);
  const tsx = require.resolve('tsx');
  const bin = fileURLToPath(new URL('./bin.ts', import.meta.url));
  const exec = promisify(execFile);
  const spawnCli = async (...args: string[]) => {
    try {
      const { stdout, stderr } = await exec(process.execPath, [
        '--conditions=@sosialtilskudd/source',
        '--import',
        tsx,
        bin,
        ...args,
      ]);
      return { code: 0, stdout, stderr };
    } catch (e) {
      const err = e as { code: number; stdout: string; stderr: string };
      return { code: err.code, stdout: err.stdout, stderr: err.stderr };
    }
  };

  it.each([
    ['malformed JSON', () => write('m.json', '{"documentType": "application", "id": [1, 2')],
    ['a 10 MB file', () => write('big.json', `[${'1,'.repeat(5 * 1024 * 1024)}1]`)],
    ['a directory', () => dir],
  ])(
    'answers %s with one line and exit 2, never a stack trace',
    async (_label, make) => {
      const r = await spawnCli('validate', make());
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    },
    30_000,
  );

  it('judges deeply nested JSON as an invalid document without crashing', async () => {
    const deep = `{"documentType":"application","id":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const r = await spawnCli('validate', write('deep.json', deep));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`NESTING_TOO_DEEP /id${'/0'.repeat(63)} `);
    expect(r.stderr).toBe('');
  }, 30_000);

  it('answers an unknown option in Norwegian', async () => {
    const r = await spawnCli('validate', '--bogus');
    expect(r.stderr).toContain('Ugyldig valg «--bogus»');
    expect(r.code).toBe(2);
  }, 30_000);
});
