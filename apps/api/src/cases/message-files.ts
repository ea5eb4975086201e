import { actsAs, isHandler } from '../auth/access.js';
import { APPLICANT_ROLES, type Principal } from '../auth/principal.js';
import type { AttachmentRow, MessageFile } from '../repository/attachments.js';
import { isMessageFile } from '../repository/attachments.js';
import type { ApplicationRow } from '../repository/rows.js';

export type MessageParty = 'applicant' | 'handler';

/** Whom the person writes for on this case: the office that applied, the authority handling it, or neither. */
export const messagePartyOf = (p: Principal, app: ApplicationRow): MessageParty | undefined =>
  actsAs(p, app, 'drafter') ? 'applicant' : isHandler(p, app) ? 'handler' : undefined;

/** The side a message file was uploaded by, read from the uploader's role. */
const uploaderParty = (file: AttachmentRow): MessageParty =>
  (APPLICANT_ROLES as readonly string[]).includes(file.uploadedBy.role) ? 'applicant' : 'handler';

/**
 * A message file of this case the person may see: once a message carries it (locked), everyone who sees the case;
 * before that only the side that uploaded it, which alone may send it or delete it.
 */
export const seesMessageFile = (
  p: Principal,
  app: ApplicationRow,
  file: AttachmentRow,
): file is MessageFile =>
  file.applicationId === app.id &&
  isMessageFile(file) &&
  (file.lockedAt !== null || ownsMessageFile(p, app, file));

/** The uploader's side, which may attach the file to its message or delete it while no message carries it. */
export const ownsMessageFile = (p: Principal, app: ApplicationRow, file: AttachmentRow) =>
  messagePartyOf(p, app) === uploaderParty(file);
