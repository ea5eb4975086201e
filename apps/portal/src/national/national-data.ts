import { api } from '../api/client.js';
import { submittedCases } from '../cases/submitted-cases.js';
import { type CaseFigures, caseFigures } from './figures.js';

/** Runs `work` on every item, at most `limit` at a time, keeping the order. */
async function eachLimited<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * Every submitted case in the country with what the national view counts: the list, then each case's
 * application (its priority areas) and documents, six cases at a time. Drafts stay with their Nav office.
 */
export async function loadNationalFigures(): Promise<CaseFigures[]> {
  const submitted = await submittedCases();
  return eachLimited(submitted, 6, async (summary) => {
    const path = { params: { path: { applicationId: summary.id } } };
    const [application, documents] = await Promise.all([
      api.GET('/v1/applications/{applicationId}', path),
      api.GET('/v1/applications/{applicationId}/documents', path),
    ]);
    return caseFigures(summary, application.document.priorityAreas, documents);
  });
}
