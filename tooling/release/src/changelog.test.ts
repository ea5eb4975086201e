import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

interface ChangelogFunctions {
  getReleaseLine(changeset: { summary: string; commit?: string }): Promise<string>;
  getDependencyReleaseLine(
    changesets: unknown[],
    dependencies: { name: string; newVersion: string; type: string }[],
  ): Promise<string>;
}
const changelog = createRequire(import.meta.url)('./changelog.cjs') as ChangelogFunctions;

describe('the changelog entries changeset version writes', () => {
  it('give the changeset as written, without its commit, later lines indented under the first', async () => {
    const line = await changelog.getReleaseLine({
      summary: 'New rule `X`.\n\nWhat to do: `tilskudd migrate a.json --to 2`.\n',
      commit: '29ffb5b0000000000000000000000000000000000',
    });
    expect(line).toBe('- New rule `X`.\n\n  What to do: `tilskudd migrate a.json --to 2`.');
  });

  it('name the packages a version moves to once, a major pointed out', async () => {
    expect(await changelog.getDependencyReleaseLine([], [])).toBe('');
    expect(
      await changelog.getDependencyReleaseLine(
        [{}, {}, {}],
        [
          { name: '@sosialtilskudd/domain', newVersion: '1.0.0', type: 'major' },
          { name: '@sosialtilskudd/cli', newVersion: '0.2.0', type: 'minor' },
        ],
      ),
    ).toBe(
      '- Depends on `@sosialtilskudd/domain@1.0.0` (a major: read its changelog), `@sosialtilskudd/cli@0.2.0`.',
    );
  });
});
