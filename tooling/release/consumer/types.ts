// Type-checked in the consumer projects under NodeNext and under bundler resolution: the published types resolve,
// agree with each other, and a wrong call does not compile (each @ts-expect-error must meet an error).
import { createTilskuddClient, type Schemas, TilskuddProblemError } from '@sosialtilskudd/api-client';
import { type Application, exampleDocument, validateDocument } from '@sosialtilskudd/domain';
import { loadGoldenFixtures } from '@sosialtilskudd/domain/fixtures';
import { DocumentForm, loadForm } from '@sosialtilskudd/forms';
import { renderFormToHtml } from '@sosialtilskudd/forms/server';
import schema from '@sosialtilskudd/json-schemas/application.schema.json' with { type: 'json' };
import { renderLetterPdf } from '@sosialtilskudd/letters';

const api = createTilskuddClient({ baseUrl: 'http://127.0.0.1:3000', getToken: () => 'token' });
const application: Application = exampleDocument('application');

export async function integrate(): Promise<string[]> {
  const result = validateDocument(application);
  const codes: string[] = result.issues.map((i) => i.code);
  const created: Schemas['ApplicationCase'] = await api.POST('/v1/applications', { body: application });
  // @ts-expect-error: not an application
  await api.POST('/v1/applications', { body: { documentType: 'application' } });
  // @ts-expect-error: no such path
  await api.GET('/v1/soknader');
  const path = { applicationId: created.id };
  const decision = {} as Schemas['CaseDecision'];
  // @ts-expect-error: a decision is not an acceptance
  await api.POST('/v1/applications/{applicationId}/acceptance', { params: { path }, body: decision });
  const pdf: Uint8Array = await renderLetterPdf(exampleDocument('grant-letter'), { language: 'nn' });
  await loadForm('application', 'utvikling-sosiale-tjenester-2025');
  const html: string = renderFormToHtml('acceptance');
  const form: typeof DocumentForm = DocumentForm;
  const id: string = schema.$id;
  const fixtures = loadGoldenFixtures().valid.length;
  const problem = new Error() instanceof TilskuddProblemError;
  return [...codes, String(pdf.length), html, form.name, id, String(fixtures), String(problem)];
}
