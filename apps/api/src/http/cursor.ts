import type { PagePosition } from '../repository/applications.js';
import { badRequest } from './problems.js';

const INSTANT = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:\d{2})?|Z)$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** An opaque `nextCursor`: clients send it back as `cursor` and read nothing into it. */
export const encodeCursor = ({ updatedAt, id }: PagePosition): string =>
  Buffer.from(JSON.stringify([updatedAt, id])).toString('base64url');

/** The position a `cursor` stands for; anything that is not one of ours is a 400 naming the parameter. */
export function decodeCursor(cursor: string): PagePosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 2 ||
    typeof parsed[0] !== 'string' ||
    typeof parsed[1] !== 'string' ||
    !INSTANT.test(parsed[0]) ||
    !UUID.test(parsed[1])
  )
    throw badRequest('INVALID_QUERY', 'cursor er ugyldig: send nextCursor fra forrige side uendret');
  return { updatedAt: parsed[0], id: parsed[1] };
}
