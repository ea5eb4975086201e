// A consumer of the published domain package: validate documents, read the golden fixtures.
import assert from 'node:assert/strict';
import { exampleDocument, validateDocument } from '@sosialtilskudd/domain';
import { issueKeys, loadGoldenFixtures } from '@sosialtilskudd/domain/fixtures';

const ok = validateDocument(exampleDocument('application'));
assert.equal(ok.ok, true, JSON.stringify(ok.issues));

const bad = validateDocument({ ...exampleDocument('application'), directPaymentsToUsers: true });
assert.deepEqual(
  bad.issues.map((i) => i.code),
  ['APPLICATION_DIRECT_USER_PAYMENTS'],
);

const { valid, invalid } = loadGoldenFixtures();
for (const c of invalid) {
  const r = validateDocument(c.document, { ...(c.type ? { type: c.type } : {}), context: c.context });
  assert.deepEqual(issueKeys(r.issues), issueKeys(c.expected), c.name);
}
console.log(`domain: ${valid.length} valid and ${invalid.length} invalid golden fixtures judged as expected`);
