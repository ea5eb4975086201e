import { attachmentLists, type DocumentWithAttachments, toPointer } from '@sosialtilskudd/domain';
import type { Queryable } from '../db/database.js';
import { HttpProblem, type Issue, invalidDocument, issue } from '../http/problems.js';
import { type AttachmentRow, listAttachments } from '../repository/attachments.js';

/**
 * Checks what a document says about its attachments against what the case holds: each reference must be a file
 * uploaded to this case for this kind of document, exactly as stored (name, type, size, SHA-256); when the
 * document is being sent, none may wait for its scan or have been found infected. Returns the files' ids.
 */
export async function checkAttachmentReferences(
  db: Queryable,
  applicationId: string,
  doc: DocumentWithAttachments,
  sending: boolean,
): Promise<string[]> {
  const lists = attachmentLists(doc);
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
      if (!file || file.documentType !== doc.documentType) {
        wrong.push(
          issue(
            'ATTACHMENT_UNKNOWN',
            at,
            `Vedlegg: «${ref.fileName}» er ikke lastet opp til dette dokumentet`,
          ),
        );
        continue;
      }
      if (
        file.fileName !== ref.fileName ||
        file.mediaType !== ref.mediaType ||
        file.size !== ref.size ||
        file.sha256 !== ref.sha256
      ) {
        wrong.push(
          issue('ATTACHMENT_MISMATCH', at, `Vedlegg: «${ref.fileName}» er ikke filen som ble lastet opp`),
        );
        continue;
      }
      ids.push(file.id);
      if (sending && file.scanState === 'pending')
        unclean.push(
          issue('ATTACHMENT_SCAN_PENDING', at, `Vedlegg: «${ref.fileName}» er ikke ferdig skannet`),
        );
      if (file.scanState === 'infected')
        unclean.push(
          issue(
            'ATTACHMENT_INFECTED',
            at,
            `Vedlegg: «${ref.fileName}» inneholder skadelig kode og er slettet`,
          ),
        );
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
