import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Deprecation, deprecationOf } from '@sosialtilskudd/domain';
import { ROOT } from './workspace.ts';

export interface DeprecatedField extends Deprecation {
  documentType: string;
  field: string;
}

type Node = Record<string, unknown>;

function collect(node: unknown, documentType: string, found: DeprecatedField[]): void {
  if (Array.isArray(node)) for (const item of node) collect(item, documentType, found);
  if (!node || typeof node !== 'object') return;
  for (const [field, child] of Object.entries((node as Node).properties ?? {})) {
    const deprecation = deprecationOf(child as Node);
    if (deprecation) found.push({ documentType, field, ...deprecation });
  }
  for (const value of Object.values(node as Node)) collect(value, documentType, found);
}

/** Every deprecated field in the generated JSON Schemas, with the version and reason its description gives. */
export function deprecatedFields(schemasDir = join(ROOT, 'schemas')): DeprecatedField[] {
  const found: DeprecatedField[] = [];
  for (const file of readdirSync(schemasDir).filter((f) => f.endsWith('.schema.json')))
    collect(
      JSON.parse(readFileSync(join(schemasDir, file), 'utf8')),
      file.replace('.schema.json', ''),
      found,
    );
  return found;
}

/** Where a deprecation must be announced: a pending changeset, or the changelog of a released version. */
export function releaseNotes(): string {
  const changesets = join(ROOT, '.changeset');
  const files = [
    ...readdirSync(changesets)
      .filter((f) => f.endsWith('.md'))
      .map((f) => join(changesets, f)),
    join(ROOT, 'packages/domain/CHANGELOG.md'),
    join(ROOT, 'schemas/CHANGELOG.md'),
  ];
  return files
    .filter(existsSync)
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
}
