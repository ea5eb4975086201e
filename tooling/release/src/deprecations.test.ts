import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deprecatedFields, pendingChangesetText } from './deprecations.ts';
import { sectionsAfter } from './migration-notes.ts';
import { nextDomainRelease } from './version-step.ts';
import { ROOT } from './workspace.ts';

/** The domain's changelog entries by version: the versions released so far. */
const released = new Map(
  sectionsAfter(readFileSync(join(ROOT, 'packages/domain/CHANGELOG.md'), 'utf8'), '0.0.0').map((s) => [
    /^## (\S+)/.exec(s)?.[1] ?? '',
    s,
  ]),
);

describe('deprecated fields', () => {
  const fields = deprecatedFields();

  it('are found in the generated schemas with their version and reason', () => {
    // Version 1 of the acceptance, still published, keeps its deprecated amount; version 2 removed it as promised.
    expect(deprecatedFields(join(ROOT, 'schemas/v1'))).toContainEqual(
      expect.objectContaining({ documentType: 'acceptance', field: 'acceptedAmount' }),
    );
    expect(fields.map((f) => `${f.documentType}.${f.field}`)).not.toContain('acceptance.acceptedAmount');
  });

  it.each(fields.map((f) => [`${f.documentType}.${f.field}`, f] as const))(
    '%s names the release it was deprecated in, and is announced there',
    async (name, f) => {
      const entry = released.get(f.since);
      if (entry) {
        expect(entry, `the ${f.since} entry of the domain's CHANGELOG names ${name}`).toContain(name);
        return;
      }
      // Not released yet: the text names the next release, as the pending changesets make it.
      expect(
        f.since,
        "a deprecation not yet released says since: 'next'; run pnpm release:next, then pnpm generate",
      ).toBe(await nextDomainRelease(ROOT));
      expect(pendingChangesetText(), `announce ${name} in a changeset`).toContain(name);
    },
  );
});
