import { describe, expect, it } from 'vitest';
import { migrateCommands, sectionsAfter } from './migration-notes.ts';

const CHANGELOG = `# @sosialtilskudd/domain

## 2.0.0

### Major Changes

- abc: \`status-report\` is version 2. Migrate with \`tilskudd migrate rapport.json --to 2\`.

## 1.0.0

### Major Changes

- def: \`repayment-claim\` is version 2: \`tilskudd migrate claim.json --to 2\` (or \`migrateDocument\`).

## 0.1.0

First version, \`tilskudd migrate old.json --to 1\` never existed.
`;

describe('migration notes', () => {
  it('are the tilskudd migrate commands of the versions after the one a project had', () => {
    expect(migrateCommands(CHANGELOG, '0.1.0')).toEqual([
      'tilskudd migrate rapport.json --to 2',
      'tilskudd migrate claim.json --to 2',
    ]);
    expect(migrateCommands(CHANGELOG, '1.0.0')).toEqual(['tilskudd migrate rapport.json --to 2']);
    expect(migrateCommands(CHANGELOG, '2.0.0')).toEqual([]);
  });

  it('keep each section whole, heading first', () => {
    expect(sectionsAfter(CHANGELOG, '1.0.0')).toHaveLength(1);
    expect(sectionsAfter(CHANGELOG, '1.0.0')[0]).toMatch(/^## 2\.0\.0\n/);
  });
});
