import { TilskuddProblemError } from '@sosialtilskudd/api-client';
import { EXAMPLE_NAV_OFFICE, exampleRepaymentClaim, exampleTransferRequest } from '@sosialtilskudd/domain';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { acceptanceFor, applicationFor, decisionFor, paymentFor } from '../src/demo/documents.js';
import { approve, signDraft, walkCase } from '../src/demo/walk.js';
import { callOf, startTestApi, type TestApi, walkersFor } from './harness.js';

const call2024 = callOf('utvikling-sosiale-tjenester-2024');
const call2025 = callOf('utvikling-sosiale-tjenester-2025');
const on = (applicationId: string) => ({ params: { path: { applicationId } } });

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());
afterEach(() => expect(api.violations).toEqual([]));

const facts = (call: typeof call2024, applicationId: string) => ({
  call,
  office: EXAMPLE_NAV_OFFICE,
  countyOfficeId: 'innlandet' as const,
  applicationId,
  measureName: 'Trygg bolig – ung start',
});

const walkers = () => walkersFor(api);

describe('after the status report', () => {
  it('the office asks to transfer unused funds, the county office approves, the request is superseded', async () => {
    const w = await walkers();
    const reported = await walkCase(w, facts(call2025, 'overforing'), 'reported');
    const ref = { ...exampleTransferRequest(call2025).case, caseNumber: reported.caseNumber ?? '' };
    const request = await w.office.POST('/v1/applications/{applicationId}/transfer-requests', {
      ...on(reported.id),
      body: { ...exampleTransferRequest(call2025), case: ref },
    });
    const decided = await w.county.POST(
      '/v1/applications/{applicationId}/transfer-requests/{recordId}/decision',
      {
        params: { path: { applicationId: reported.id, recordId: request.id } },
        body: { approved: true, approvedAmount: request.document.amount, decidedOn: '2026-02-15' },
      },
    );
    expect(decided.supersedes).toBe(request.id);
    expect(decided.document.decision?.approved).toBe(true);
    const file = await w.office.GET('/v1/applications/{applicationId}/documents', on(reported.id));
    expect(file.transferRequests.map((t) => t.id)).toEqual([decided.id]);

    const again = await w.county
      .POST('/v1/applications/{applicationId}/transfer-requests/{recordId}/decision', {
        params: { path: { applicationId: reported.id, recordId: request.id } },
        body: { approved: false, approvedAmount: 0, decidedOn: '2026-02-16' },
      })
      .catch((e: unknown) => e);
    expect(again).toMatchObject({ status: 409, code: 'TRANSFER_ALREADY_DECIDED' });
  });

  it('a repayment claim moves the case to repayment-claimed; the office cannot claim', async () => {
    const w = await walkers();
    const reported = await walkCase(w, facts(call2025, 'tilbakebetaling'), 'reported');
    const claim = { ...exampleRepaymentClaim(call2025) };
    claim.case = { ...claim.case, caseNumber: reported.caseNumber ?? '' };
    const byOffice = await w.office
      .POST('/v1/applications/{applicationId}/repayment-claims', { ...on(reported.id), body: claim })
      .catch((e: unknown) => e);
    expect(byOffice).toMatchObject({ status: 403 });
    await w.county.POST('/v1/applications/{applicationId}/repayment-claims', {
      ...on(reported.id),
      body: claim,
    });
    expect((await w.office.GET('/v1/applications/{applicationId}', on(reported.id))).state).toBe(
      'repayment-claimed',
    );
  });
});

describe('documents that need history first', () => {
  it('an acceptance before the grant letter, or a transfer request before the status report, is a 409', async () => {
    const w = await walkers();
    const submitted = await walkCase(w, facts(call2025, 'for-tidlig'), 'submitted');
    const f = { ...facts(call2025, 'for-tidlig'), caseNumber: submitted.caseNumber ?? '' };
    await approve(
      w,
      w.county.POST('/v1/applications/{applicationId}/decision', {
        ...on(submitted.id),
        body: decisionFor(f, 'granted'),
      }),
    );
    const early = await w.executive
      .POST('/v1/applications/{applicationId}/acceptance', { ...on(submitted.id), body: acceptanceFor(f) })
      .catch((e: unknown) => e);
    expect(early).toMatchObject({ status: 409, code: 'LETTER_NOT_ISSUED' });

    const paid = await walkCase(w, facts(call2025, 'uten-statusrapport'), 'paid');
    const transfer = exampleTransferRequest(call2025);
    const noReport = await w.office
      .POST('/v1/applications/{applicationId}/transfer-requests', {
        ...on(paid.id),
        body: { ...transfer, case: { ...transfer.case, caseNumber: paid.caseNumber ?? '' } },
      })
      .catch((e: unknown) => e);
    expect(noReport).toMatchObject({ status: 409, code: 'STATUS_REPORT_MISSING' });
  });
});

