import type { Application } from '@sosialtilskudd/domain';
import { describe, expectTypeOf, it } from 'vitest';
import { createTilskuddClient, type Schemas, type TilskuddProblemError } from '../src/index.js';

const api = createTilskuddClient({ baseUrl: 'http://localhost:3000', token: 't' });
declare const application: Application;
const applicationId = '00000000-0000-4000-8000-000000000000';

describe('typed client', () => {
  it('answers with the response body type', async () => {
    const created = await api.POST('/v1/applications', { body: application });
    expectTypeOf(created).toEqualTypeOf<Schemas['ApplicationCase']>();
    const list = await api.GET('/v1/applications', { params: { query: { state: 'submitted', limit: 200 } } });
    expectTypeOf(list.items).toEqualTypeOf<Schemas['ApplicationSummary'][]>();
  });

  it('accepts exactly the domain document as a body', () => {
    expectTypeOf<Schemas['Application']>().toEqualTypeOf<Application>();
  });

  it('refuses a wrong body, path, parameter or missing If-Match', () => {
    // @ts-expect-error: not an application
    void api.POST('/v1/applications', { body: { documentType: 'application' } });
    // @ts-expect-error: no such path
    void api.GET('/v1/applicaitons');
    // @ts-expect-error: path parameter missing
    void api.GET('/v1/applications/{applicationId}', {});
    // @ts-expect-error: unknown state
    void api.GET('/v1/applications', { params: { query: { state: 'approved' } } });
    const path = { applicationId };
    // @ts-expect-error: updating a draft needs If-Match
    void api.PUT('/v1/applications/{applicationId}', { params: { path }, body: application });
    const decision = {} as Schemas['CaseDecision'];
    // @ts-expect-error: a decision is not an acceptance
    void api.POST('/v1/applications/{applicationId}/acceptance', { params: { path }, body: decision });
  });

  it('types the problem', () => {
    expectTypeOf<TilskuddProblemError['issues'][number]>().toHaveProperty('code').toEqualTypeOf<string>();
    expectTypeOf<TilskuddProblemError['issues'][number]>().toHaveProperty('path').toEqualTypeOf<string>();
  });
});
