import type { PagePosition } from '../repository/applications.js';
import { HttpProblem, issue } from './problems.js';

const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.\d{1,6})?(?:([+-])(\d{2})(?::?(\d{2}))?|Z)$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A calendar instant PostgreSQL takes: a real day of a real month, a time of day, an offset of at most 15 h. */
function isInstant(text: string): boolean {
  const m = INSTANT.exec(text);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60 &&
    Number(m[8] ?? 0) <= 15 &&
    Number(m[9] ?? 0) < 60
  );
}

/** An opaque `nextCursor`: clients send it back as `cursor` and read nothing into it. */
export const encodeCursor = ({ updatedAt, id }: PagePosition): string =>
  Buffer.from(JSON.stringify([updatedAt, id])).toString('base64url');

/**
 * The position a `cursor` stands for. It is not signed: it is only a place in the caller's own list (keyset
 * paging), so a made-up position that is valid shows nothing the list would not. Anything the server could not
 * have given (broken, or a time like 2025-99-99T99:99:99Z that PostgreSQL would refuse) is a 400 at the parameter.
 */
export function decodeCursor(cursor: string): PagePosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (
    Array.isArray(parsed) &&
    parsed.length === 2 &&
    typeof parsed[0] === 'string' &&
    typeof parsed[1] === 'string' &&
    isInstant(parsed[0]) &&
    UUID.test(parsed[1])
  )
    return { updatedAt: parsed[0], id: parsed[1] };
  const message = 'cursor er ugyldig: send nextCursor fra forrige side uendret';
  throw new HttpProblem(400, 'INVALID_QUERY', 'Ugyldig forespørsel', message, [
    issue('INVALID_CURSOR', '/query/cursor', message),
  ]);
}
