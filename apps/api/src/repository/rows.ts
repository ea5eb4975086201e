import type { Application, Authority, CaseState } from '@sosialtilskudd/domain';
import type { Actor } from '../http/views.js';

/** One grant case as stored. */
export interface ApplicationRow {
  id: string;
  organisationNumber: string;
  /** `county-office:<id>` or `directorate`: who handles the case. */
  authority: string;
  callId: string;
  state: CaseState;
  caseNumber: string | null;
  caseworker: string | null;
  revision: number;
  version: number;
  document: Application;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
  /** Rule codes the current submitted version could not be judged by: the caseworker judges them. */
  notChecked: string[];
  /** A draft sent for signing (§ 7) is locked until it is sent or opened for changes again. */
  signingRequestedAt: Date | null;
  signingRequestedBy: Actor | null;
}

export const authorityKey = (a: Authority): string =>
  a.kind === 'directorate' ? 'directorate' : `county-office:${a.countyOfficeId}`;

export const iso = (d: Date | string): string => new Date(d).toISOString();
