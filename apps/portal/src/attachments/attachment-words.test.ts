import { TilskuddProblemError } from '@sosialtilskudd/api-client';
import { describe, expect, it } from 'vitest';
import {
  ACCEPTED_EXTENSIONS,
  attachmentProblemText,
  failureText,
  fileSize,
  scanText,
} from './attachment-words.js';

const refusal = (status: number, code: string) =>
  new TilskuddProblemError({ type: 'about:blank', title: 'Vedlegget kan ikke tas imot', status, code });

const REFUSALS = [
  [415, 'ATTACHMENT_TYPE_NOT_ALLOWED', /^Filtypen er ikke tillatt/, /^Filtypen er ikkje tillaten/],
  [413, 'ATTACHMENT_TOO_LARGE', /10 MB/, /^Fila er større enn 10 MB/],
  [413, 'ATTACHMENTS_TOO_LARGE', /50 MB/, /^Vedlegga blir til saman/],
  [400, 'ATTACHMENT_EMPTY', /^Filen er tom/, /^Fila er tom/],
  [409, 'ATTACHMENT_INFECTED', /skadelig programvare/, /skadeleg programvare/],
  [409, 'ATTACHMENT_SCAN_PENDING', /ikke ferdig skannet/, /ikkje ferdig skanna/],
  [409, 'ATTACHMENT_LOCKED', /innsendt dokument/, /innsendt dokument/],
  [409, 'ATTACHMENT_IN_USE', /utkastet er lagret uten den/, /utkastet er lagra utan henne/],
  [409, 'DRAFT_LOCKED', /sendt til signering/, /send til signering/],
  [409, 'APPLICATION_NOT_DRAFT', /sendt inn/, /send inn/],
] as const;

describe('attachments in words', () => {
  it.each(REFUSALS)(
    'words the API refusal %i %s in bokmål and nynorsk, without its code',
    (status, code, nb, nn) => {
      const error = refusal(status, code);
      expect(attachmentProblemText(error, 'nb')).toMatch(nb);
      expect(attachmentProblemText(error, 'nn')).toMatch(nn);
      expect(`${attachmentProblemText(error, 'nb')} ${attachmentProblemText(error, 'nn')}`).not.toContain(
        code,
      );
    },
  );

  it('words a refusal it has no words of its own for by its status, and a lost connection as such', () => {
    expect(attachmentProblemText(refusal(403, 'FORBIDDEN'), 'nn')).toBe('Du har ikkje tilgang til dette');
    expect(attachmentProblemText(new TypeError('Network request failed'), 'nb')).toBe(
      'Fikk ikke kontakt med tjenesten. Sjekk nettforbindelsen og prøv igjen.',
    );
  });

  it("words Aksel's own checks before upload, and a failure in the language shown now", () => {
    expect(failureText({ rejected: ['fileType'] }, 'nb')).toMatch(/^Filtypen er ikke tillatt/);
    expect(failureText({ rejected: ['fileSize'] }, 'nn')).toBe('Fila er større enn 10 MB.');
    expect(failureText({ text: 'attachmentRefused_inUse' }, 'nn')).toMatch(/^Fila kan slettast/);
    expect(failureText(undefined, 'nb')).toBeUndefined();
  });

  it('says each scan state, «ikke skannet» included', () => {
    const say = (state: 'pending' | 'clean' | 'infected' | 'not-scanned', language: 'nb' | 'nn') =>
      scanText({ scan: { state, finding: null, scannedAt: null } }, language);
    expect(say('not-scanned', 'nb')).toBe(
      'Ikke skannet for skadelig programvare: tjenesten har ingen skanner.',
    );
    expect(say('not-scanned', 'nn')).toBe(
      'Ikkje skanna for skadeleg programvare: tenesta har ingen skannar.',
    );
    expect(say('pending', 'nb')).toMatch(/^Venter på skanning/);
    expect(say('clean', 'nn')).toMatch(/^Skanna: ingen skadeleg/);
    expect(say('infected', 'nb')).toMatch(/^Skadelig programvare funnet/);
  });

  it('gives sizes as a file manager does, and offers the allowed types in the file picker', () => {
    expect(fileSize(200, 'nb')).toBe('1 kB');
    expect(fileSize(830 * 1024, 'nb')).toBe('830 kB');
    expect(fileSize(2.44 * 1024 * 1024, 'nn')).toBe('2,4 MB');
    expect(fileSize(10 * 1024 * 1024, 'nb')).toBe('10 MB');
    expect(ACCEPTED_EXTENSIONS).toBe('.pdf,.png,.jpg,.jpeg,.xlsx,.docx,.odt');
  });
});
