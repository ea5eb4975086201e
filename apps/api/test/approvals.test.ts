import type { TilskuddProblemError } from '@sosialtilskudd/api-client';
import { EXAMPLE_NAV_OFFICE, exampleFrame, exampleNationalTrialApplication } from '@sosialtilskudd/domain';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  acceptanceFor,
  type CaseFacts,
  decisionFor,
  grantLetterFor,
  paymentFor,
} from '../src/demo/documents.js';
import { approve, signDraft, walkCase } from '../src/demo/walk.js';
import { sequenceEvents } from '../src/events/feed.js';
import { callOf, type DemoUserId, startTestApi, type TestApi, walkersFor } from './harness.js';

const call = callOf('utvikling-sosiale-tjenester-2025');
const on = (applicationId: string) => ({ params: { path: { applicationId } } });
const at = (approvalId: string) => ({ params: { path: { approvalId } } });
const refusal = (p: Promise<unknown>) => p.catch((e: unknown) => e) as Promise<TilskuddProblemError>;

let api: TestApi;
let n = 0;
const as = (user: DemoUserId) => api.client(user);

/** A submitted case of Nav Gjøvik at Innlandet, with the facts its documents repeat. */
async function submitted(): Promise<{ id: string; f: CaseFacts }> {
  const facts = {
    call,
    office: EXAMPLE_NAV_OFFICE,
    countyOfficeId: 'innlandet' as const,
    applicationId: `totrinn-${++n}`,
    measureName: `Tiltak ${n}`,
  };
  const c = await walkCase(await walkersFor(api), facts, 'submitted');
  return { id: c.id, f: { ...facts, caseNumber: c.caseNumber ?? '' } };
}

const propose = async (c: { id: string; f: CaseFacts }, result: 'granted' | 'rejected' = 'granted') =>
  (await as('sf-innlandet')).POST('/v1/applications/{applicationId}/decision', {
    ...on(c.id),
    body: decisionFor(c.f, result),
  });

const stateOf = async (id: string) =>
  (await (await as('sf-innlandet')).GET('/v1/applications/{applicationId}', on(id))).state;

beforeAll(async () => {
  api = await startTestApi();
  api.setClock('2025-03-10T12:00:00+01:00');
});
afterAll(() => api.close());
afterEach(() => expect(api.violations).toEqual([]));

