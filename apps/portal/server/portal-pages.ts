/**
 * The portal's own pages under a path that is otherwise the API's (/dev): a browser that navigates there (it
 * asks for HTML) gets the portal; the page's own fetch of the same path (JSON) goes on to the API.
 */
const PAGES_UNDER_API_PATHS = new Set(['/dev/mail']);

export const isPortalPage = (pathname: string, accept: string | undefined): boolean =>
  PAGES_UNDER_API_PATHS.has(pathname) && (accept ?? '').includes('text/html');
