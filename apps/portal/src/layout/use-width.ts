import { type RefObject, useLayoutEffect, useState } from 'react';

/**
 * The width in CSS pixels an element has now, followed as it changes (a phone turned, a window resized, zoom):
 * for drawings that lay themselves out differently when narrow. Undefined until measured.
 */
export function useWidth(element: RefObject<HTMLElement | null>): number | undefined {
  const [width, setWidth] = useState<number>();
  useLayoutEffect(() => {
    const target = element.current;
    if (!target) return;
    const measure = () => setWidth(target.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(target);
    return () => observer.disconnect();
  }, [element]);
  return width;
}
