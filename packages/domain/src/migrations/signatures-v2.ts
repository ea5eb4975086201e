import type { Application, ApplicationV1 } from '../documents/application.js';
import type { SignatureV1 } from '../documents/common.js';
import type { Acceptance, AcceptanceV1 } from '../documents/follow-up.js';
import type { FinalReport, FinalReportV1, StatusReport, StatusReportV1 } from '../documents/reports.js';
import type { SignerRole, TypedSignature } from '../signing/signature.js';
import type { Migration } from './migration.js';

/**
 * Version 2 records signatures as given in the system (who, role, when, SHA-256 of the content). A name typed
 * into version 1 cannot become such a record, so it is kept as what it is: a typed signature, reported by
 * `verifySignatures` as not verifiable. Nothing is lost, and nothing is made to look verified.
 */
const typed = (s: SignatureV1, role?: SignerRole): TypedSignature => ({
  kind: 'typed',
  ...(role ? { role } : {}),
  name: s.name,
  title: s.title,
  signedOn: s.signedOn,
});

type V1 = { schemaVersion: 1 };

const migration = <From extends V1, To>(
  documentType: string,
  migrate: (doc: From) => To,
): Migration<From, To> => ({
  documentType,
  from: 1,
  to: 2,
  migrate: (doc) => ({ ok: true, document: migrate(doc) }),
});

/** 1 → 2: the § 7 signers' typed names become typed signatures in their roles. */
export const applicationV1ToV2 = migration<ApplicationV1, Application>(
  'application',
  ({ signatures, ...doc }) => ({
    ...doc,
    schemaVersion: 2,
    signatures: [
      typed(signatures.navOfficeHead, 'nav-office-head'),
      typed(signatures.municipalExecutive, 'municipal-executive'),
    ],
  }),
);

/**
 * 1 → 2: the typed signature becomes the chief executive's (version 1 asked for «den som har fullmakt til å
 * forplikte kommunen»); the amount deprecated in 0.2.0 goes, since the grant letter states it.
 */
export const acceptanceV1ToV2 = migration<AcceptanceV1, Acceptance>(
  'acceptance',
  ({ signature, acceptedAmount: _amount, ...doc }) => ({
    ...doc,
    schemaVersion: 2,
    signatures: [typed(signature, 'municipal-executive')],
  }),
);

/** 1 → 2: the reports' typed signature is kept without a role: version 1 did not say which. */
const reportV1ToV2 = <From extends (StatusReportV1 | FinalReportV1) & V1, To>(documentType: string) =>
  migration<From, To>(
    documentType,
    ({ signature, ...doc }) => ({ ...doc, schemaVersion: 2, signatures: [typed(signature)] }) as To,
  );

export const statusReportV1ToV2 = reportV1ToV2<StatusReportV1, StatusReport>('status-report');
export const finalReportV1ToV2 = reportV1ToV2<FinalReportV1, FinalReport>('final-report');
