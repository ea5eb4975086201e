import type { TilskuddProblemError } from '@sosialtilskudd/api-client';
import { EXAMPLE_NAV_OFFICE, exampleDeadlineExtension } from '@sosialtilskudd/domain';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applicationFor } from '../src/demo/documents.js';
import { DEMO_NAV_OFFICES } from '../src/demo/people.js';
import { signDraft } from '../src/demo/walk.js';
import { callOf, startTestApi, type TestApi, walkersFor } from './harness.js';

const call = callOf('utvikling-sosiale-tjenester-2025');
const extension = exampleDeadlineExtension(call);
const on = (applicationId: string) => ({ params: { path: { applicationId } } });
const callPath = { params: { path: { callId: call.id } } };
const codes = (e: unknown) => (e as TilskuddProblemError).issues.map((i) => `${i.code} ${i.path}`);

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());
afterEach(() => expect(api.violations).toEqual([]));

describe('an extended application deadline', () => {
  it('lets the county office’s own applicants submit after the call’s deadline, and nobody else', async () => {
    const gjovik = await api.client('nav-gjovik');
    const frogner = await api.client('nav-frogner');
    const oslo = DEMO_NAV_OFFICES[1];
    if (!oslo) throw new Error('office missing');
    api.setClock('2025-02-03T10:00:00+01:00');
    const late = await gjovik.POST('/v1/applications', {
      body: applicationFor({
        call,
        office: EXAMPLE_NAV_OFFICE,
        countyOfficeId: 'innlandet',
        applicationId: 'sen',
        measureName: 'Sen',
      }),
    });
    const other = await frogner.POST('/v1/applications', {
      body: applicationFor({
        call,
        office: oslo.office,
        countyOfficeId: oslo.countyOfficeId,
        applicationId: 'sen-oslo',
        measureName: 'Sen',
      }),
    });
    // Signed in time for nothing: the deadline is judged when the application is sent.
    await signDraft(await walkersFor(api, 'gjovik'), late);
    await signDraft(await walkersFor(api, 'frogner'), other);
    const refused = await gjovik
      .POST('/v1/applications/{applicationId}/submit', on(late.id))
      .catch((e: unknown) => e);
    expect(codes(refused)).toEqual(['APPLICATION_AFTER_DEADLINE /submittedAt']);

    const byOffice = await gjovik
      .POST('/v1/calls/{callId}/extensions', { ...callPath, body: extension })
      .catch((e: unknown) => e);
    expect(byOffice).toMatchObject({ status: 403 });
    const forAnother = await (await api.client('sf-oslo'))
      .POST('/v1/calls/{callId}/extensions', { ...callPath, body: extension })
      .catch((e: unknown) => e);
    expect(codes(forAnother)).toEqual(['AUTHORITY_MISMATCH /grantedBy']);

    const recorded = await (await api.client('sf-innlandet')).POST('/v1/calls/{callId}/extensions', {
      ...callPath,
      body: extension,
    });
    expect(recorded.createdBy.sub).toBe('dev:sf-innlandet');
    expect((await gjovik.GET('/v1/calls/{callId}/extensions', callPath)).items).toHaveLength(1);

    expect((await gjovik.POST('/v1/applications/{applicationId}/submit', on(late.id))).state).toBe(
      'submitted',
    );
    const stillLate = await frogner
      .POST('/v1/applications/{applicationId}/submit', on(other.id))
      .catch((e: unknown) => e);
    expect(codes(stillLate)).toEqual(['APPLICATION_AFTER_DEADLINE /submittedAt']);
  });
});

describe('whom an extension may be for, and who sees what', () => {
  const forApplicant = (organisationNumber: string, id: string) => ({
    ...extension,
    id,
    appliesTo: { scope: 'applicant' as const, organisationNumber },
  });
  const oslo = DEMO_NAV_OFFICES[1]?.organisationNumber ?? '';

  it('a county office may extend the deadline of one applicant in its own area, and of nobody outside it', async () => {
    const innlandet = await api.client('sf-innlandet');
    const outside = await innlandet
      .POST('/v1/calls/{callId}/extensions', { ...callPath, body: forApplicant(oslo, 'utenfor') })
      .catch((e: unknown) => e);
    expect([(outside as TilskuddProblemError).status, codes(outside)]).toEqual([
      422,
      ['EXTENSION_OUTSIDE_AREA /appliesTo/organisationNumber'],
    ]);
    // A valid organisation number of no Nav office the server knows is not shown to be in the area.
    const unknown = await innlandet
      .POST('/v1/calls/{callId}/extensions', { ...callPath, body: forApplicant('974760606', 'ukjent') })
      .catch((e: unknown) => e);
    expect(codes(unknown)).toEqual(['EXTENSION_OUTSIDE_AREA /appliesTo/organisationNumber']);
    const own = await innlandet.POST('/v1/calls/{callId}/extensions', {
      ...callPath,
      body: forApplicant(EXAMPLE_NAV_OFFICE.organisationNumber, 'gjovik'),
    });
    expect(own.document.appliesTo).toEqual({
      scope: 'applicant',
      organisationNumber: EXAMPLE_NAV_OFFICE.organisationNumber,
    });
  });

  it('the public list shows the deadline and whom it applies to; who recorded it and why only to authorities', async () => {
    const open = await fetch(`${api.baseUrl}/v1/calls/${call.id}/extensions`);
    const { items } = (await open.json()) as { items: Record<string, unknown>[] };
    expect(items.length).toBeGreaterThan(0);
    for (const item of items)
      expect(Object.keys(item).sort()).toEqual(['appliesTo', 'callId', 'deadline', 'grantedBy']);
    expect(JSON.stringify(items)).not.toContain(extension.reason);

    for (const user of ['sf-innlandet', 'sf-oslo', 'avdir'] as const) {
      const records = await (await api.client(user)).GET('/v1/calls/{callId}/extensions/records', callPath);
      expect(records.items).toHaveLength(items.length);
      expect(records.items[0]?.document.reason).toBe(extension.reason);
      expect(records.items[0]?.createdBy.sub).toBe('dev:sf-innlandet');
    }
    const byOffice = await (await api.client('nav-gjovik'))
      .GET('/v1/calls/{callId}/extensions/records', callPath)
      .catch((e: unknown) => e);
    expect(byOffice).toMatchObject({ status: 403 });
    expect((await fetch(`${api.baseUrl}/v1/calls/${call.id}/extensions/records`)).status).toBe(401);
  });
});
