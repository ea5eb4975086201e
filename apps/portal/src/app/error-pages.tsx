import { BodyLong, BodyShort, VStack } from '@navikt/ds-react';
import { TilskuddProblemError } from '@sosialtilskudd/api-client';
import { isRouteErrorResponse, Link, Navigate, useLocation, useRouteError } from 'react-router';
import { PageHeading } from '../a11y/page-heading.js';
import { toShownProblem } from '../api/problems.js';
import { clearSession } from '../api/session.js';
import { useLanguage } from '../i18n/language.js';
import { useT } from '../i18n/use-text.js';

export function NotFoundPage() {
  const t = useT();
  return (
    <VStack gap="space-16">
      <PageHeading title={t('notFoundTitle')}>{t('notFoundTitle')}</PageHeading>
      <BodyLong>{t('notFoundText')}</BodyLong>
      <BodyShort>
        <Link to="/">{t('goHome')}</Link>
      </BodyShort>
    </VStack>
  );
}

function ForbiddenPage() {
  const t = useT();
  return (
    <VStack gap="space-16">
      <PageHeading title={t('forbiddenTitle')}>{t('forbiddenTitle')}</PageHeading>
      <BodyLong>{t('forbiddenText')}</BodyLong>
      <BodyShort>
        <Link to="/">{t('goHome')}</Link>
      </BodyShort>
    </VStack>
  );
}

/** Whatever a loader or a page threw: 401 back to the login, 403 and 404 as their own pages, else the problem. */
export function RouteErrorPage() {
  const error = useRouteError();
  const location = useLocation();
  const t = useT();
  const { language } = useLanguage();
  const status = isRouteErrorResponse(error)
    ? error.status
    : error instanceof TilskuddProblemError
      ? error.status
      : 0;
  if (status === 401) {
    clearSession();
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/logg-inn?utlopt=1&neste=${next}`} replace />;
  }
  if (status === 403) return <ForbiddenPage />;
  if (status === 404) return <NotFoundPage />;
  const problem = toShownProblem(error, language);
  return (
    <VStack gap="space-16">
      <PageHeading title={t('errorTitle')}>{t('errorTitle')}</PageHeading>
      <div role="alert">
        <BodyLong weight="semibold">{problem.title}</BodyLong>
        {problem.detail ? <BodyLong>{problem.detail}</BodyLong> : null}
      </div>
      <BodyShort>
        <Link to="/">{t('goHome')}</Link>
      </BodyShort>
    </VStack>
  );
}
