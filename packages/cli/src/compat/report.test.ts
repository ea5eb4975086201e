import { describe, expect, it } from 'vitest';
import { formatReport, summarize } from './report.js';
import type { SchemaChange } from './types.js';

const changes: SchemaChange[] = [
  {
    documentType: 'budget',
    pointer: '/note',
    kind: 'property-added',
    severity: 'compatible',
    message: "Optional property 'note' added",
  },
  {
    documentType: 'budget',
    pointer: '/positions/*/salary',
    kind: 'property-removed',
    severity: 'breaking',
    message: "Property 'salary' removed",
  },
  {
    documentType: 'report',
    pointer: '',
    kind: 'document-added',
    severity: 'compatible',
    message: "Document type 'report' added",
  },
  {
    documentType: 'application',
    pointer: '',
    kind: 'document-removed',
    severity: 'breaking',
    message: "Document type 'application' removed",
  },
];

describe('summarize', () => {
  it('counts per severity and document type', () => {
    expect(summarize(changes)).toEqual({
      breaking: 2,
      compatible: 2,
      byDocumentType: {
        budget: { breaking: 1, compatible: 1 },
        report: { breaking: 0, compatible: 1 },
        application: { breaking: 1, compatible: 0 },
      },
    });
  });

  it('is all zero without changes', () => {
    expect(summarize([])).toEqual({ breaking: 0, compatible: 0, byDocumentType: {} });
  });
});

describe('formatReport', () => {
  it('says so when nothing changed', () => {
    expect(formatReport([])).toBe('No schema changes.');
  });

  it('groups by document type, breaking first, and ends with a summary', () => {
    expect(formatReport(changes)).toBe(
      [
        'application (1 breaking, 0 compatible)',
        "  BREAKING    (root)  Document type 'application' removed [document-removed]",
        '',
        'budget (1 breaking, 1 compatible)',
        "  BREAKING    /positions/*/salary  Property 'salary' removed [property-removed]",
        "  compatible  /note  Optional property 'note' added [property-added]",
        '',
        'report (0 breaking, 1 compatible)',
        "  compatible  (root)  Document type 'report' added [document-added]",
        '',
        'Summary: 2 breaking, 2 compatible in 3 document types.',
      ].join('\n'),
    );
  });
});
