import { attachmentLists, type DocumentWithAttachments } from '../documents/attachment-lists.js';
import { MAX_ATTACHMENTS_BYTES } from '../documents/attachments.js';
import { repeated } from './repeats.js';
import { at, defineRule, type Finding } from './rule.js';

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** At most 50 MB of files to one document: the entry that takes the total over is the one pointed at. */
const attachmentsTooLarge = defineRule<DocumentWithAttachments>({
  code: 'ATTACHMENTS_TOO_LARGE',
  source: 'Løsningens grense for vedlegg (10 MB per fil, 50 MB per dokument)',
  summary: 'Vedleggene til ett dokument er til sammen høyst 50 MB.',
  limit: 'amount',
  messages: {
    nb: (p) => `Vedleggene er til sammen mer enn ${p.limit}; fjern noen eller gjør dem mindre`,
    nn: (p) => `Vedlegga er til saman meir enn ${p.limit}; fjern nokre eller gjer dei mindre`,
  },
  check: ({ doc }) => {
    let total = 0;
    for (const { references, path } of attachmentLists(doc))
      for (const [i, ref] of references.entries()) {
        total += ref.size;
        if (total > MAX_ATTACHMENTS_BYTES)
          return [at([...path, i], { limit: megabytes(MAX_ATTACHMENTS_BYTES) })];
      }
    return [];
  },
});

/** One file is attached once, wherever in the document. */
const attachmentRepeated = defineRule<DocumentWithAttachments>({
  code: 'ATTACHMENT_DUPLICATE',
  source: 'Vedlegg',
  summary: 'Et vedlegg er lagt ved dokumentet bare én gang.',
  messages: {
    nb: (p) => `«${p.fileName}» er alt lagt ved`,
    nn: (p) => `«${p.fileName}» er alt lagd ved`,
  },
  check: ({ doc }) => {
    const entries = attachmentLists(doc).flatMap(({ references, path }) =>
      references.map((ref, i) => ({ ref, path: [...path, i] })),
    );
    return repeated(entries, (e) => e.ref.id).map(
      ({ item }): Finding => at(item.path, { fileName: item.ref.fileName }),
    );
  },
});

export const ATTACHMENT_RULES = [attachmentsTooLarge, attachmentRepeated];
