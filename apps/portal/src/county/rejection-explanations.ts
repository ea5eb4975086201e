import type { RejectionReason } from '@sosialtilskudd/domain';

export type Explanations = Partial<Record<RejectionReason, string>>;

/**
 * What the caseworker wrote for each rejection reason with the decision, kept for the letter that follows: the
 * decision document has no place for it (only the reasons and an internal assessment), so it is kept in this
 * tab (sessionStorage, so a reload between the two steps keeps it) until the letter is issued.
 */
const key = (applicationId: string) => `avslag-begrunnelser:${applicationId}`;

export function keepExplanations(applicationId: string, explanations: Explanations): void {
  try {
    sessionStorage.setItem(key(applicationId), JSON.stringify(explanations));
  } catch {
    // Storage may be full or switched off; the letter then asks again.
  }
}

export function keptExplanations(applicationId: string): Explanations {
  try {
    const kept: unknown = JSON.parse(sessionStorage.getItem(key(applicationId)) ?? '{}');
    if (!kept || typeof kept !== 'object') return {};
    return Object.fromEntries(
      Object.entries(kept).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    ) as Explanations;
  } catch {
    return {};
  }
}

export function forgetExplanations(applicationId: string): void {
  try {
    sessionStorage.removeItem(key(applicationId));
  } catch {
    // Nothing kept, nothing to forget.
  }
}
