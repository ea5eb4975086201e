import type { Schemas } from '@sosialtilskudd/api-client';
import { api } from '../api/client.js';

/**
 * Every case the user may see, page by page (500 at a time); the lists search, filter and count in the browser.
 * For the county offices and the directorate these are submitted cases: the API keeps a draft with its Nav office.
 */
export async function submittedCases(): Promise<Schemas['ApplicationSummary'][]> {
  const cases: Schemas['ApplicationSummary'][] = [];
  let cursor: string | undefined;
  do {
    const page = await api.GET('/v1/applications', {
      params: { query: { limit: 500, ...(cursor ? { cursor } : {}) } },
    });
    cases.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return cases;
}
