import {
  type AttachmentList,
  attachmentLists,
  type DocumentWithAttachments,
  toPointer,
} from '@sosialtilskudd/domain';
import type { Queryable } from '../db/database.js';
import { HttpProblem, type Issue, invalidDocument, issue } from '../http/problems.js';
import {
  type AttachmentDocumentType,
  type AttachmentRow,
  listAttachments,
} from '../repository/attachments.js';

/** The files a document or a message may refer to: uploaded to this case for its kind, and seen by the sender. */
export interface ReferableFiles {
  documentType: AttachmentDocumentType;
  /** Whether the sender may use this file of the case (a message's side: its own files, or files already sent). */
  usable: (file: AttachmentRow) => boolean;
}

type ReferenceCode =
  | 'ATTACHMENT_UNKNOWN'
  | 'ATTACHMENT_MISMATCH'
  | 'ATTACHMENT_DUPLICATE'
  | 'ATTACHMENT_SCAN_PENDING'
  | 'ATTACHMENT_INFECTED';

/** What is wrong with one reference, in bokmål and nynorsk; the file's name as the reference gives it. */
const WORDS: Record<ReferenceCode, (fileName: string) => [string, string]> = {
  ATTACHMENT_UNKNOWN: (n: string) => [
    `Vedlegg: «${n}» er ikke lastet opp til dette dokumentet`,
    `Vedlegg: «${n}» er ikkje lasta opp til dette dokumentet`,
  ],
  ATTACHMENT_MISMATCH: (n: string) => [
    `Vedlegg: «${n}» er ikke filen som ble lastet opp`,
    `Vedlegg: «${n}» er ikkje fila som vart lasta opp`,
  ],
  ATTACHMENT_DUPLICATE: (n: string) => [
    `Vedlegg: «${n}» er med to ganger`,
    `Vedlegg: «${n}» er med to gonger`,
  ],
  ATTACHMENT_SCAN_PENDING: (n: string) => [
    `Vedlegg: «${n}» er ikke ferdig skannet`,
    `Vedlegg: «${n}» er ikkje ferdig skanna`,
  ],
  ATTACHMENT_INFECTED: (n: string) => [
    `Vedlegg: «${n}» inneholder skadelig kode og er slettet`,
    `Vedlegg: «${n}» inneheld skadeleg kode og er sletta`,
  ],
};

const worded = (code: ReferenceCode, at: string, fileName: string) => {
  const [nb, nn] = WORDS[code](fileName);
  return issue(code, at, nb, nn);
};

/**
 * Checks references against what the case holds: each must be a usable file uploaded to this case for this kind
 * of document, exactly as stored (name, type, size, SHA-256), and given once; when the document is being sent,
 * none may wait for its scan or have been found infected. Returns the files' ids.
 */
export async function checkReferences(
  db: Queryable,
  applicationId: string,
  lists: readonly AttachmentList[],
  files: ReferableFiles,
  sending: boolean,
): Promise<string[]> {
  if (lists.every((l) => l.references.length === 0)) return [];
  const stored = new Map<string, AttachmentRow>(
    (await listAttachments(db, applicationId)).map((a) => [a.id, a]),
  );
  const wrong: Issue[] = [];
  const unclean: Issue[] = [];
  const ids: string[] = [];
  for (const { references, path } of lists)
    for (const [i, ref] of references.entries()) {
      const at = toPointer([...path, i]);
      const file = stored.get(ref.id);
      if (!file || file.documentType !== files.documentType || !files.usable(file)) {
        wrong.push(worded('ATTACHMENT_UNKNOWN', at, ref.fileName));
        continue;
      }
      if (
        file.fileName !== ref.fileName ||
        file.mediaType !== ref.mediaType ||
        file.size !== ref.size ||
        file.sha256 !== ref.sha256
      ) {
        wrong.push(worded('ATTACHMENT_MISMATCH', at, ref.fileName));
        continue;
      }
      if (ids.includes(file.id)) {
        wrong.push(worded('ATTACHMENT_DUPLICATE', at, ref.fileName));
        continue;
      }
      ids.push(file.id);
      if (sending && file.scanState === 'pending')
        unclean.push(worded('ATTACHMENT_SCAN_PENDING', at, ref.fileName));
      if (file.scanState === 'infected') unclean.push(worded('ATTACHMENT_INFECTED', at, ref.fileName));
    }
  if (wrong.length) throw invalidDocument(wrong);
  if (unclean.length)
    throw new HttpProblem(
      409,
      unclean.some((i) => i.code === 'ATTACHMENT_INFECTED')
        ? 'ATTACHMENT_INFECTED'
        : 'ATTACHMENT_SCAN_PENDING',
      'Vedleggene er ikke klare',
      'Et dokument sendes ikke mens et vedlegg venter på skanning eller er funnet infisert.',
      unclean,
    );
  return ids;
}

/** A document's attachments (the application, a report's accounts) checked against the case's files. */
export const checkAttachmentReferences = (
  db: Queryable,
  applicationId: string,
  doc: DocumentWithAttachments,
  sending: boolean,
): Promise<string[]> =>
  checkReferences(
    db,
    applicationId,
    attachmentLists(doc),
    { documentType: doc.documentType, usable: () => true },
    sending,
  );
