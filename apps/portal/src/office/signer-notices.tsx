import { Heading, TextField, VStack } from '@navikt/ds-react';
import type { Schemas } from '@sosialtilskudd/api-client';
import { ContactPerson } from '@sosialtilskudd/domain';
import { useId } from 'react';
import type { ShownIssue } from '../api/problems.js';
import { useT } from '../i18n/use-text.js';

type Notify = NonNullable<Schemas['SigningRequest']['notify']>;
type SignerRole = Notify[number]['role'];

/** The two signers of § 7, in the order the fields are shown. */
const SIGNERS: readonly SignerRole[] = ['nav-office-head', 'municipal-executive'];

/** What was typed for each signer; an empty field is no notice. */
export type SignerAddresses = Record<SignerRole, string>;

export const NO_ADDRESSES: SignerAddresses = { 'nav-office-head': '', 'municipal-executive': '' };

const fieldIdOf = (role: SignerRole) => `signer-email-${role}`;

/** The request's `notify`: the signers with an address, in the fields' order. */
export const notifyOf = (addresses: SignerAddresses): Notify =>
  SIGNERS.flatMap((role) => {
    const email = addresses[role].trim();
    return email ? [{ role, email }] : [];
  });

/** The field an issue of the API's answer names (`/notify/<i>/…`), by the order `notifyOf` sent them in. */
export function signerFieldOf(path: string, addresses: SignerAddresses): string | undefined {
  const index = /^\/notify\/(\d+)/.exec(path)?.[1];
  const sent = index === undefined ? undefined : notifyOf(addresses)[Number(index)];
  return sent ? fieldIdOf(sent.role) : undefined;
}

/** The addresses the domain would not take, checked before anything is sent (the API checks again). */
export const invalidSigners = (addresses: SignerAddresses): SignerRole[] =>
  notifyOf(addresses)
    .filter((n) => !ContactPerson.shape.email.safeParse(n.email).success)
    .map((n) => n.role);

interface Props {
  addresses: SignerAddresses;
  onChange: (next: SignerAddresses) => void;
  /** The browser's own finding, or the API's issue, at each field. */
  invalid: readonly SignerRole[];
  issues: readonly ShownIssue[];
}

/**
 * Optional e-mail addresses of the Nav office head and the chief executive (§ 7): when the draft is sent for
 * signing, each address given gets a notice with a link to the application.
 */
export function SignerNotices({ addresses, onChange, invalid, issues }: Props) {
  const t = useT();
  const headingId = useId();
  const errorOf = (role: SignerRole) =>
    issues.find((i) => signerFieldOf(i.path, addresses) === fieldIdOf(role))?.text ??
    (invalid.includes(role) ? t('signerEmailInvalid') : undefined);
  return (
    <section aria-labelledby={headingId}>
      <VStack gap="space-16">
        <Heading level="3" size="small" id={headingId}>
          {t('signerNoticesHeading')}
        </Heading>
        {SIGNERS.map((role) => (
          <TextField
            key={role}
            id={fieldIdOf(role)}
            type="email"
            autoComplete="off"
            label={t(role === 'nav-office-head' ? 'signerEmailHead' : 'signerEmailExecutive')}
            description={t('signerEmailDescription')}
            value={addresses[role]}
            error={errorOf(role)}
            onChange={(e) => onChange({ ...addresses, [role]: e.target.value })}
          />
        ))}
      </VStack>
    </section>
  );
}
