import { Alert, BodyShort, Button, Heading, HStack, VStack } from '@navikt/ds-react';
import type { Schemas } from '@sosialtilskudd/api-client';
import { SIGNER_ROLES } from '@sosialtilskudd/domain';
import { useState } from 'react';
import { useNavigate, useRevalidator } from 'react-router';
import { ProblemSummary } from '../a11y/problem-summary.js';
import { api, idempotencyKey } from '../api/client.js';
import { type ShownProblem, toShownProblem } from '../api/problems.js';
import { currentSession } from '../api/session.js';
import { DRAFTER_ROLES } from '../auth/guard.js';
import { formatDateTime } from '../i18n/format.js';
import { useLanguage } from '../i18n/language.js';
import type { TextKey } from '../i18n/texts.js';
import { useT } from '../i18n/use-text.js';

type ApplicationCase = Schemas['ApplicationCase'];

interface Action {
  key: TextKey;
  variant: 'primary' | 'secondary';
  run: (app: ApplicationCase) => Promise<unknown>;
  /** Where to go afterwards; otherwise the page is loaded again. */
  goTo?: (app: ApplicationCase) => string;
}

const path = (app: ApplicationCase) => ({ params: { path: { applicationId: app.id } } });

const ACTIONS = {
  sign: {
    key: 'signingSign',
    variant: 'primary',
    run: (app) =>
      api.POST('/v1/applications/{applicationId}/signatures', {
        ...path(app),
        body: { documentSha256: app.signing.documentSha256 },
      }),
  },
  submit: {
    key: 'signingSubmit',
    variant: 'primary',
    run: (app) =>
      api.POST('/v1/applications/{applicationId}/submit', {
        params: { path: { applicationId: app.id }, header: { 'Idempotency-Key': idempotencyKey() } },
      }),
    goTo: (app) => `/kontor/soknad/${app.id}/kvittering`,
  },
  reopen: {
    key: 'signingReopen',
    variant: 'secondary',
    run: (app) => api.DELETE('/v1/applications/{applicationId}/signing', path(app)),
  },
} satisfies Record<string, Action>;

/** What the person logged in can do with the sign-off now, by their role and who has signed (§ 7). */
function actionsFor(app: ApplicationCase): Action[] {
  const role = currentSession()?.principal.role;
  const { state, required } = app.signing;
  if (state === 'editing' || !role) return [];
  const drafts = DRAFTER_ROLES.includes(role);
  const mayReopen = drafts || role === 'nav-office-head' || role === 'municipal-executive';
  const ownTurn = required.some((r) => !r.signature && (r.roles as string[]).includes(role));
  const alreadySigned = required.some((r) => r.signature?.signer.subject === currentSession()?.principal.sub);
  return [
    ...(state === 'awaiting-signatures' && ownTurn && !alreadySigned ? [ACTIONS.sign] : []),
    ...(state === 'signed' && drafts ? [ACTIONS.submit] : []),
    ...(mayReopen ? [ACTIONS.reopen] : []),
  ];
}

/**
 * The sign-off of a draft (§ 7): who must sign, who has signed and when, who is still missing; the signer's
 * button to sign what they see, the office's button to send it in once both have signed, and the way back to
 * editing, which voids the signatures given.
 */
export function SigningPanel({ application }: { application: ApplicationCase }) {
  const t = useT();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const revalidator = useRevalidator();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ShownProblem>();
  const { signing } = application;
  if (signing.state === 'editing') return null;
  const actions = actionsFor(application);

  async function perform(action: Action) {
    setBusy(true);
    setProblem(undefined);
    try {
      await action.run(application);
      if (action.goTo) navigate(action.goTo(application));
      else await revalidator.revalidate();
    } catch (error) {
      setProblem(toShownProblem(error, language));
    }
    setBusy(false);
  }

  return (
    <section aria-labelledby="signing-heading">
      <VStack gap="space-16">
        <Heading level="2" size="medium" id="signing-heading">
          {t('signingHeading')}
        </Heading>
        <BodyShort>{t(signing.state === 'signed' ? 'signingComplete' : 'signingWaiting')}</BodyShort>
        <ul className="signing-list">
          {signing.required.map(({ roles, signature }) => (
            <li key={roles.join()}>
              <strong>{roles.map((r) => SIGNER_ROLES[r][language]).join(` ${t('or')} `)}</strong>
              {': '}
              {signature
                ? t('signedBy', {
                    name: signature.signer.name,
                    organisation: signature.signer.organisation.name,
                    date: formatDateTime(signature.signedAt, language),
                  })
                : t('signingMissing')}
            </li>
          ))}
        </ul>
        {problem ? <ProblemSummary problem={problem} /> : null}
        {signing.state === 'awaiting-signatures' && actions.some((a) => a.key === 'signingSign') ? (
          <Alert variant="info">{t('signingWhatYouSign')}</Alert>
        ) : null}
        {actions.length > 0 ? (
          <HStack gap="space-16">
            {actions.map((action) => (
              <Button
                key={action.key}
                variant={action.variant}
                loading={busy}
                onClick={() => void perform(action)}
              >
                {t(action.key)}
              </Button>
            ))}
          </HStack>
        ) : null}
      </VStack>
    </section>
  );
}
