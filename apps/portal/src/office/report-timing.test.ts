import { exampleDocument } from '@sosialtilskudd/domain';
import { describe, expect, it } from 'vitest';
import type { CaseData } from '../cases/case-data.js';
import { isAvailable } from './follow-up-documents.js';
import { reportNote } from './report-notes.js';
import { finalReportTiming, statusReportTiming } from './report-timing.js';

const CALL = 'utvikling-sosiale-tjenester-2024';
const at = (instant: string) => new Date(instant);

/** A paid 2024 case (the grant letter's reporting deadline 1 February 2025), its measure ending `end`. */
function paidCase(end = '2027-03-31', extra: Partial<CaseData['documents']> = {}): CaseData {
  const application = exampleDocument('application', CALL);
  return {
    application: {
      id: 'a1',
      state: 'paid',
      callId: CALL,
      document: { ...application, measure: { ...application.measure, plannedEndDate: end } },
    },
    documents: {
      letter: { document: exampleDocument('grant-letter', CALL) },
      statusReports: [],
      transferRequests: [],
      payments: [],
      ...extra,
    },
  } as unknown as CaseData;
}

describe('a status report is offered when it is due (§ 11)', () => {
  it('from 1 January after the grant year, Oslo time, to the reporting deadline, its last day included', () => {
    const data = paidCase();
    // 31 December 23:30 in Oslo is still the grant year.
    expect(statusReportTiming(data, at('2024-12-31T22:30:00Z'))).toEqual({
      kind: 'early',
      opens: '2025-01-01',
      deadline: '2025-02-01',
    });
    expect(statusReportTiming(data, at('2024-12-31T23:30:00Z'))).toEqual({
      kind: 'open',
      deadline: '2025-02-01',
    });
    expect(statusReportTiming(data, at('2025-02-01T22:59:00Z'))).toEqual({
      kind: 'open',
      deadline: '2025-02-01',
    });
    expect(statusReportTiming(data, at('2025-02-01T23:01:00Z'))).toEqual({
      kind: 'late',
      deadline: '2025-02-01',
    });
    expect(isAvailable('status-report', data, at('2024-06-01T12:00:00Z'))).toBe(false);
    expect(isAvailable('status-report', data, at('2025-01-27T08:00:00Z'))).toBe(true);
    expect(isAvailable('status-report', data, at('2025-03-01T12:00:00Z'))).toBe(false);
  });

  it('says in words when it opens, or that the deadline has passed, in bokmål and nynorsk', () => {
    const data = paidCase();
    expect(reportNote('status-report', data, at('2024-06-01T12:00:00Z'), 'nb')).toBe(
      'Statusrapporten for 2024 kan sendes fra 1. januar 2025, når regnskapet per 31. desember er klart. Fristen er 1. februar 2025.',
    );
    expect(reportNote('status-report', data, at('2025-03-01T12:00:00Z'), 'nn')).toBe(
      'Fristen for statusrapporten for 2024 var 1. februar 2025. Ta kontakt med statsforvaltaren.',
    );
    expect(reportNote('status-report', data, at('2025-01-27T08:00:00Z'), 'nb')).toBeUndefined();
  });

  it('is not offered again once the year is reported', () => {
    const report = exampleDocument('status-report', CALL);
    const data = paidCase('2027-03-31', { statusReports: [{ document: report }] } as never);
    expect(statusReportTiming(data, at('2025-01-27T08:00:00Z'))).toEqual({ kind: 'sent' });
  });
});

describe('a final report is offered once the measure has ended (§ 11)', () => {
  it('from the day after its planned last day', () => {
    expect(finalReportTiming(paidCase('2024-12-31'), at('2024-12-31T12:00:00Z'))).toEqual({
      kind: 'early',
      opens: '2025-01-01',
    });
    expect(finalReportTiming(paidCase('2024-12-31'), at('2024-12-31T23:00:00Z'))).toEqual({ kind: 'open' });
    expect(isAvailable('final-report', paidCase('2027-03-31'), at('2025-01-27T08:00:00Z'))).toBe(false);
    expect(reportNote('final-report', paidCase('2027-03-31'), at('2025-01-27T08:00:00Z'), 'nb')).toBe(
      'Sluttrapporten sendes når tiltaket er avsluttet; det er planlagt avsluttet 31. mars 2027.',
    );
    expect(isAvailable('final-report', paidCase('2024-12-31'), at('2025-01-27T08:00:00Z'))).toBe(true);
  });
});
