import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffSchemaSets, formatReport, loadSchemaSet } from '@sosialtilskudd/cli';
import { BASELINE_DIR, currentVersions, readBaseline } from './baseline.ts';
import { formatChanges } from './change-lines.ts';
import { pendingBumps } from './changesets.ts';
import { API_PACKAGES, gateVerdict } from './gate.ts';
import { diffOpenApi, type OpenApiDocument } from './openapi-changes.ts';
import {
  currentRules,
  diffRules,
  type ReleasedDocument,
  type RuleSet,
  refusedReleasedDocuments,
} from './rule-changes.ts';
import { ROOT } from './workspace.ts';

const released = await loadSchemaSet(BASELINE_DIR);
const schemaChanges = diffSchemaSets(released, await loadSchemaSet(join(ROOT, 'schemas')));
const ruleChanges = [
  ...diffRules(readBaseline<RuleSet>('rules.json'), currentRules(), new Set(Object.keys(released))),
  ...refusedReleasedDocuments(readBaseline<ReleasedDocument[]>('valid-documents.json')),
];
const operationChanges = diffOpenApi(
  readBaseline<OpenApiDocument>('openapi.json'),
  JSON.parse(readFileSync(join(ROOT, 'schemas/openapi.json'), 'utf8')) as OpenApiDocument,
);
const versions = readBaseline<Record<string, string>>('versions.json');
console.log(`Schemas compared with the last release (${JSON.stringify(versions)}):\n`);
console.log(formatReport(schemaChanges));
console.log('\nRules compared with the last release, and the documents it accepted judged again:\n');
console.log(formatChanges(ruleChanges, (c) => c.documentType, 'No rule changes.'));
console.log('\nOperations compared with the last release (what a caller sends):\n');
console.log(formatChanges(operationChanges, (c) => c.operation, 'No operation changes.'));
const verdict = gateVerdict({
  changes: [
    ...schemaChanges,
    ...ruleChanges,
    ...operationChanges.map((c) => ({ ...c, packages: API_PACKAGES })),
  ],
  pending: pendingBumps(join(ROOT, '.changeset')),
  released: versions,
  current: currentVersions(),
});
if (!verdict.pass) {
  console.error(
    `\n✗ ${verdict.breaking} breaking change(s) without a major changeset for ${verdict.missingMajor.join(', ')}.\n` +
      '  Run `pnpm changeset`, choose major for those packages, describe the change and ship a migration\n' +
      '  (see "Releases" in the README), or make the change compatible.',
  );
  process.exit(1);
}
console.log(`\n✓ compatibility gate passed (${verdict.breaking} breaking change(s), all with a major).`);
