import { createBrowserRouter, type LoaderFunctionArgs, redirect } from 'react-router';
import { currentSession } from '../api/session.js';
import { homeOf } from '../auth/guard.js';
import { LoginPage, loginLoader } from '../auth/login-page.js';
import { CountyCasePage, countyCaseLoader } from '../county/county-case-page.js';
import {
  CountyCasesPage,
  countyCasesLoader,
  countyCasesShouldRevalidate,
} from '../county/county-cases-page.js';
import { DevMailPage, devMailLoader } from '../dev/dev-mail-page.js';
import { NationalPage, nationalLoader } from '../national/national-page.js';
import type { FollowUpType } from '../office/follow-up-documents.js';
import { OfficeCasePage, officeCaseLoader } from '../office/office-case-page.js';
import { OfficeHomePage, officeHomeLoader } from '../office/office-home.js';
import { ReceiptPage, receiptLoader } from '../office/receipt-page.js';
import { RegisterPage, registerLoader } from '../register/register-page.js';
import { NotFoundPage, RouteErrorPage } from './error-pages.js';
import { Layout } from './layout.js';

function homeLoader(_: LoaderFunctionArgs) {
  const session = currentSession();
  return redirect(session ? homeOf(session.principal) : '/logg-inn');
}

/** The pages with forms carry RJSF, Ajv's validators and the schemas: loaded when first needed. */
const applicationRoute = async () => {
  const page = await import('../office/application-page.js');
  return { Component: page.ApplicationPage, loader: page.applicationPageLoader };
};

const PAGES = {
  acceptance: 'AcceptancePage',
  'status-report': 'StatusReportPage',
  'final-report': 'FinalReportPage',
  'transfer-request': 'TransferRequestPage',
} as const;

const followUpRoute = (type: FollowUpType) => async () => {
  const page = await import('../office/follow-up-page.js');
  return { Component: page[PAGES[type]], loader: officeCaseLoader };
};

/**
 * react-router 7 in data mode: each page's loader fetches what it shows, so the router knows when a page is
 * loading (one indicator for all pages) and a loader's refusal lands on one error page inside the layout.
 */
export const router = createBrowserRouter([
  {
    element: <Layout />,
    HydrateFallback: () => null,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, loader: homeLoader },
          { path: 'logg-inn', loader: loginLoader, element: <LoginPage /> },
          { path: 'kontor', loader: officeHomeLoader, element: <OfficeHomePage /> },
          { path: 'kontor/soknad/:applicationId', lazy: applicationRoute },
          {
            path: 'kontor/soknad/:applicationId/kvittering',
            loader: receiptLoader,
            element: <ReceiptPage />,
          },
          { path: 'kontor/sak/:applicationId', loader: officeCaseLoader, element: <OfficeCasePage /> },
          { path: 'kontor/sak/:applicationId/bekreftelse', lazy: followUpRoute('acceptance') },
          { path: 'kontor/sak/:applicationId/statusrapport', lazy: followUpRoute('status-report') },
          { path: 'kontor/sak/:applicationId/sluttrapport', lazy: followUpRoute('final-report') },
          { path: 'kontor/sak/:applicationId/overforing', lazy: followUpRoute('transfer-request') },
          {
            path: 'saker',
            loader: countyCasesLoader,
            shouldRevalidate: countyCasesShouldRevalidate,
            element: <CountyCasesPage />,
          },
          { path: 'saker/:applicationId', loader: countyCaseLoader, element: <CountyCasePage /> },
          { path: 'nasjonalt', loader: nationalLoader, element: <NationalPage /> },
          { path: 'tiltak', loader: registerLoader, element: <RegisterPage /> },
          { path: 'dev/mail', loader: devMailLoader, element: <DevMailPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
