import { Alert, BodyLong, Button, Radio, RadioGroup, VStack } from '@navikt/ds-react';
import type { Schemas } from '@sosialtilskudd/api-client';
import { osloDate } from '@sosialtilskudd/domain';
import { type FormEvent, useState } from 'react';
import { useLoaderData, useNavigate, useSearchParams } from 'react-router';
import { PageHeading } from '../a11y/page-heading.js';
import { ProblemSummary } from '../a11y/problem-summary.js';
import { api } from '../api/client.js';
import { type ShownProblem, toShownProblem } from '../api/problems.js';
import { saveSession } from '../api/session.js';
import { now } from '../app/clock.js';
import { principalLabel } from '../i18n/labels.js';
import { useLanguage } from '../i18n/language.js';
import type { TextKey } from '../i18n/texts.js';
import { useT } from '../i18n/use-text.js';
import { homeOf } from './guard.js';

type DemoUser = Schemas['DemoUser'];

export async function loginLoader(): Promise<DemoUser[]> {
  return (await api.GET('/dev/users')).items;
}

const ROLE_ORDER = [
  'nav-office',
  'nav-office-head',
  'municipal-executive',
  'county-caseworker',
  'county-approver',
  'directorate',
] as const;

/** A safe place to go after logging in: a path inside the portal, never another site. */
function nextPath(value: string | null): string | undefined {
  return value?.startsWith('/') && !value.startsWith('//') ? value : undefined;
}

export function LoginPage() {
  const users = useLoaderData() as DemoUser[];
  const t = useT();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [userId, setUserId] = useState<string>('');
  const [missing, setMissing] = useState(false);
  const [problem, setProblem] = useState<ShownProblem>();
  const [busy, setBusy] = useState(false);
  const sorted = [...users].sort(
    (a, b) => ROLE_ORDER.indexOf(a.principal.role) - ROLE_ORDER.indexOf(b.principal.role),
  );

  async function logIn(event: FormEvent) {
    event.preventDefault();
    if (!userId) {
      setMissing(true);
      document.getElementById('demo-user')?.querySelector('input')?.focus();
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      const token = await api.POST('/dev/login', { body: { userId } });
      saveSession({
        token: token.accessToken,
        principal: token.principal,
        expiresAt: Date.now() + token.expiresIn * 1000,
      });
      navigate(nextPath(params.get('neste')) ?? homeOf(token.principal), { replace: true });
    } catch (error) {
      setProblem(toShownProblem(error, language));
      setBusy(false);
    }
  }

  return (
    <VStack gap="space-24" className="narrow">
      <PageHeading title={t('loginTitle')}>{t('loginTitle')}</PageHeading>
      {params.get('utlopt') ? <Alert variant="info">{t('loginExpired')}</Alert> : null}
      <BodyLong>{t('loginIntro')}</BodyLong>
      {problem ? <ProblemSummary problem={problem} /> : null}
      <form onSubmit={logIn} noValidate>
        <VStack gap="space-24">
          <RadioGroup
            id="demo-user"
            legend={t('loginChooseUser')}
            value={userId}
            onChange={(value: string) => {
              setUserId(value);
              setMissing(false);
            }}
            error={missing ? t('loginRequired') : undefined}
          >
            {sorted.map((u) => (
              <Radio key={u.id} value={u.id} description={t(`role_${u.principal.role}` as TextKey)}>
                {principalLabel(u.principal, osloDate(now()), language)}
              </Radio>
            ))}
          </RadioGroup>
          <div>
            <Button type="submit" loading={busy}>
              {t('loginButton')}
            </Button>
          </div>
        </VStack>
      </form>
    </VStack>
  );
}
