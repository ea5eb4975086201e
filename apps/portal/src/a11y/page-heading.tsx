import { Heading } from '@navikt/ds-react';
import { type ReactNode, useEffect } from 'react';
import { useT } from '../i18n/use-text.js';

/** Every page says what it is in the tab's title (WCAG 2.4.2). */
export function usePageTitle(title: string) {
  const t = useT();
  useEffect(() => {
    document.title = `${title} – ${t('appName')}`;
  }, [title, t]);
}

/** The page's one h1; the layout moves focus to it after each navigation. */
export function PageHeading({ children, title }: { children: ReactNode; title: string }) {
  usePageTitle(title);
  return (
    <Heading level="1" size="xlarge" spacing tabIndex={-1} className="page-heading">
      {children}
    </Heading>
  );
}
