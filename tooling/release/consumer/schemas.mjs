// Form builders and non-TypeScript teams use the JSON Schemas directly.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const index = require('@sosialtilskudd/json-schemas/index.json');
for (const doc of index.documents) {
  const schema = JSON.parse(
    readFileSync(require.resolve(`@sosialtilskudd/json-schemas/${doc.file}`), 'utf8'),
  );
  assert.equal(schema.$id, doc.$id);
}
const perCall = require('@sosialtilskudd/json-schemas/calls/utvikling-sosiale-tjenester-2025/application.schema.json');
assert.equal(perCall.properties.callId.const, 'utvikling-sosiale-tjenester-2025');
console.log(
  `json-schemas: ${index.documents.length} document schemas and ${index.calls.length} call variants resolve`,
);
