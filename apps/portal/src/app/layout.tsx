import {
  Link as AkselLink,
  BodyShort,
  InternalHeader,
  Loader,
  Page,
  Provider,
  Spacer,
  VStack,
} from '@navikt/ds-react';
import { nb, nn } from '@navikt/ds-react/locales';
import { osloDate } from '@sosialtilskudd/domain';
import type { ReactNode } from 'react';
import { Link, Outlet, useNavigate, useNavigation } from 'react-router';
import { useRouteFocus } from '../a11y/route-focus.js';
import { clearSession, currentSession } from '../api/session.js';
import { homeOf } from '../auth/guard.js';
import { principalLabel } from '../i18n/labels.js';
import { type Language, useLanguage } from '../i18n/language.js';
import { useT } from '../i18n/use-text.js';
import { now } from './clock.js';

const LANGUAGES: readonly Language[] = ['nb', 'nn'];

function LanguageSwitch() {
  const { language, setLanguage } = useLanguage();
  const t = useT();
  return (
    <fieldset className="language-switch">
      <legend className="aksel-sr-only">{t('languageLabel')}</legend>
      {LANGUAGES.map((option) => (
        <InternalHeader.Button
          key={option}
          lang={option}
          aria-pressed={language === option}
          onClick={() => setLanguage(option)}
        >
          {option === 'nb' ? t('bokmal') : t('nynorsk')}
        </InternalHeader.Button>
      ))}
    </fieldset>
  );
}

/**
 * NAV's internal header. On a phone it wraps (WCAG 1.4.10): the name and «Logg ut» stay on the first row, the
 * language switch and who is logged in move to a row of their own, so nothing is cut off or scrolls sideways.
 */
function Header() {
  const t = useT();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const session = currentSession();
  return (
    <InternalHeader className="site-header">
      <InternalHeader.Title as={Link} to={session ? homeOf(session.principal) : '/'}>
        {t('appName')}
      </InternalHeader.Title>
      <Spacer />
      <div className="site-header__tools">
        <LanguageSwitch />
        {session ? (
          <InternalHeader.User
            name={principalLabel(session.principal, osloDate(now()), language)}
            className="header-user"
          />
        ) : null}
      </div>
      {session ? (
        <InternalHeader.Button
          className="site-header__logout"
          onClick={() => {
            clearSession();
            navigate('/logg-inn');
          }}
        >
          {t('logOut')}
        </InternalHeader.Button>
      ) : null}
    </InternalHeader>
  );
}

/** The frame of every page: skip link, header, one main landmark, footer (WCAG 2.4.1, 1.3.1). */
export function Layout({ children }: { children?: ReactNode }) {
  const t = useT();
  const { language } = useLanguage();
  const navigation = useNavigation();
  const loading = navigation.state === 'loading';
  useRouteFocus();
  return (
    <Provider locale={language === 'nn' ? nn : nb}>
      <Page footer={<Footer />} contentBlockPadding="none">
        <a className="skip-link" href="#hovedinnhold">
          {t('skipLink')}
        </a>
        <Header />
        <div role="status" className="route-loading">
          {loading ? (
            <span className="route-loading__indicator">
              <Loader size="small" title="" aria-hidden /> {t('loading')}
            </span>
          ) : null}
        </div>
        <Page.Block as="main" id="hovedinnhold" tabIndex={-1} width="xl" gutters aria-busy={loading}>
          <div className="page-content">{children ?? <Outlet />}</div>
        </Page.Block>
      </Page>
    </Provider>
  );
}

function Footer() {
  const t = useT();
  return (
    <footer className="site-footer">
      <Page.Block width="xl" gutters>
        <VStack gap="space-8">
          <BodyShort size="small">
            <AkselLink as={Link} to="/tiltak">
              {t('registerLink')}
            </AkselLink>
          </BodyShort>
          <BodyShort size="small">{t('footerText')}</BodyShort>
        </VStack>
      </Page.Block>
    </footer>
  );
}
