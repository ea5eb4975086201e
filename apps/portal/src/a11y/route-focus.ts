import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After a client-side navigation, focus goes to the new page's h1 (or the main landmark), so a screen reader
 * announces the page and the keyboard starts at its top (WCAG 2.4.3). The first page load keeps the browser's
 * own focus, so the skip link is the first stop.
 */
export function useRouteFocus() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const target = document.querySelector<HTMLElement>('main h1') ?? document.getElementById('hovedinnhold');
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
  }, [pathname]);
}
