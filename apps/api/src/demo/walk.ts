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
  office: TilskuddClient;
  county: TilskuddClient;
  /** Sets the server's clock: each step happens on a realistic date for its call. */
  setClock: (instant: string) => void;
}

const ORDER: Stop[] = ['draft', 'submitted', 'granted', 'paid', 'reported'];
const reached = (stop: Stop, step: Stop) => ORDER.indexOf(step) <= ORDER.indexOf(stop);

/** Drives one case through the API, as the office and the county office would, and stops at `stop`. */
export async function walkCase(
  w: Walkers,
  facts: Omit<CaseFacts, 'caseNumber'>,
  stop: Stop,
): Promise<Schemas['ApplicationCase']> {
  const year = facts.call.year;
  const path = (c: { id: string }) => ({ params: { path: { applicationId: c.id } } });
  w.setClock(`${year}-01-20T09:00:00+01:00`);
  let current = await w.office.POST('/v1/applications', { body: applicationFor(facts) });
  if (stop === 'draft') return current;
  w.setClock(`${year}-01-25T10:15:00+01:00`);
  current = await w.office.POST('/v1/applications/{applicationId}/submit', path(current));
  if (stop === 'submitted') return current;
  const f: CaseFacts = { ...facts, caseNumber: current.caseNumber ?? '' };
  w.setClock(`${year}-02-15T09:00:00+01:00`);
  await w.county.POST('/v1/applications/{applicationId}/assignment', {
    ...path(current),
    body: { caseworker: 'Per Olsen' },
  });
  w.setClock(`${year}-03-10T12:00:00+01:00`);
  const rejected = stop === 'rejected';
  await w.county.POST('/v1/applications/{applicationId}/decision', {
    ...path(current),
    body: decisionFor(f, rejected ? 'rejected' : 'granted'),
  });
  w.setClock(`${year}-03-15T12:00:00+01:00`);
  await w.county.POST('/v1/applications/{applicationId}/letter', {
    ...path(current),
    body: rejected ? rejectionLetterFor(f) : grantLetterFor(f),
  });
  if (reached(stop, 'paid')) {
    w.setClock(`${year}-03-28T12:00:00+01:00`);
    await w.office.POST('/v1/applications/{applicationId}/acceptance', {
      ...path(current),
      body: acceptanceFor(f),
    });
    w.setClock(`${year}-04-10T12:00:00+02:00`);
    await w.county.POST('/v1/applications/{applicationId}/payments', {
      ...path(current),
      body: paymentFor(f),
    });
  }
  if (reached(stop, 'reported')) {
    w.setClock(`${year + 1}-01-30T14:00:00+01:00`);
    await w.office.POST('/v1/applications/{applicationId}/status-reports', {
      ...path(current),
      body: statusReportFor(f),
    });
  }
  return w.office.GET('/v1/applications/{applicationId}', path(current));
}
