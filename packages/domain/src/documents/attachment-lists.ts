import type { PathSegment } from '../rules/issue.js';
import type { Application } from './application.js';
import type { AttachmentReference } from './attachments.js';
import type { FinalReport, StatusReport } from './reports.js';

/** The documents that can carry attachments: the application, and the reports' accounts (seed 003). */
export type DocumentWithAttachments = Application | StatusReport | FinalReport;
export const ATTACHMENT_DOCUMENT_TYPES = ['application', 'status-report', 'final-report'] as const;

export interface AttachmentList {
  references: readonly AttachmentReference[];
  path: PathSegment[];
}

/** Every list of attachments in a document, with where it is; a list left out is not returned. */
export function attachmentLists(doc: DocumentWithAttachments): AttachmentList[] {
  const lists: [AttachmentReference[] | undefined, PathSegment[]][] =
    doc.documentType === 'application'
      ? [[doc.attachments, ['attachments']]]
      : doc.documentType === 'final-report'
        ? [
            [doc.accounts.attachments, ['accounts', 'attachments']],
            [doc.attachments, ['attachments']],
          ]
        : doc.report.status === 'started'
          ? [[doc.report.accounts.attachments, ['report', 'accounts', 'attachments']]]
          : [];
  return lists.flatMap(([references, path]) => (references ? [{ references, path }] : []));
}

/** Every attachment a document refers to, in document order. */
export const attachmentReferences = (doc: DocumentWithAttachments): AttachmentReference[] =>
  attachmentLists(doc).flatMap((l) => l.references);
