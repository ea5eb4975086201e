import { breaking, compatible } from './findings.js';
import { canonical, deepEqual, own, type SchemaObject, show } from './json.js';
import { allowedValues, isAnnotation } from './keywords.js';
import type { ChangeKind, Finding } from './types.js';

/** Comparators for keywords that constrain a single value (no subschemas). */
export function diffConstraints(o: SchemaObject, n: SchemaObject): Finding[] {
  return [
    ...diffAnnotations(o, n),
    ...diffValues(o, n),
    ...diffBounds(o, n),
    ...diffAssertion(o, n, 'pattern', 'pattern-changed', 'pattern-removed'),
    ...diffAssertion(o, n, 'format', 'format-changed', 'format-removed'),
    ...diffMultipleOf(own(o, 'multipleOf'), own(n, 'multipleOf')),
    ...diffUniqueItems(own(o, 'uniqueItems') === true, own(n, 'uniqueItems') === true),
  ];
}

function diffAnnotations(o: SchemaObject, n: SchemaObject): Finding[] {
  const keys = new Set([...Object.keys(o), ...Object.keys(n)].filter(isAnnotation));
  return [...keys].flatMap((key) => {
    const [before, after] = [own(o, key), own(n, key)];
    if (deepEqual(before, after)) return [];
    if (key === 'deprecated' && after === true)
      return [compatible('deprecated', 'Marked as deprecated', before, after)];
    const verb = before === undefined ? 'added' : after === undefined ? 'removed' : 'changed';
    return [compatible('annotation', `Annotation '${key}' ${verb}`, before, after)];
  });
}

function diffValues(o: SchemaObject, n: SchemaObject): Finding[] {
  const [before, after] = [allowedValues(o), allowedValues(n)];
  if (before === undefined && after === undefined) return [];
  if (after === undefined)
    return [compatible('enum-widened', `No longer restricted to ${list(before)}`, before)];
  if (before === undefined)
    return [breaking('enum-narrowed', `Now restricted to ${list(after)}`, undefined, after)];
  const removed = difference(before, after);
  const added = difference(after, before);
  if (removed.length > 0) {
    const also = added.length > 0 ? `; added ${list(added)}` : '';
    return [breaking('enum-narrowed', `Allowed values removed: ${list(removed)}${also}`, before, after)];
  }
  return added.length > 0
    ? [compatible('enum-widened', `Allowed values added: ${list(added)}`, before, after)]
    : [];
}

function difference(values: unknown[], minus: unknown[]): unknown[] {
  const present = new Set(minus.map(canonical));
  return values.filter((value) => !present.has(canonical(value)));
}

function list(values: unknown[] = []): string {
  return values.map((value) => show(value)).join(', ');
}

interface Bound {
  keyword: string;
  value: number;
  exclusive: boolean;
}

type Side = 'lower' | 'upper';

/** Each row: the side it bounds and its keywords, inclusive first then exclusive. */
const BOUNDS: [Side, string, string?][] = [
  ['lower', 'minimum', 'exclusiveMinimum'],
  ['upper', 'maximum', 'exclusiveMaximum'],
  ['lower', 'minLength'],
  ['upper', 'maxLength'],
  ['lower', 'minItems'],
  ['upper', 'maxItems'],
  ['lower', 'minProperties'],
  ['upper', 'maxProperties'],
];

function diffBounds(o: SchemaObject, n: SchemaObject): Finding[] {
  return BOUNDS.flatMap(([side, inclusive, exclusive]) =>
    diffBound(bound(o, side, inclusive, exclusive), bound(n, side, inclusive, exclusive), side),
  );
}

function diffBound(before: Bound | undefined, after: Bound | undefined, side: Side): Finding[] {
  const subject = side === 'lower' ? 'Lower bound' : 'Upper bound';
  if (!after)
    return before ? [compatible('range-widened', `${subject} removed: ${label(before)}`, raw(before))] : [];
  if (!before)
    return [breaking('range-narrowed', `${subject} added: ${label(after)}`, undefined, raw(after))];
  const tighter = stricter(after, before, side);
  if (!tighter && !stricter(before, after, side)) return [];
  const verb = tighter === (side === 'lower') ? 'raised' : 'lowered';
  const message = `${subject} ${verb} from ${label(before)} to ${label(after)}`;
  return [
    tighter
      ? breaking('range-narrowed', message, raw(before), raw(after))
      : compatible('range-widened', message, raw(before), raw(after)),
  ];
}

const label = (b: Bound) => `${b.keyword} ${b.value}`;
const raw = (b: Bound) => ({ [b.keyword]: b.value });

/** The effective bound; also reads draft-4 boolean `exclusiveMinimum`/`exclusiveMaximum`. */
function bound(schema: SchemaObject, side: Side, inclusive: string, exclusive?: string): Bound | undefined {
  const candidates: Bound[] = [];
  const plain = own(schema, inclusive);
  const flag = exclusive ? own(schema, exclusive) : undefined;
  if (typeof plain === 'number')
    candidates.push({ keyword: inclusive, value: plain, exclusive: flag === true });
  if (exclusive && typeof flag === 'number')
    candidates.push({ keyword: exclusive, value: flag, exclusive: true });
  return candidates.reduce<Bound | undefined>(
    (best, c) => (best && !stricter(c, best, side) ? best : c),
    undefined,
  );
}

function stricter(a: Bound, b: Bound, side: Side): boolean {
  const sign = side === 'lower' ? 1 : -1;
  return sign * (a.value - b.value) > 0 || (a.value === b.value && a.exclusive && !b.exclusive);
}

/** Regex and format containment cannot be proven, so any change other than removal is breaking. */
function diffAssertion(
  o: SchemaObject,
  n: SchemaObject,
  keyword: string,
  changed: ChangeKind,
  removed: ChangeKind,
) {
  const [before, after] = [own(o, keyword), own(n, keyword)];
  if (deepEqual(before, after)) return [];
  if (after === undefined)
    return [compatible(removed, `${capital(keyword)} removed: ${show(before)}`, before)];
  const message =
    before === undefined
      ? `${capital(keyword)} added: ${show(after)}`
      : `${capital(keyword)} changed from ${show(before)} to ${show(after)}`;
  return [breaking(changed, message, before, after)];
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function diffMultipleOf(before: unknown, after: unknown): Finding[] {
  if (deepEqual(before, after)) return [];
  if (after === undefined)
    return [compatible('multiple-of-removed', `multipleOf removed: ${show(before)}`, before)];
  if (before === undefined)
    return [breaking('multiple-of-changed', `multipleOf added: ${show(after)}`, undefined, after)];
  // A divisor of the old step still accepts every old value.
  const divides = typeof before === 'number' && typeof after === 'number' && Number.isInteger(before / after);
  const message = `multipleOf changed from ${show(before)} to ${show(after)}`;
  return [(divides ? compatible : breaking)('multiple-of-changed', message, before, after)];
}

function diffUniqueItems(before: boolean, after: boolean): Finding[] {
  if (before === after) return [];
  return after
    ? [breaking('unique-items-changed', 'Items must now be unique', before, after)]
    : [compatible('unique-items-changed', 'Items no longer need to be unique', before, after)];
}
