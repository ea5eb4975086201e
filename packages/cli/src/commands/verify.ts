import {
  DOCUMENT_TYPES,
  type DocumentSignature,
  isSignedDocumentType,
  SIGNER_ROLES,
  type SignatureCheck,
  type SignerRole,
  verifySignatures,
} from '@sosialtilskudd/domain';
import { CliError, type CliIo, EXIT, printJson, readJsonFile } from '../io.js';

const STATE_TEXT = {
  valid: '✓ gjelder dette dokumentet',
  'document-changed': '✗ dokumentet er endret etter at det ble signert',
  'not-verifiable': '– skrevet inn i versjon 1, kan ikke etterprøves',
} as const;

const when = new Intl.DateTimeFormat('nb-NO', {
  timeZone: 'Europe/Oslo',
  dateStyle: 'short',
  timeStyle: 'short',
});

const roleName = (role: SignerRole | undefined) => (role ? SIGNER_ROLES[role].nb : 'ukjent rolle');

function describe(s: DocumentSignature): string {
  return s.kind === 'recorded'
    ? `${roleName(s.role)}: ${s.signer.name} (${s.signer.organisation.name}), ${when.format(new Date(s.signedAt))}`
    : `${roleName(s.role)}: ${s.name} (${s.title}), ${s.signedOn}`;
}

const asJson = (c: SignatureCheck) => ({ index: c.index, state: c.state, signature: c.signature });

/**
 * Recomputes the SHA-256 of the document's canonical JSON (RFC 8785) and checks every signature against it;
 * exit 0 when every signature holds and every role the document type needs has signed.
 */
export async function verifyCommand(io: CliIo, file: string | undefined, format?: string): Promise<number> {
  if (!file) throw new CliError('Bruk: tilskudd verify FIL [--format text|json]');
  const input = await readJsonFile(file);
  const type = (input as { documentType?: unknown })?.documentType;
  if (typeof type !== 'string' || !isSignedDocumentType(type))
    throw new CliError(
      `${file}: er ikke en søknad, bekreftelse eller rapport, som er dokumentene som signeres`,
    );
  const parsed = DOCUMENT_TYPES[type].schema.safeParse(input);
  if (!parsed.success) {
    io.stdout(`✗ ${file} følger ikke skjemaet for ${type}; se «tilskudd validate ${file}»\n`);
    return EXIT.invalid;
  }
  const result = verifySignatures(parsed.data);
  const holds = result.complete && result.signatures.every((c) => c.state !== 'document-changed');
  const missing = result.required.filter((r) => !r.signature).map((r) => r.roles);
  if (format === 'json') {
    printJson(io, {
      file,
      ok: holds,
      sha256: result.digest,
      signatures: result.signatures.map(asJson),
      missing,
    });
    return holds ? EXIT.ok : EXIT.invalid;
  }
  io.stdout(`${holds ? '✓' : '✗'} ${file}\n  SHA-256 av innholdet: ${result.digest}\n`);
  if (result.signatures.length === 0) io.stdout('  Ingen signaturer\n');
  for (const c of result.signatures) io.stdout(`  ${describe(c.signature)}  ${STATE_TEXT[c.state]}\n`);
  for (const roles of missing)
    io.stdout(`  Mangler gyldig signatur fra ${roles.map(roleName).join(' eller ')}\n`);
  return holds ? EXIT.ok : EXIT.invalid;
}
