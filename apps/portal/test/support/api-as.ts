import type { Page } from 'playwright-core';

/**
 * A request to the API from the page, with the logged-in person's token, as the portal's own requests: what a
 * test needs set up that no page does (a frame the directorate issues), or the API's answer to check a page
 * against. The body is read to its end, or the request stays open and the page never goes idle.
 */
export async function apiAs<T>(
  page: Page,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  return page.evaluate(
    async ([m, p, b]) => {
      const { token } = JSON.parse(localStorage.getItem('sosialtilskudd.session') ?? '{}') as {
        token: string;
      };
      const response = await fetch(p, {
        method: m,
        headers: {
          Authorization: `Bearer ${token}`,
          ...(b === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        ...(b === undefined ? {} : { body: JSON.stringify(b) }),
      });
      return { status: response.status, body: (await response.json()) as never };
    },
    [method, path, body] as const,
  );
}
