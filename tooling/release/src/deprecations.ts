import { readdirSync, readFileSync } from 'node:fs';
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

/** The text of the pending changesets, where a deprecation not yet released is announced. */
export function pendingChangesetText(): string {
  const changesets = join(ROOT, '.changeset');
  return readdirSync(changesets)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .map((f) => readFileSync(join(changesets, f), 'utf8'))
    .join('\n');
}
