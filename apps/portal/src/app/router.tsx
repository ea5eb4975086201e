import { createBrowserRouter, type LoaderFunctionArgs, redirect } from 'react-router';
import { currentSession } from '../api/session.js';
import { homeOf } from '../auth/guard.js';
import { LoginPage, loginLoader } from '../auth/login-page.js';
import { ApplicationPage, applicationPageLoader } from '../office/application-page.js';
import { OfficeHomePage, officeHomeLoader } from '../office/office-home.js';
import { NotFoundPage, RouteErrorPage } from './error-pages.js';
import { Layout } from './layout.js';

function homeLoader(_: LoaderFunctionArgs) {
  const session = currentSession();
  return redirect(session ? homeOf(session.principal) : '/logg-inn');
}

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
          {
            path: 'kontor/soknad/:applicationId',
            loader: applicationPageLoader,
            element: <ApplicationPage />,
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
