import { type Schemas, TilskuddProblemError } from '@sosialtilskudd/api-client';
import { api } from '../api/client.js';
import { currentSession } from '../api/session.js';
import { saveFile } from '../app/save-file.js';

/** A document's file or a message's: the same resource, with routes of their own. */
export type Attachment = Schemas['Attachment'] | Schemas['MessageAttachment'];
export type AttachmentDocumentType = Attachment['documentType'];
/** The documents that refer to their files: the application and the reports' accounts. */
export type DocumentFileType = Schemas['AttachmentDocumentType'];

/** Where a case's files for this kind of document are uploaded. */
const filesOf = (applicationId: string, documentType: AttachmentDocumentType) =>
  `/v1/applications/${encodeURIComponent(applicationId)}/${documentType === 'message' ? 'messages/attachments' : 'attachments'}`;

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
    const query = new URLSearchParams(
      documentType === 'message' ? { fileName: file.name } : { for: documentType, fileName: file.name },
    );
    xhr.open('POST', `${filesOf(applicationId, documentType)}?${query}`);
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

const pathOf = (a: Attachment) => ({
  params: { path: { applicationId: a.applicationId, attachmentId: a.id } },
});

export async function deleteAttachment(attachment: Attachment): Promise<void> {
  if (attachment.documentType === 'message')
    await api.DELETE(
      '/v1/applications/{applicationId}/messages/attachments/{attachmentId}',
      pathOf(attachment),
    );
  else await api.DELETE('/v1/applications/{applicationId}/attachments/{attachmentId}', pathOf(attachment));
}

/** The files as the API has them now (their scan state), in the same order; a file it no longer has is kept as it was. */
export async function refreshAttachments(
  applicationId: string,
  documentType: AttachmentDocumentType,
  files: readonly Attachment[],
): Promise<Attachment[]> {
  const current: Attachment[] =
    documentType === 'message'
      ? await Promise.all(
          files.map((f) =>
            api.GET('/v1/applications/{applicationId}/messages/attachments/{attachmentId}', pathOf(f)),
          ),
        )
      : (
          await api.GET('/v1/applications/{applicationId}/attachments', {
            params: { path: { applicationId } },
          })
        ).items;
  const byId = new Map(current.map((a) => [a.id, a]));
  return files.map((f) => byId.get(f.id) ?? f);
}

/** The file, fetched with the user's token (a plain link could not send it), handed to the browser as a download. */
export async function downloadAttachment(attachment: Attachment): Promise<void> {
  const options = { ...pathOf(attachment), parseAs: 'blob' as const };
  const { data, error, response } =
    attachment.documentType === 'message'
      ? await api.raw.GET(
          '/v1/applications/{applicationId}/messages/attachments/{attachmentId}/content',
          options,
        )
      : await api.raw.GET('/v1/applications/{applicationId}/attachments/{attachmentId}/content', options);
  if (!response.ok || !(data instanceof Blob)) throw TilskuddProblemError.from(response, error);
  saveFile(data, attachment.fileName);
}
