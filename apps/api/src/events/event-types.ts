import { EVENT_TYPES, type EventType as EventTypeSchema, OTHER_CHANGE } from '@sosialtilskudd/api-contract';
import type { z } from 'zod';

export type EventType = z.output<typeof EventTypeSchema>;

/** The CloudEvents type of an audited action (the contract lists them); any other action is `case.changed`. */
export const eventTypeOf = (action: string): EventType =>
  Object.hasOwn(EVENT_TYPES, action) ? EVENT_TYPES[action as keyof typeof EVENT_TYPES] : OTHER_CHANGE;

/**
 * The authority's own working steps (totrinnskontroll): the applicant's side does not read proposals, so their
 * events reach only the authority's readers; the decision or payment they lead to is an event for everyone.
 */
export const AUTHORITY_ONLY_ACTIONS: ReadonlySet<string> = new Set(['propose', 'approve', 'return-proposal']);
