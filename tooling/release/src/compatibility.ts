import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffSchemaSets, formatReport, loadSchemaSet } from '@sosialtilskudd/cli';
import { BASELINE_DIR, currentVersions, readBaseline } from './baseline.ts';
import { formatChanges } from './change-lines.ts';
import { pendingBumps } from './changesets.ts';
import { API_PACKAGES, type GateVerdict, gateVerdict } from './gate.ts';
import { diffOpenApi, type OpenApiDocument } from './openapi-changes.ts';
import {
  currentRules,
  diffRules,
  type ReleasedDocument,
  type RuleSet,
  refusedReleasedDocuments,
} from './rule-changes.ts';
import { ROOT } from './workspace.ts';

/** The contract now against the last release's (tooling/release/baseline/), as a report and the gate's verdict. */
export async function compatibilityGate(): Promise<{ report: string; verdict: GateVerdict }> {
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
  const report = [
    `Schemas compared with the last release (${JSON.stringify(versions)}):\n`,
    formatReport(schemaChanges),
    '\nRules compared with the last release, and the documents it accepted judged again:\n',
    formatChanges(ruleChanges, (c) => c.documentType, 'No rule changes.'),
    '\nOperations compared with the last release (what a caller sends):\n',
    formatChanges(operationChanges, (c) => c.operation, 'No operation changes.'),
  ].join('\n');
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
  return { report, verdict };
}