describe('a decision takes effect only when a second person approves it', () => {
  it('proposed, waiting in the approver’s queue, approved: then the case is granted and the letter can be written', async () => {
    const c = await submitted();
    const county = await as('sf-innlandet');
    const approver = await as('sf-innlandet-godkjenner');
    const proposal = await propose(c);
    expect(proposal).toMatchObject({
      state: 'proposed',
      filedRecordId: null,
      approval: {
        subject: { documentType: 'case-decision', caseNumber: c.f.caseNumber },
        proposedBy: { id: 'dev:sf-innlandet', role: 'county-caseworker' },
      },
    });
    expect(await stateOf(c.id)).toBe('submitted');
    expect(
      await refusal(
        county.POST('/v1/applications/{applicationId}/letter', { ...on(c.id), body: grantLetterFor(c.f) }),
      ),
    ).toMatchObject({ status: 409, code: 'LETTER_DOES_NOT_MATCH_DECISION' });
    expect(await refusal(propose(c))).toMatchObject({ status: 409, code: 'PROPOSAL_PENDING' });

    const queue = await approver.GET('/v1/approvals', { params: { query: { state: 'proposed' } } });
    expect(queue.items.map((a) => a.id)).toContain(proposal.id);
    // Another county office's approver neither lists nor finds it.
    const oslo = await as('sf-oslo-godkjenner');
    expect((await oslo.GET('/v1/approvals', {})).items.map((a) => a.id)).not.toContain(proposal.id);
    expect(await refusal(oslo.POST('/v1/approvals/{approvalId}/approval', at(proposal.id)))).toMatchObject({
      status: 404,
    });

    const approved = await approver.POST('/v1/approvals/{approvalId}/approval', at(proposal.id));
    expect(approved).toMatchObject({
      state: 'approved',
      approval: { resolution: { result: 'approved', by: { id: 'dev:sf-innlandet-godkjenner' } } },
    });
    expect(await stateOf(c.id)).toBe('granted');
    const file = await county.GET('/v1/applications/{applicationId}/documents', on(c.id));
    expect(file.decision?.id).toBe(approved.filedRecordId);
    expect(file.decision?.createdBy.role).toBe('county-approver');
    expect(
      await refusal(approver.POST('/v1/approvals/{approvalId}/approval', at(proposal.id))),
    ).toMatchObject({
      status: 409,
      code: 'PROPOSAL_RESOLVED',
    });

    const audit = await county.GET('/v1/applications/{applicationId}/audit', on(c.id));
    expect(audit.items.map((e) => e.action).slice(-3)).toEqual(['propose', 'approve', 'grant']);
  });

  it('nobody approves their own proposal or without the approver role (APPROVAL_*), and nothing changes', async () => {
    const c = await submitted();
    const proposal = await propose(c);
    const byCaseworker = await refusal(
      (await as('sf-innlandet')).POST('/v1/approvals/{approvalId}/approval', at(proposal.id)),
    );
    expect([byCaseworker.status, byCaseworker.issues.map((i) => `${i.code} ${i.path}`)]).toEqual([
      422,
      ['APPROVAL_OWN_PROPOSAL /resolution/by/id', 'APPROVAL_ROLE_MISSING /resolution/by/role'],
    ]);
    expect(byCaseworker.issues[0]?.messageNn).toContain('ditt eige forslag');
    expect(byCaseworker.issues[1]?.messageNn).toContain(
      'Berre godkjennar hos statsforvaltaren kan godkjenne eller sende tilbake forslaget',
    );
    const byDirectorate = await refusal(
      (await as('avdir')).POST('/v1/approvals/{approvalId}/approval', at(proposal.id)),
    );
    expect(byDirectorate.issues.map((i) => i.code)).toEqual([
      'APPROVAL_ROLE_MISSING',
      'APPROVAL_OTHER_AUTHORITY',
    ]);
    const byOffice = await refusal(
      (await as('nav-gjovik')).POST('/v1/approvals/{approvalId}/approval', at(proposal.id)),
    );
    expect(byOffice).toMatchObject({ status: 403 });
    expect(await refusal((await as('nav-gjovik')).GET('/v1/approvals', {}))).toMatchObject({ status: 403 });
    expect(await stateOf(c.id)).toBe('submitted');
    expect((await (await as('sf-innlandet')).GET('/v1/approvals/{approvalId}', at(proposal.id))).state).toBe(
      'proposed',
    );
  });

  it('at the directorate, for a national trial, a second person approves what the first proposed', async () => {
    api.setClock('2023-01-25T10:00:00+01:00');
    const trialCall = callOf('utvikling-sosiale-tjenester-2023');
    const w = await walkersFor(api);
    const { signatures: _s, ...unsigned } = exampleNationalTrialApplication(trialCall);
    const draft = await signDraft(w, await w.office.POST('/v1/applications', { body: unsigned }));
    const trial = await w.office.POST('/v1/applications/{applicationId}/submit', on(draft.id));
    api.setClock('2023-03-10T12:00:00+01:00');
    const f: CaseFacts = {
      call: trialCall,
      office: EXAMPLE_NAV_OFFICE,
      countyOfficeId: 'innlandet',
      applicationId: trial.document.id,
      measureName: trial.document.measure.name,
      caseNumber: trial.caseNumber ?? '',
    };
    const proposal = await (await as('avdir')).POST('/v1/applications/{applicationId}/decision', {
      ...on(trial.id),
      body: { ...decisionFor(f, 'rejected'), decidedBy: { kind: 'directorate' } },
    });
    const own = await refusal(
      (await as('avdir')).POST('/v1/approvals/{approvalId}/approval', at(proposal.id)),
    );
    expect(own.issues.map((i) => i.code)).toEqual(['APPROVAL_OWN_PROPOSAL']);
    await (await as('avdir-2')).POST('/v1/approvals/{approvalId}/approval', at(proposal.id));
    expect((await (await as('avdir')).GET('/v1/applications/{applicationId}', on(trial.id))).state).toBe(
      'rejected',
    );
    api.setClock('2025-03-10T12:00:00+01:00');
  });
});

describe('the approver returns a proposal with a coded reason', () => {
  it('returned: the case is as it was, the reason and comment are kept, and a new proposal may follow', async () => {
    const c = await submitted();
    const approver = await as('sf-innlandet-godkjenner');
    const proposal = await propose(c);
    const bad = await refusal(
      approver.POST('/v1/approvals/{approvalId}/return', {
        ...at(proposal.id),
        body: { reason: 'feil-belop', comment: '' },
      }),
    );
    expect(bad).toMatchObject({ status: 422 });
    expect(bad.issues.map((i) => i.path)).toEqual(['/comment']);
    const returned = await approver.POST('/v1/approvals/{approvalId}/return', {
      ...at(proposal.id),
      body: { reason: 'feil-belop', comment: 'Beløpet er høyere enn vurderingen tilsier.' },
    });
    expect(returned.approval.resolution).toMatchObject({
      result: 'returned',
      reason: 'feil-belop',
      comment: 'Beløpet er høyere enn vurderingen tilsier.',
    });
    expect(await stateOf(c.id)).toBe('submitted');
    expect(
      await refusal(
        approver.POST('/v1/approvals/{approvalId}/return', {
          ...at(proposal.id),
          body: { reason: 'annet', comment: 'Igjen' },
        }),
      ),
    ).toMatchObject({ status: 409, code: 'PROPOSAL_RESOLVED' });
    const again = await propose(c, 'rejected');
    expect(again.state).toBe('proposed');
    const history = await (await as('sf-innlandet')).GET('/v1/approvals', {
      params: { query: { applicationId: c.id } },
    });
    expect(history.items.map((a) => a.state)).toEqual(['returned', 'proposed']);
  });
});

