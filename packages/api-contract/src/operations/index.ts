import { ALLOCATION_OPERATIONS } from './allocation.js';
import { APPLICATION_OPERATIONS } from './applications.js';
import { APPROVAL_OPERATIONS } from './approvals.js';
import { ATTACHMENT_OPERATIONS } from './attachments.js';
import { CASE_HANDLING_OPERATIONS } from './case-handling.js';
import { EVENT_OPERATIONS } from './events.js';
import { FOLLOW_UP_OPERATIONS } from './follow-up.js';
import { IDENTITY_OPERATIONS } from './identity.js';
import { MESSAGE_OPERATIONS } from './messages.js';
import { PUBLIC_OPERATIONS } from './public.js';
import { REGISTER_OPERATIONS } from './register.js';
import { SIGNING_OPERATIONS } from './signing.js';

/**
 * Every operation of the API, by operationId. The OpenAPI document (`openApiDocument`) and the server's routes
 * (apps/api, `registerOperations`) are both derived from this table; a new operation is one entry here and
 * one handler there.
 */
export const OPERATIONS = {
  ...PUBLIC_OPERATIONS,
  ...IDENTITY_OPERATIONS,
  ...APPLICATION_OPERATIONS,
  ...SIGNING_OPERATIONS,
  ...ATTACHMENT_OPERATIONS,
  ...CASE_HANDLING_OPERATIONS,
  ...APPROVAL_OPERATIONS,
  ...FOLLOW_UP_OPERATIONS,
  ...EVENT_OPERATIONS,
  ...MESSAGE_OPERATIONS,
  ...REGISTER_OPERATIONS,
  ...ALLOCATION_OPERATIONS,
};

export type Operations = typeof OPERATIONS;
export type OperationId = keyof Operations;
