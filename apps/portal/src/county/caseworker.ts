import type { Schemas } from '@sosialtilskudd/api-client';
import { currentSession } from '../api/session.js';
import { personName } from '../i18n/labels.js';

/** The caseworker's own name, without the office in brackets that the demo login adds. */
export const caseworkerName = (): string => personName(currentSession()?.principal.name ?? '');

/**
 * Whether the logged-in person handles the case, as the API's access rules say (§ 8): the county office's
 * caseworker on its own cases (the only ones it sees), the directorate on the national trials.
 */
export const handlesCase = (application: Schemas['ApplicationCase']): boolean =>
  currentSession()?.principal.role === 'county-caseworker' || application.authority.kind === 'directorate';
