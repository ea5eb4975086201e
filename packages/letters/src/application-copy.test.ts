import { exampleApplication, findCall, verifySignatures } from '@sosialtilskudd/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { applicationFileName, NotSubmittedError, renderApplicationPdf } from './index.js';
import { type PdfPage, readPdf, words } from './test/pdf-text.js';

const call2025 = findCall('utvikling-sosiale-tjenester-2025');
if (!call2025) throw new Error('no 2025 call');
const application = { ...exampleApplication(call2025), submittedAt: '2025-01-25T09:15:00Z' };

describe('copy of a submitted application', () => {
  let pages: PdfPage[];
  let all: string;

  beforeAll(async () => {
    pages = await readPdf(await renderApplicationPdf({ application, caseNumber: '2025/7' }));
    all = pages.map((p) => p.text).join(' ');
  });

  it('heads it with the case number, the time received (Oslo) and the addressee', () => {
    expect(pages[0]?.text).toMatch(
      /^Søknad om tilskudd 2025 Tilskudd til utvikling av de sosiale tjenestene/,
    );
    expect(all).toContain(
      'Saksnummer 2025/7 Mottatt 25. januar 2025 kl. 10.15 Sendt til Statsforvalteren i Innlandet',
    );
  });

  it('holds every part of what was submitted, in words, with amounts in kroner', () => {
    expect(all).toContain('Nav-kontor Nav Gjøvik Organisasjonsnummer 974 541 254');
    expect(all).toContain('Kommuner Gjøvik (3407)');
    expect(all).toContain(`Navn på tiltaket ${application.measure.name}`);
    expect(all).toContain('Periode 1. april 2025 – 31. mars 2028');
    expect(all).toContain('• Barnefamilier • Ungdom');
    expect(all).toContain('• Individuell tilpasning og helhetlig oppfølging av den enkelte og dens familie');
    for (const text of Object.values(application.description).flat()) expect(all).toContain(words(text));
    expect(all).toContain(
      'Boligsosial veileder 100 % i 12 mnd. Lønn 610 000 kr, sosiale utgifter 170 800 kr.',
    );
    expect(all).toContain('Annen kostnad: Reise og opphold Reiser til nettverkssamlinger: 18 000 kr');
    expect(all).toContain('Søkt tilskudd i alt 1 125 000 kr');
    expect(all).toContain('Husbankens kompetansetilskudd Søkt fra Husbanken');
    expect(all).toContain('Direkte utbetalinger til brukere Nei');
    // No ids or codes: the reference lists by their names.
    expect(all).not.toMatch(
      /individuell-tilpasning|helhetlig-tjenestetilbud|reise-og-opphold|utvikling-sosiale-tjenester-2025/,
    );
  });

  it('ends with both signatures, each checked against the content, and the checksum; numbers the pages', () => {
    const { digest, signatures } = verifySignatures(application);
    expect(signatures.map((s) => s.state)).toEqual(['valid', 'valid']);
    expect(all).toContain(
      'Nav-leder Ingrid Berg, Nav Gjøvik, signert 1. februar 2025 kl. 09.00 (stemmer med innholdet)',
    );
    expect(all).toContain(
      'Kommunedirektør / rådmann (kommunens administrative ledelse) Ola Hansen, Gjøvik kommune, signert',
    );
    // In groups of sixteen, so that a line breaks between them.
    expect(all).toContain(digest.match(/.{16}/g)?.join(' '));
    expect(pages.at(-1)?.text).toContain(`Side ${pages.length} av ${pages.length}`);
  });

  it('says so when a signature no longer holds and a signer is missing', async () => {
    const [head] = application.signatures ?? [];
    const changed = {
      ...application,
      measure: { ...application.measure, name: 'Endret etter signering' },
      signatures: head ? [head] : [],
    };
    const text = (await readPdf(await renderApplicationPdf({ application: changed, caseNumber: '2025/7' })))
      .map((p) => p.text)
      .join(' ');
    expect(text).toContain('(gjelder ikke: søknaden er endret etter signeringen)');
    expect(text).toContain('Kommunedirektør / rådmann (kommunens administrative ledelse) Mangler');
    expect(pages.at(-1)?.text).toContain(`Side ${pages.length} av ${pages.length}`);
  });

  it('is written in nynorsk too, the reference lists included', async () => {
    const nn = (await readPdf(await renderApplicationPdf({ application, caseNumber: '2025/7' }, 'nn')))
      .map((p) => p.text)
      .join(' ');
    expect(nn).toContain('Søknad om tilskot 2025');
    expect(nn).toContain('Motteke 25. januar 2025 kl. 10.15');
    expect(nn).toContain('• Barnefamiliar • Ungdom • Heilskapleg og samordna tenestetilbod');
    expect(nn).toContain('Anna kostnad: Reise og opphald');
    expect(nn).toContain('Nav-leiar Ingrid Berg, Nav Gjøvik, underskrive 1. februar 2025 kl. 09.00');
    expect(nn).toContain('(stemmer med innhaldet)');
  });

  it('gives the same bytes for the same application, and refuses a draft', async () => {
    const again = await renderApplicationPdf({ application, caseNumber: '2025/7' });
    expect(again).toEqual(await renderApplicationPdf({ application, caseNumber: '2025/7' }));
    const { submittedAt: _, ...draft } = application;
    await expect(renderApplicationPdf({ application: draft, caseNumber: '2025/7' })).rejects.toThrow(
      NotSubmittedError,
    );
  });

  it('is named by the case number', () => {
    expect(applicationFileName('2025/7')).toBe('soknad-2025-7.pdf');
  });
});
