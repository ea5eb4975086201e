import { compatibilityGate } from './compatibility.ts';

const { report, verdict } = await compatibilityGate();
console.log(report);
if (!verdict.pass) {
  console.error(
    `\n✗ ${verdict.breaking} breaking change(s) without a major changeset for ${verdict.missingMajor.join(', ')}.\n` +
      '  Run `pnpm changeset`, choose major for those packages, describe the change and ship a migration\n' +
      '  (see "Releases" in the README), or make the change compatible.',
  );
  process.exit(1);
}
console.log(`\n✓ compatibility gate passed (${verdict.breaking} breaking change(s), all with a major).`);