describe('the acting authority', () => {
  it('a payment must be paid by the county office that handles the case', async () => {
    const w = await walkers();
    const granted = await walkCase(w, facts(call2025, 'feil-betaler'), 'granted');
    const f = { ...facts(call2025, 'feil-betaler'), caseNumber: granted.caseNumber ?? '' };
    await w.executive.POST('/v1/applications/{applicationId}/acceptance', {
      ...on(granted.id),
      body: acceptanceFor(f),
    });
    const wrong = await w.county
      .POST('/v1/applications/{applicationId}/payments', {
        ...on(granted.id),
        body: { ...paymentFor(f), payer: { kind: 'county-office', countyOfficeId: 'vestland' } },
      })
      .catch((e: unknown) => e);
    expect(wrong).toMatchObject({
      status: 422,
      issues: [{ code: 'CASE_AUTHORITY_MISMATCH', path: '/payer' }],
    });
  });
});

describe('a grant that lapses (§ 13)', () => {
  it('is lapsed by the county office, after which repayment can be claimed', async () => {
    const w = await walkers();
    const paid = await walkCase(w, facts(call2025, 'bortfall'), 'paid');
    expect((await w.county.POST('/v1/applications/{applicationId}/lapse', on(paid.id))).state).toBe('lapsed');
    const claim = exampleRepaymentClaim(call2025);
    claim.case = { ...claim.case, caseNumber: paid.caseNumber ?? '' };
    await w.county.POST('/v1/applications/{applicationId}/repayment-claims', { ...on(paid.id), body: claim });
    expect((await w.office.GET('/v1/applications/{applicationId}', on(paid.id))).state).toBe(
      'repayment-claimed',
    );
  });
});

describe('a continuation (year two of the measure)', () => {
  function continuationOf(previousCaseNumber: string, applicationId: string) {
    const base = applicationFor(facts(call2025, applicationId));
    return {
      ...base,
      kind: 'continuation' as const,
      measure: { ...base.measure, yearOfMeasure: 2 },
      continuation: { previousCaseNumber, previousCallId: call2024.id },
    };
  }

  it('is refused when last year has no status report (§ 8, § 11)', async () => {
    const w = await walkers();
    const paid = await walkCase(w, facts(call2024, 'uten-rapport'), 'paid');
    api.setClock('2025-01-25T10:00:00+01:00');
    const draft = await w.office.POST('/v1/applications', {
      body: continuationOf(paid.caseNumber ?? '', 'videre-1'),
    });
    // Every rule is judged before the draft goes to the signers, as at submission.
    const refused = await w.office
      .POST('/v1/applications/{applicationId}/signing', {
        params: { path: { applicationId: draft.id }, header: { 'If-Match': draft.etag } },
      })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(TilskuddProblemError);
    expect((refused as TilskuddProblemError).issues.map((i) => `${i.code} ${i.path}`)).toEqual([
      'CONTINUATION_REPORT_MISSING /continuation/previousCaseNumber',
    ]);
  });

  it('is accepted with last year reported, and budget-vs-accounts follows the measure over both years', async () => {
    const w = await walkers();
    const reported = await walkCase(w, facts(call2024, 'med-rapport'), 'reported');
    api.setClock('2025-01-25T10:00:00+01:00');
    const draft = await w.office.POST('/v1/applications', {
      body: continuationOf(reported.caseNumber ?? '', 'videre-2'),
    });
    await signDraft(w, draft);
    const submitted = await w.office.POST('/v1/applications/{applicationId}/submit', on(draft.id));
    expect(submitted.state).toBe('submitted');
    expect(submitted.notChecked).toEqual([]);
    const view = await w.county.GET('/v1/applications/{applicationId}/budget-vs-accounts', on(draft.id));
    expect(view.years.map((y) => [y.year, y.reportedIn])).toEqual([
      [2024, 'status-report'],
      [2025, null],
    ]);
    expect(view.years[0]?.totals.actual).toBeGreaterThan(0);
  });

  it('of a case handled before this system is accepted, with the report rule left to the caseworker', async () => {
    const w = await walkers();
    api.setClock('2025-01-25T10:00:00+01:00');
    const draft = await w.office.POST('/v1/applications', { body: continuationOf('2024/9999', 'videre-3') });
    await signDraft(w, draft);
    const submitted = await w.office.POST('/v1/applications/{applicationId}/submit', on(draft.id));
    expect(submitted.notChecked).toEqual(['CONTINUATION_REPORT_MISSING']);
    const seen = await w.county.GET('/v1/applications/{applicationId}', on(draft.id));
    expect(seen.notChecked).toEqual(['CONTINUATION_REPORT_MISSING']);
  });
});
