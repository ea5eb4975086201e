// CommonJS consumers load the ESM packages through require(esm), unflagged on Node >= 20.19.
const assert = require('node:assert/strict');
const { validateDocument, exampleDocument } = require('@sosialtilskudd/domain');
assert.equal(validateDocument(exampleDocument('payment')).ok, true);
const schema = require('@sosialtilskudd/json-schemas/application.schema.json');
assert.match(schema.$id, /\/v1\/application\.schema\.json$/);
console.log('require(): domain and json-schemas load from CommonJS');