describe('a payment is registered only when approved', () => {
  it('proposed payment leaves the case accepted; approved, it is paid', async () => {
    const w = await walkersFor(api);
    const facts = {
      call,
      office: EXAMPLE_NAV_OFFICE,
      countyOfficeId: 'innlandet' as const,
      applicationId: 'totrinn-betaling',
      measureName: 'Betaling',
    };
    const granted = await walkCase(w, facts, 'granted');
    const f = { ...facts, caseNumber: granted.caseNumber ?? '' };
    api.setClock('2025-03-28T12:00:00+01:00');
    await w.executive.POST('/v1/applications/{applicationId}/acceptance', {
      ...on(granted.id),
      body: acceptanceFor(f),
    });
    api.setClock('2025-04-10T12:00:00+02:00');
    const proposal = w.county.POST('/v1/applications/{applicationId}/payments', {
      ...on(granted.id),
      body: paymentFor(f),
    });
    expect((await proposal).approval.subject).toMatchObject({ documentType: 'payment' });
    expect(await stateOf(granted.id)).toBe('accepted');
    await approve(w, proposal);
    expect(await stateOf(granted.id)).toBe('paid');
    api.setClock('2025-03-10T12:00:00+01:00');
  });
});

describe('the frame is judged again at approval', () => {
  it('two proposals that fit alone: the first approved, the second refused with FRAME_EXCEEDED and left waiting', async () => {
    const [a, b] = [await submitted(), await submitted()];
    const amount = (d: ReturnType<typeof decisionFor>) =>
      d.outcome.result === 'granted' ? d.outcome.amount : 0;
    const each = amount(decisionFor(a.f, 'granted'));
    const { rows } = await api.db.query<{ granted: string }>(
      `select coalesce(sum((d.document->'outcome'->>'amount')::int), 0)::text as granted from case_documents d
       join applications c on c.id = d.application_id
       where d.document_type = 'case-decision' and c.call_id = $1 and c.authority = 'county-office:innlandet'`,
      [call.id],
    );
    // A frame with room for exactly one more grant of this size.
    await (await as('avdir')).POST('/v1/calls/{callId}/frames', {
      params: { path: { callId: call.id } },
      body: { ...exampleFrame(call), amount: Number(rows[0]?.granted ?? 0) + each + each - 1 },
    });
    const first = await propose(a);
    const second = await propose(b);
    const approver = await as('sf-innlandet-godkjenner');
    await approver.POST('/v1/approvals/{approvalId}/approval', at(first.id));
    const refused = await refusal(approver.POST('/v1/approvals/{approvalId}/approval', at(second.id)));
    expect([refused.status, refused.issues.map((i) => `${i.code} ${i.path}`)]).toEqual([
      422,
      ['FRAME_EXCEEDED /outcome/amount'],
    ]);
    expect((await approver.GET('/v1/approvals/{approvalId}', at(second.id))).state).toBe('proposed');
    expect(await stateOf(b.id)).toBe('submitted');
  });
});

describe('events and the audit log', () => {
  it('each step is an event for the authority only, without the amount or the comment', async () => {
    const c = await submitted();
    // A rejection: the frame is spent by the test before.
    const proposal = await propose(c, 'rejected');
    await (await as('sf-innlandet-godkjenner')).POST('/v1/approvals/{approvalId}/return', {
      ...at(proposal.id),
      body: { reason: 'annet', comment: 'Hemmelig kommentar' },
    });
    await sequenceEvents(api.db);
    const feedOf = async (user: DemoUserId) =>
      (await (await as(user)).GET('/v1/events', { params: { query: { limit: 1000 } } })).items
        .map((i) => i.event)
        .filter((e) => e.data.applicationId === c.id);
    const county = await feedOf('sf-innlandet');
    expect(county.map((e) => e.type).slice(-2)).toEqual([
      'no.sosialtilskudd.proposal.made',
      'no.sosialtilskudd.proposal.returned',
    ]);
    expect(JSON.stringify(county)).not.toContain('Hemmelig');
    for (const user of ['nav-gjovik', 'gjovik-kommunedirektor'] as const)
      expect((await feedOf(user)).map((e) => e.type)).not.toContain('no.sosialtilskudd.proposal.made');
  });
});
