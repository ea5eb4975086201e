import { type Schemas, TilskuddProblemError } from '@sosialtilskudd/api-client';
import { api } from '../api/client.js';
import { currentSession } from '../api/session.js';
import { saveFile } from '../app/save-file.js';

export type Attachment = Schemas['Attachment'];
export type AttachmentDocumentType = Schemas['AttachmentDocumentType'];

/** What a failed upload's answer says: a problem when the API sent one, else one coded by the status. */
function problemOf(xhr: XMLHttpRequest): TilskuddProblemError {
  let body: unknown;
  try {
    body = JSON.parse(xhr.responseText);
  } catch {
    body = undefined;
  }
  return TilskuddProblemError.from(
    new Response(null, { status: xhr.status, statusText: xhr.statusText }),
    body,
  );
}

/**
 * Sends a file's bytes as they are (the API judges the type by content) with XMLHttpRequest, whose upload events
 * give the progress that fetch cannot without a streaming request body. `onProgress` gets 0–1.
 */
export function uploadAttachment(
  applicationId: string,
  documentType: AttachmentDocumentType,
  file: File,
  onProgress: (share: number) => void,
): Promise<Attachment> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const query = new URLSearchParams({ for: documentType, fileName: file.name });
    xhr.open('POST', `/v1/applications/${encodeURIComponent(applicationId)}/attachments?${query}`);
    const token = currentSession()?.token;
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () =>
      xhr.status === 201 ? resolve(JSON.parse(xhr.responseText) as Attachment) : reject(problemOf(xhr));
    // As fetch does when the network fails, so the portal's words for «no contact» apply.
    xhr.onerror = () => reject(new TypeError('Network request failed'));
    xhr.send(file);
  });
}

export async function deleteAttachment(attachment: Attachment): Promise<void> {
  await api.DELETE('/v1/applications/{applicationId}/attachments/{attachmentId}', {
    params: { path: { applicationId: attachment.applicationId, attachmentId: attachment.id } },
  });
}

/** The file, fetched with the user's token (a plain link could not send it), handed to the browser as a download. */
export async function downloadAttachment(attachment: Attachment): Promise<void> {
  const { data, error, response } = await api.raw.GET(
    '/v1/applications/{applicationId}/attachments/{attachmentId}/content',
    {
      params: { path: { applicationId: attachment.applicationId, attachmentId: attachment.id } },
      parseAs: 'blob',
    },
  );
  if (!response.ok || !(data instanceof Blob)) throw TilskuddProblemError.from(response, error);
  saveFile(data, attachment.fileName);
}
