import { join } from 'node:path';
import { diffSchemaSets, formatReport, loadSchemaSet } from '@sosialtilskudd/cli';
import { BASELINE_DIR, currentVersions, releasedVersions } from './baseline.ts';
import { pendingBumps } from './changesets.ts';
import { gateVerdict } from './gate.ts';
import { ROOT } from './workspace.ts';

const changes = diffSchemaSets(await loadSchemaSet(BASELINE_DIR), await loadSchemaSet(join(ROOT, 'schemas')));
const released = releasedVersions();
console.log(`Schemas compared with the last release (${JSON.stringify(released)}):\n`);
console.log(formatReport(changes));
const verdict = gateVerdict({
  changes,
  pending: pendingBumps(join(ROOT, '.changeset')),
  released,
  current: currentVersions(),
});
if (!verdict.pass) {
  console.error(
    `\n✗ ${verdict.breaking} breaking schema change(s) without a major changeset for ${verdict.missingMajor.join(', ')}.\n` +
      '  Run `pnpm changeset`, choose major for those packages, describe the change and ship a migration\n' +
      '  (see "Releases" in the README), or make the change compatible.',
  );
  process.exit(1);
}
console.log(`\n✓ compatibility gate passed (${verdict.breaking} breaking change(s), all with a major).`);
