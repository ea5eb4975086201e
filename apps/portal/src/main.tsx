// Aksel's stylesheet in its parts, without global/fonts.css: that loads the typeface from NAV's CDN, and the
// portal serves it itself (styles/fonts.css), so it works offline and under a strict Content-Security-Policy.
import '@navikt/ds-css/dist/global/reset.css';
import '@navikt/ds-css/dist/global/tokens.css';
import '@navikt/ds-css/dist/global/baseline.css';
import '@navikt/ds-css/dist/global/print.css';
import './styles/fonts.css';
import '@navikt/ds-css/dist/components.css';
import '@sosialtilskudd/forms/styles.css';
import './styles/portal.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { syncClock } from './app/clock.js';
import { router } from './app/router.js';
import { LanguageProvider } from './i18n/language.js';

const root = document.getElementById('root');
if (!root) throw new Error('#root mangler i index.html');

await syncClock();
createRoot(root).render(
  <StrictMode>
    <LanguageProvider>
      <RouterProvider router={router} />
    </LanguageProvider>
  </StrictMode>,
);
