import { join } from 'node:path';
import { diffSchemaSets, formatReport, loadSchemaSet } from '@sosialtilskudd/cli';
import {
  BASELINE_DIR,
  currentVersions,
  releasedDocuments,
  releasedRules,
  releasedVersions,
} from './baseline.ts';
import { pendingBumps } from './changesets.ts';
import { gateVerdict } from './gate.ts';
import { currentRules, diffRules, formatRuleReport, refusedReleasedDocuments } from './rule-changes.ts';
import { ROOT } from './workspace.ts';

const released = await loadSchemaSet(BASELINE_DIR);
const schemaChanges = diffSchemaSets(released, await loadSchemaSet(join(ROOT, 'schemas')));
const ruleChanges = [
  ...diffRules(releasedRules(), currentRules(), new Set(Object.keys(released))),
  ...refusedReleasedDocuments(releasedDocuments()),
];
const versions = releasedVersions();
console.log(`Schemas compared with the last release (${JSON.stringify(versions)}):\n`);
console.log(formatReport(schemaChanges));
console.log('\nRules compared with the last release, and the documents it accepted judged again:\n');
console.log(formatRuleReport(ruleChanges));
const verdict = gateVerdict({
  changes: [...schemaChanges, ...ruleChanges],
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
