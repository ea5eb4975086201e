import { EVENT_TYPES, type EventType as EventTypeSchema, OTHER_CHANGE } from '@sosialtilskudd/api-contract';
import type { z } from 'zod';

export type EventType = z.output<typeof EventTypeSchema>;

/** The CloudEvents type of an audited action (the contract lists them); any other action is `case.changed`. */
export const eventTypeOf = (action: string): EventType =>
  Object.hasOwn(EVENT_TYPES, action) ? EVENT_TYPES[action as keyof typeof EVENT_TYPES] : OTHER_CHANGE;
