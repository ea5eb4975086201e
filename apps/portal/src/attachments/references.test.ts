import { describe, expect, it } from 'vitest';
import { withReferences } from './references.js';
import type { Attachment } from './transfer.js';

const file = (id: string) =>
  ({
    id,
    reference: { id, fileName: `${id}.pdf`, mediaType: 'application/pdf', size: 1, sha256: '0'.repeat(64) },
  }) as Attachment;

describe('a document’s references to its files', () => {
  it('puts the references where each document keeps them, copying rather than changing the document', () => {
    const application = { measure: { name: 'x' }, attachments: [{ id: 'old' }] };
    expect(withReferences(application, 'application', [file('a')])).toEqual({
      measure: { name: 'x' },
      attachments: [file('a').reference],
    });
    expect(application.attachments).toEqual([{ id: 'old' }]);
    const status = { report: { status: 'started', accounts: { lines: [] } } };
    expect(withReferences(status, 'status-report', [file('b')])).toEqual({
      report: { status: 'started', accounts: { lines: [], attachments: [file('b').reference] } },
    });
    expect(withReferences({ accounts: {} }, 'final-report', [file('c')])).toEqual({
      accounts: { attachments: [file('c').reference] },
    });
  });

  it('leaves the list out when there are no files, and a document without the list’s place as it is', () => {
    expect(withReferences({ attachments: [{ id: 'a' }], x: 1 }, 'application', [])).toEqual({ x: 1 });
    const notStarted = { report: { status: 'not-started' } };
    expect(withReferences(notStarted, 'status-report', [file('a')])).toEqual(notStarted);
    expect(withReferences(undefined, 'application', [file('a')])).toBeUndefined();
  });
});
