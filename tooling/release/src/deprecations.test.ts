import { describe, expect, it } from 'vitest';
import { deprecatedFields, releaseNotes } from './deprecations.ts';

describe('deprecated fields', () => {
  const fields = deprecatedFields();

  it('are found in the generated schemas with their version and reason', () => {
    expect(fields).toContainEqual(
      expect.objectContaining({ documentType: 'acceptance', field: 'acceptedAmount', since: '0.2.0' }),
    );
  });

  it.each(fields.map((f) => [`${f.documentType}.${f.field}`, f] as const))(
    '%s is announced in a changeset or changelog with its version',
    (name, f) => {
      const notes = releaseNotes();
      expect(notes, `announce ${name} (since ${f.since}) in a changeset`).toContain(name);
      expect(notes).toContain(`since ${f.since}`);
    },
  );
});
