import type { SchemaChange } from '@sosialtilskudd/cli';
import { describe, expect, it } from 'vitest';
import { type Bump, parseChangeset } from './changesets.ts';
import { gateVerdict } from './gate.ts';

const change = (severity: SchemaChange['severity']): SchemaChange => ({
  documentType: 'application',
  pointer: '/applicant/name',
  kind: severity === 'breaking' ? 'property-removed' : 'property-added',
  severity,
  message: 'test',
});
const v = (domain: string, schemas: string) => ({
  '@sosialtilskudd/domain': domain,
  '@sosialtilskudd/json-schemas': schemas,
});
const bumps = (entries: [string, Bump][]) => new Map(entries);
const both = (bump: Bump): [string, Bump][] => [
  ['@sosialtilskudd/domain', bump],
  ['@sosialtilskudd/json-schemas', bump],
];

describe('the compatibility gate', () => {
  it.each([
    ['no changes', [], bumps([]), v('1.2.0', '1.2.0'), true],
    ['only compatible changes, no changeset', [change('compatible')], bumps([]), v('1.2.0', '1.2.0'), true],
    ['a breaking change without a changeset', [change('breaking')], bumps([]), v('1.2.0', '1.2.0'), false],
    [
      'a breaking change with minor changesets',
      [change('breaking')],
      bumps(both('minor')),
      v('1.2.0', '1.2.0'),
      false,
    ],
    [
      'a breaking change with a major for one package only',
      [change('breaking')],
      bumps([['@sosialtilskudd/domain', 'major']]),
      v('1.2.0', '1.2.0'),
      false,
    ],
    [
      'a breaking change with majors for both',
      [change('breaking'), change('compatible')],
      bumps(both('major')),
      v('1.2.0', '1.2.0'),
      true,
    ],
    [
      'the release commit: versions already bumped to a new major',
      [change('breaking')],
      bumps([]),
      v('2.0.0', '2.0.0'),
      true,
    ],
  ] as const)('%s → pass %s', (_label, changes, pending, current, pass) => {
    const verdict = gateVerdict({ changes: [...changes], pending, released: v('1.2.0', '1.2.0'), current });
    expect(verdict.pass).toBe(pass);
  });

  it('names the packages that still need a major', () => {
    const verdict = gateVerdict({
      changes: [change('breaking')],
      pending: bumps([['@sosialtilskudd/domain', 'major']]),
      released: v('1.0.0', '1.0.0'),
      current: v('1.0.0', '1.0.0'),
    });
    expect(verdict.missingMajor).toEqual(['@sosialtilskudd/json-schemas']);
  });
});

describe('the gate for the API', () => {
  it('needs a major of the packages an operation change concerns: the OpenAPI document and the client', () => {
    const verdict = gateVerdict({
      changes: [
        { severity: 'breaking', packages: ['@sosialtilskudd/json-schemas', '@sosialtilskudd/api-client'] },
      ],
      pending: bumps(both('major')),
      released: { ...v('1.0.0', '1.0.0'), '@sosialtilskudd/api-client': '1.0.0' },
      current: { ...v('1.0.0', '1.0.0'), '@sosialtilskudd/api-client': '1.0.0' },
    });
    expect(verdict).toEqual({ pass: false, breaking: 1, missingMajor: ['@sosialtilskudd/api-client'] });
  });
});

describe('changeset front matter', () => {
  it('reads quoted and unquoted package names and ignores the body', () => {
    const text = `---\n"@sosialtilskudd/domain": major\n'@sosialtilskudd/cli': patch\n@sosialtilskudd/forms: minor\n---\n\nfoo: major\n`;
    expect(Object.fromEntries(parseChangeset(text))).toEqual({
      '@sosialtilskudd/domain': 'major',
      '@sosialtilskudd/cli': 'patch',
      '@sosialtilskudd/forms': 'minor',
    });
  });
});
