import { TilskuddProblemError } from '@sosialtilskudd/api-client';
import { api } from '../api/client.js';
import { fileNameOf, saveFile } from '../app/save-file.js';

/** The PDFs a case has: the letter, and the copy of the application as it was submitted. */
export type CasePdf = 'letter' | 'application';

function fetchPdf(kind: CasePdf, applicationId: string, language: 'nb' | 'nn') {
  const options = { params: { path: { applicationId }, query: { language } }, parseAs: 'blob' as const };
  return kind === 'letter'
    ? api.raw.GET('/v1/applications/{applicationId}/letter/pdf', options)
    : api.raw.GET('/v1/applications/{applicationId}/pdf', options);
}

/**
 * Fetches a case's PDF in the language the person reads the portal in, with the user's token (a plain link could
 * not send it), and hands it to the browser as a download.
 */
export async function downloadPdf(
  kind: CasePdf,
  applicationId: string,
  language: 'nb' | 'nn',
): Promise<void> {
  const { data, error, response } = await fetchPdf(kind, applicationId, language);
  if (!response.ok || !(data instanceof Blob)) throw TilskuddProblemError.from(response, error);
  saveFile(data, fileNameOf(response, `${kind === 'letter' ? 'brev' : 'soknad'}-${applicationId}.pdf`));
}
