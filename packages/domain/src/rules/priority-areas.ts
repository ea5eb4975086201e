import type { Call } from '../calls/call.js';
import { PRIORITY_AREAS, type PriorityArea } from '../reference/criteria.js';
import type { PathSegment } from './issue.js';
import { at, type Finding } from './rule.js';

/** The areas in `areas` (at `path`) that are not among the call's priority areas (§ 6), named for the message. */
export function areasNotInCall(areas: readonly PriorityArea[], call: Call, path: PathSegment[]): Finding[] {
  const allowed = new Set([...call.priorityAreas.special, ...call.priorityAreas.general]);
  return areas.flatMap((area, i) =>
    allowed.has(area) ? [] : [at([...path, i], { area: PRIORITY_AREAS[area], year: call.year })],
  );
}
