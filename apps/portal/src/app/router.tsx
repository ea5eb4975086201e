import { createBrowserRouter, type LoaderFunctionArgs, redirect } from 'react-router';
import { currentSession } from '../api/session.js';
import { homeOf } from '../auth/guard.js';
import { LoginPage, loginLoader } from '../auth/login-page.js';
import type { FollowUpType } from '../office/follow-up-documents.js';
import { NotFoundPage, RouteErrorPage } from './error-pages.js';
import { Layout } from './layout.js';

function homeLoader(_: LoaderFunctionArgs) {
  const session = currentSession();
  return redirect(session ? homeOf(session.principal) : '/logg-inn');
}

/*
 * Every page but the login is its own chunk, fetched when a person first goes there: the login (the first page
 * of every visit) loads React, the router, Aksel and itself, not the caseworker's desk, the national view or
 * the forms (RJSF, Ajv and the schemas, each form's validators in a chunk of their own).
 */
const officeHome = async () => {
  const page = await import('../office/office-home.js');
  return { Component: page.OfficeHomePage, loader: page.officeHomeLoader };
};
const application = async () => {
  const page = await import('../office/application-page.js');
  return { Component: page.ApplicationPage, loader: page.applicationPageLoader };
};
const receipt = async () => {
  const page = await import('../office/receipt-page.js');
  return { Component: page.ReceiptPage, loader: page.receiptLoader };
};
const officeCase = async () => {
  const page = await import('../office/office-case-page.js');
  return { Component: page.OfficeCasePage, loader: page.officeCaseLoader };
};

const FOLLOW_UP_PAGES = {
  acceptance: 'AcceptancePage',
  'status-report': 'StatusReportPage',
  'final-report': 'FinalReportPage',
  'transfer-request': 'TransferRequestPage',
} as const;

const followUp = (type: FollowUpType) => async () => {
  const [page, casePage] = await Promise.all([
    import('../office/follow-up-page.js'),
    import('../office/office-case-page.js'),
  ]);
  return { Component: page[FOLLOW_UP_PAGES[type]], loader: casePage.officeCaseLoader };
};
const countyCases = async () => {
  const page = await import('../county/county-cases-page.js');
  return {
    Component: page.CountyCasesPage,
    loader: page.countyCasesLoader,
    shouldRevalidate: page.countyCasesShouldRevalidate,
  };
};
const countyCase = async () => {
  const page = await import('../county/county-case-page.js');
  return { Component: page.CountyCasePage, loader: page.countyCaseLoader };
};
const assessment = async () => {
  const page = await import('../county/assessment-page.js');
  return { Component: page.AssessmentPage, loader: page.assessmentLoader };
};
const roundBoard = async () => {
  const page = await import('../county/round-board-page.js');
  return { Component: page.RoundBoardPage, loader: page.roundBoardLoader };
};
const national = async () => {
  const page = await import('../national/national-page.js');
  return { Component: page.NationalPage, loader: page.nationalLoader };
};
const frameUse = async () => {
  const page = await import('../national/frame-use-page.js');
  return { Component: page.FrameUsePage, loader: page.frameUseLoader };
};
const register = async () => {
  const page = await import('../register/register-page.js');
  return { Component: page.RegisterPage, loader: page.registerLoader };
};
const devMail = async () => {
  const page = await import('../dev/dev-mail-page.js');
  return { Component: page.DevMailPage, loader: page.devMailLoader };
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
          { path: 'kontor', lazy: officeHome },
          { path: 'kontor/soknad/:applicationId', lazy: application },
          { path: 'kontor/soknad/:applicationId/kvittering', lazy: receipt },
          { path: 'kontor/sak/:applicationId', lazy: officeCase },
          { path: 'kontor/sak/:applicationId/bekreftelse', lazy: followUp('acceptance') },
          { path: 'kontor/sak/:applicationId/statusrapport', lazy: followUp('status-report') },
          { path: 'kontor/sak/:applicationId/sluttrapport', lazy: followUp('final-report') },
          { path: 'kontor/sak/:applicationId/overforing', lazy: followUp('transfer-request') },
          { path: 'saker', lazy: countyCases },
          { path: 'saker/runde', lazy: roundBoard },
          { path: 'saker/:applicationId', lazy: countyCase },
          { path: 'saker/:applicationId/vurdering', lazy: assessment },
          { path: 'nasjonalt', lazy: national },
          { path: 'nasjonalt/rammer', lazy: frameUse },
          { path: 'tiltak', lazy: register },
          { path: 'dev/mail', lazy: devMail },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
