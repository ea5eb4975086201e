// A form builder renders the published forms to HTML in Node, without a browser.
import assert from 'node:assert/strict';
import { exampleDocument } from '@sosialtilskudd/domain';
import { renderFormToHtml } from '@sosialtilskudd/forms/server';

const empty = renderFormToHtml('status-report');
assert.match(empty, /<form/);
const filled = renderFormToHtml('application', exampleDocument('application'), { language: 'nn' });
assert.ok(filled.includes('Nav Gjøvik'), 'the form shows the data it was given');
console.log(`forms: status report and application render to HTML (${filled.length} characters)`);
