import type { TilskuddProblemError } from '@sosialtilskudd/api-client';
import { EXAMPLE_NAV_OFFICE, exampleDeadlineExtension } from '@sosialtilskudd/domain';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applicationFor } from '../src/demo/documents.js';
import { DEMO_NAV_OFFICES } from '../src/demo/people.js';
import { callOf, startTestApi, type TestApi } from './harness.js';

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
