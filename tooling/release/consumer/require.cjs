// CommonJS consumers load the ESM packages through require(esm), unflagged on Node >= 20.19.
const assert = require('node:assert/strict');
const { validateDocument, exampleDocument, exampleRejectionLetter } = require('@sosialtilskudd/domain');
assert.equal(validateDocument(exampleDocument('payment')).ok, true);
const schema = require('@sosialtilskudd/json-schemas/application.schema.json');
assert.match(schema.$id, /\/v2\/application\.schema\.json$/);
// The earlier major stays published beside it, for documents not yet migrated.
const earlier = require('@sosialtilskudd/json-schemas/v1/application.schema.json');
assert.match(earlier.$id, /\/v1\/application\.schema\.json$/);
const { createTilskuddClient } = require('@sosialtilskudd/api-client');
assert.equal(
  typeof createTilskuddClient({ baseUrl: 'http://127.0.0.1', getToken: () => 't' }).GET,
  'function',
);
const { renderLetterPdf } = require('@sosialtilskudd/letters');
renderLetterPdf(exampleRejectionLetter(), { language: 'nb' }).then((pdf) => {
  assert.equal(Buffer.from(pdf.subarray(0, 5)).toString('latin1'), '%PDF-');
  console.log(
    'require(): domain, json-schemas, api-client and letters load from CommonJS, and a letter renders',
  );
});
