import type { Schemas } from '@sosialtilskudd/api-client';
import type { Call } from '@sosialtilskudd/domain';
import { api } from '../api/client.js';
import type { Principal } from '../api/session.js';

type Application = Schemas['Application'];

/** An application being filled in: any part may still be missing. */
export type ApplicationDraft = {
  [field: string]: unknown;
  measure?: { name?: string; [field: string]: unknown };
};

/** A document id (slug) for the new application: office, year and a random tail. */
function newDocumentId(organisationNumber: string, year: number): string {
  const tail = crypto.getRandomValues(new Uint32Array(1))[0]?.toString(36) ?? '0';
  return `soknad-${organisationNumber}-${year}-${tail}`;
}

/** The office's most recent application, whose office details (address, account, contact) are reused. */
async function previousApplication(): Promise<Application | undefined> {
  const list = await api.GET('/v1/applications', { params: { query: { limit: 500 } } });
  const latest = list.items
    .filter((a) => a.state !== 'withdrawn')
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  if (!latest) return undefined;
  const found = await api.GET('/v1/applications/{applicationId}', {
    params: { path: { applicationId: latest.id } },
  });
  return found.document;
}

/**
 * A new application under `call`, with what the portal already knows filled in: the office (from its last
 * application), the county office it applies to, and empty lists for the tables. The rest is the person's.
 */
export async function newApplication(
  principal: Principal,
  call: Call,
): Promise<{ application: ApplicationDraft; prefilled: boolean }> {
  const organisationNumber = principal.organisationNumber ?? '';
  const [previous, offices] = await Promise.all([
    previousApplication(),
    api.GET('/v1/reference/nav-offices'),
  ]);
  const office = offices.items.find((o) => o.organisationNumber === organisationNumber);
  const countyOfficeId =
    office?.countyOfficeId ??
    (previous?.addressee.kind === 'county-office' ? previous.addressee.countyOfficeId : undefined);
  const applicant = previous?.applicant ?? {
    name: office?.name ?? '',
    organisationNumber,
    municipalities: office?.municipalities ?? [],
  };
  const application: ApplicationDraft = {
    documentType: 'application',
    schemaVersion: 2,
    id: newDocumentId(organisationNumber, call.year),
    callId: call.id,
    kind: 'new',
    ...(countyOfficeId ? { addressee: { kind: 'county-office', countyOfficeId } } : {}),
    applicant,
    measure: { yearOfMeasure: 1 },
    description: { targetGroups: [] },
    priorityAreas: [],
    allocationCriteria: [],
    budget: { positions: [], competenceFunds: 0, otherCosts: [], otherFunding: [] },
    otherGrants: [],
  };
  return { application, prefilled: previous !== undefined };
}
