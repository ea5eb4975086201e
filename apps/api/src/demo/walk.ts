import type { Schemas, TilskuddClient } from '@sosialtilskudd/api-client';
import {
  acceptanceFor,
  applicationFor,
  type CaseFacts,
  decisionFor,
  grantLetterFor,
  paymentFor,
  rejectionLetterFor,
  statusReportFor,
} from './documents.js';

export type Stop = 'draft' | 'submitted' | 'rejected' | 'granted' | 'paid' | 'reported';

export interface Walkers {
  /** The Nav office's staff, who write. */
  office: TilskuddClient;
  /** The two who sign the application (§ 7); the chief executive also returns the acceptance (§ 10). */
  head: TilskuddClient;
  executive: TilskuddClient;
  county: TilskuddClient;
  /** The county office's second person, who approves the caseworker's decisions and payments. */
  approver: TilskuddClient;
  /** Sets the server's clock: each step happens on a realistic date for its call. */
  setClock: (instant: string) => void;
}

/**
 * When each step is taken for a call of `year` (Oslo time): sign and apply before the deadline (1 February), decide and
 * write the letter in March, accept and pay by mid-April, report on the year in the next January, inside the
 * reporting window (§ 11). The documents carry the same dates (see the domain's examples).
 */
const STEP_AT = {
  create: (year: number) => `${year}-01-20T09:00:00+01:00`,
  sign: (year: number) => `${year}-01-24T14:00:00+01:00`,
  submit: (year: number) => `${year}-01-25T10:15:00+01:00`,
  assign: (year: number) => `${year}-02-15T09:00:00+01:00`,
  decide: (year: number) => `${year}-03-10T12:00:00+01:00`,
  letter: (year: number) => `${year}-03-15T12:00:00+01:00`,
  accept: (year: number) => `${year}-03-28T12:00:00+01:00`,
  pay: (year: number) => `${year}-04-10T12:00:00+02:00`,
  report: (year: number) => `${year + 1}-01-20T14:00:00+01:00`,
};

/** The step that completes each stop. */
const LAST_STEP: Record<Stop, keyof typeof STEP_AT> = {
  draft: 'create',
  submitted: 'submit',
  rejected: 'letter',
  granted: 'letter',
  paid: 'pay',
  reported: 'report',
};

const ORDER: Stop[] = ['draft', 'submitted', 'granted', 'paid', 'reported'];
const reached = (stop: Stop, step: Stop) => ORDER.indexOf(step) <= ORDER.indexOf(stop);

/**
 * The furthest a case bound for `stop` has come by `now`, walked on the dates above; undefined when it had not
 * begun. So demo data is what had happened by the server's clock, whatever clock it starts with.
 */
export function stopBy(stop: Stop, year: number, now: Date): Stop | undefined {
  const way = stop === 'rejected' ? (['draft', 'submitted', 'rejected'] as Stop[]) : ORDER;
  return way
    .slice(0, way.indexOf(stop) + 1)
    .filter((s) => Date.parse(STEP_AT[LAST_STEP[s]](year)) <= now.getTime())
    .at(-1);
}

/**
 * Sends the draft for signing, and the Nav office head and the chief executive each sign what they read: the
 * content's SHA-256 the API showed them (§ 7).
 */
export async function signDraft(
  w: Pick<Walkers, 'office' | 'head' | 'executive'>,
  draft: Schemas['ApplicationCase'],
): Promise<Schemas['ApplicationCase']> {
  const applicationId = draft.id;
  let current = await w.office.POST('/v1/applications/{applicationId}/signing', {
    params: { path: { applicationId }, header: { 'If-Match': draft.etag } },
  });
  for (const signer of [w.head, w.executive])
    current = await signer.POST('/v1/applications/{applicationId}/signatures', {
      params: { path: { applicationId } },
      body: { documentSha256: current.signing.documentSha256 },
    });
  return current;
}

/** The approver approves what the caseworker proposed (a decision or a payment): it takes effect now. */
export async function approve(
  w: Pick<Walkers, 'approver'>,
  proposal: Promise<Schemas['ApprovalRecord']>,
): Promise<Schemas['ApprovalRecord']> {
  const { id: approvalId } = await proposal;
  return w.approver.POST('/v1/approvals/{approvalId}/approval', { params: { path: { approvalId } } });
}

/** Drives one case through the API, as the office and the county office would, and stops at `stop`. */
export async function walkCase(
  w: Walkers,
  facts: Omit<CaseFacts, 'caseNumber'>,
  stop: Stop,
): Promise<Schemas['ApplicationCase']> {
  const year = facts.call.year;
  const path = (c: { id: string }) => ({ params: { path: { applicationId: c.id } } });
  const step = (name: keyof typeof STEP_AT) => w.setClock(STEP_AT[name](year));
  step('create');
  let current = await w.office.POST('/v1/applications', { body: applicationFor(facts) });
  if (stop === 'draft') return current;
  step('sign');
  current = await signDraft(w, current);
  step('submit');
  current = await w.office.POST('/v1/applications/{applicationId}/submit', path(current));
  if (stop === 'submitted') return current;
  const f: CaseFacts = { ...facts, caseNumber: current.caseNumber ?? '' };
  step('assign');
  await w.county.POST('/v1/applications/{applicationId}/assignment', {
    ...path(current),
    body: { caseworker: decisionFor(f, 'granted').caseworker },
  });
  step('decide');
  const rejected = stop === 'rejected';
  await approve(
    w,
    w.county.POST('/v1/applications/{applicationId}/decision', {
      ...path(current),
      body: decisionFor(f, rejected ? 'rejected' : 'granted'),
    }),
  );
  step('letter');
  await w.county.POST('/v1/applications/{applicationId}/letter', {
    ...path(current),
    body: rejected ? rejectionLetterFor(f) : grantLetterFor(f),
  });
  if (reached(stop, 'paid')) {
    step('accept');
    await w.executive.POST('/v1/applications/{applicationId}/acceptance', {
      ...path(current),
      body: acceptanceFor(f),
    });
    step('pay');
    await approve(
      w,
      w.county.POST('/v1/applications/{applicationId}/payments', { ...path(current), body: paymentFor(f) }),
    );
  }
  if (reached(stop, 'reported')) {
    step('report');
    // The server signs the report for its sender, on the step's day.
    await w.office.POST('/v1/applications/{applicationId}/status-reports', {
      ...path(current),
      body: statusReportFor(f),
    });
  }
  return w.office.GET('/v1/applications/{applicationId}', path(current));
}
