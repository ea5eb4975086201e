import {
  type Call,
  exampleGrantLetter,
  exampleRejectionLetter,
  findCall,
  type GrantLetter,
  REJECTION_REASONS,
  type RejectionLetter,
} from '@sosialtilskudd/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderLetterPdf } from './index.js';
import { type PdfPage, pdfText, readPdf, words } from './test/pdf-text.js';

function call(year: number): Call {
  const found = findCall(`utvikling-sosiale-tjenester-${year}`);
  if (!found) throw new Error(`no call for ${year}`);
  return found;
}

const OSLO_VIKEN = { kind: 'county-office', countyOfficeId: 'ostfold-buskerud-oslo-akershus' } as const;

describe('grant letter (tilskuddsbrev)', () => {
  const letter = exampleGrantLetter(call(2025));
  let pages: PdfPage[];
  let all: string;

  beforeAll(async () => {
    pages = await readPdf(await renderLetterPdf(letter));
    all = pages.map((p) => p.text).join(' ');
  });

  it('states sender, recipient, date, case number, title and measure', () => {
    expect(pages[0]?.text).toMatch(/^Statsforvalteren i Innlandet /);
    expect(all).toContain('Nav Gjøvik Jernbanesvingen 6 2821 Gjøvik Org.nr. 974 541 254');
    expect(all).toContain(
      'Vår dato 15. mars 2025 Vår ref. 2025/1234 Saksbehandler Per Olsen, seniorrådgiver',
    );
    expect(all).toContain(
      'Tilskuddsbrev 2025 Tilskudd til utvikling av de sosiale tjenestene i Nav-kontoret 2025',
    );
    expect(all).toContain('Tiltak Trygg bolig – ung start');
  });

  it('gives the amount with Norwegian thousand separators, its split and the period', () => {
    expect(all).toContain('et tilskudd på 1 125 000 kr.');
    expect(all).toContain(
      'Tilskudd 1 125 000 kr Herav stillinger 1 125 000 kr Herav kompetansemidler 0 kr Tilskuddsperiode 1. april 2025 – 31. mars 2026 Saksnummer 2025/1234',
    );
  });

  it('lists the conditions, the reporting deadline and the legal basis', () => {
    letter.conditions.forEach((c, i) => {
      expect(all).toContain(`${i + 1}. ${words(c)}`);
    });
    expect(all).toContain('sendes elektronisk innen 1. februar 2026 (§ 11). Oppgi saksnummer 2025/1234.');
    expect(all).toContain('(FOR-2020-12-15-2787), § 5 og § 8.');
  });

  it('prints the § 9 statement exactly as the letter holds it', () => {
    expect(all).toContain(`Klageadgang ${words(letter.noAppealStatement)} Med hilsen`);
  });

  it('puts the acceptance form on its own last page, with what to fill in, the deadline and the terms', () => {
    const form = pages.at(-1)?.text ?? '';
    expect(pages.length).toBeGreaterThan(1);
    expect(form).toMatch(/^Bekreftelse Vedlegg til tilskuddsbrev av 15. mars 2025, saksnummer 2025\/1234/);
    expect(form).toContain('returneres til Statsforvalteren i Innlandet innen 15. april 2025.');
    expect(form).toContain(`Vilkår for utbetaling (§ 10) ${words(letter.acceptance.terms)}`);
    expect(form).toContain(
      'Kontonummer for utbetaling (11 siffer) Koststed for tiltakets prosjektregnskap (§ 11) Navn Tittel Sted og dato Signatur',
    );
    expect(form).toContain('Mottaker Nav Gjøvik Organisasjonsnummer 974 541 254');
    for (const page of pages.slice(0, -1)) expect(page.text).not.toContain('Kontonummer for utbetaling');
    expect(all).toContain('Vedlegg: Bekreftelse');
  });

  it('numbers the pages and repeats the reference from page two', () => {
    pages.forEach((page, i) => {
      expect(page.text).toContain(`Side ${i + 1} av ${pages.length}`);
      expect(page.text).toContain('Statsforvalteren i Innlandet · Telefon 61 26 60 00');
    });
    expect(pages[1]?.text).toContain('Vår ref. 2025/1234');
  });

  it('shows competence funds when the call had them', async () => {
    const text = await pdfText(await renderLetterPdf(exampleGrantLetter(call(2024))));
    expect(text).toContain('Herav kompetansemidler 20 000 kr');
  });
});

describe('rejection letter (avslagsbrev)', () => {
  const letter: RejectionLetter = {
    ...exampleRejectionLetter(call(2025)),
    reasons: [
      {
        reason: 'manglende-rapportering',
        explanation: 'Statusrapport og regnskap for 2024 kom ikke inn innen 1. februar 2025.',
      },
      { reason: 'ikke-prioritert', explanation: 'Rammen for året er brukt til andre tiltak.' },
    ],
  };

  it('gives each reason with its Norwegian label and explanation, and the § 9 statement', async () => {
    const pages = await readPdf(await renderLetterPdf(letter));
    const all = pages.map((p) => p.text).join(' ');
    expect(all).toContain('Avslag på søknad om tilskudd 2025');
    expect(all).toContain('Nav Gjøvik får dessverre ikke tilskudd.');
    for (const { reason, explanation } of letter.reasons) {
      expect(all).toContain(`${words(REJECTION_REASONS[reason])} ${words(explanation)}`);
    }
    expect(all).toContain(words(letter.noAppealStatement));
    expect(all).toContain('Vår ref. 2025/1234');
    expect(all).not.toContain('Bekreftelse');
    expect(all).not.toContain('Kontonummer');
  });
});

describe('nynorsk', () => {
  it('writes the fixed texts of a grant letter in nynorsk', async () => {
    const letter = exampleGrantLetter(call(2025));
    const pages = await readPdf(await renderLetterPdf(letter, { language: 'nn' }));
    const all = pages.map((p) => p.text).join(' ');
    expect(all).toContain('Tilskotsbrev 2025');
    expect(all).toContain('Vi har handsama søknaden og gir Nav Gjøvik eit tilskot på 1 125 000 kr.');
    expect(all).toContain('Saksbehandlar');
    expect(all).toContain('Av dette stillingar 1 125 000 kr');
    expect(all).toContain('Klagerett');
    expect(all).toContain('Med helsing');
    expect(pages.at(-1)?.text).toMatch(/^Stadfesting /);
    expect(pages.at(-1)?.text).toContain('Namn Tittel Stad og dato Underskrift');
    // The letter's own § 9 text is printed as written, whatever the language of the fixed texts.
    expect(all).toContain(words(letter.noAppealStatement));
    expect(all).not.toMatch(/Med hilsen|Saksbehandler |Tilskuddsbrev/);
  });

  it('labels rejection reasons in nynorsk', async () => {
    const text = await pdfText(await renderLetterPdf(exampleRejectionLetter(call(2025)), { language: 'nn' }));
    expect(text).toContain('Grunngiving Søknaden er ikkje prioritert innanfor ramma (§ 5)');
    expect(text).toContain('og Nav Gjøvik får dessverre ikkje tilskot.');
  });
});

describe('the sender is named as on the letter’s date', () => {
  // A recipient in the office's area on the letter's date: Bærum was 3024 until 2023, 3201 from 2024.
  const osloViken = (year: number, date: string, acceptanceDeadline: string): GrantLetter => {
    const base = exampleGrantLetter(call(year));
    return {
      ...base,
      issuer: OSLO_VIKEN,
      recipient: { ...base.recipient, name: 'Nav Bærum', municipalities: [date < '2024' ? '3024' : '3201'] },
      date,
      acceptance: { ...base.acceptance, deadline: acceptanceDeadline },
    };
  };

  it('uses Oslo og Viken for a 2023 letter, up to the last day before the county split', async () => {
    const text = await pdfText(await renderLetterPdf(osloViken(2023, '2023-12-31', '2024-01-15')));
    expect(text).toContain('Statsforvalteren i Oslo og Viken');
    expect(text).not.toContain('Østfold');
  });

  it('uses the new name for a 2025 letter', async () => {
    const text = await pdfText(await renderLetterPdf(osloViken(2025, '2025-03-15', '2025-04-15')));
    expect(text).toContain('Statsforvalteren i Østfold, Buskerud, Oslo og Akershus');
    expect(text).not.toContain('Viken');
  });

  it('names the directorate for national trials', async () => {
    const letter: GrantLetter = { ...exampleGrantLetter(call(2023)), issuer: { kind: 'directorate' } };
    const pages = await readPdf(await renderLetterPdf(letter));
    expect(pages[0]?.text).toMatch(/^Arbeids- og velferdsdirektoratet /);
    expect(pages[0]?.text).not.toContain('Telefon');
  });
});

describe('long texts', () => {
  const sentence =
    'Tilskuddet skal brukes til lønn i stillingene som er beskrevet i søknaden, og ubrukte midler skal meldes i statusrapporten. ';
  const letter: GrantLetter = {
    ...exampleGrantLetter(call(2025)),
    measureName:
      `Trygg bolig – ung start, et samarbeid mellom Nav Gjøvik, Nav Vestre Toten og Nav Østre Toten ${'om boligsosialt arbeid '.repeat(3)}`.trim(),
    conditions: Array.from({ length: 12 }, (_, i) => `Vilkår ${i + 1}: ${sentence.repeat(8).trim()}`),
  };
  let pages: PdfPage[];

  beforeAll(async () => {
    pages = await readPdf(await renderLetterPdf(letter));
  });

  it('wraps and flows onto more pages without losing text', () => {
    // Footer and running header sit between the halves of a text that flows over a page break.
    const furniture =
      / ?Statsforvalteren i Innlandet · Telefon 61 26 60 00 Side \d+ av \d+( Vår ref\. 2025\/1234)?/g;
    const body = pages.map((p) => p.text.replace(furniture, '')).join(' ');
    expect(pages.length).toBeGreaterThan(4);
    letter.conditions.forEach((c, i) => {
      expect(body.includes(`${i + 1}. ${words(c)}`), `condition ${i + 1} whole`).toBe(true);
    });
    expect(pages.at(-1)?.text).toMatch(/^Bekreftelse /);
  });

  it('keeps every line inside the page margins', () => {
    for (const page of pages) {
      for (const box of page.boxes.filter((b) => b.str.trim() !== '')) {
        expect(box.x).toBeGreaterThanOrEqual(60);
        expect(box.x + box.width).toBeLessThanOrEqual(page.width - 60);
        expect(box.y).toBeGreaterThanOrEqual(30);
        expect(box.y).toBeLessThanOrEqual(page.height - 30);
      }
    }
  });
});

describe('the PDF itself', () => {
  it('embeds its own font instead of relying on a standard one', async () => {
    const raw = Buffer.from(await renderLetterPdf(exampleGrantLetter())).toString('latin1');
    expect(raw).toContain('/FontFile2');
    expect(raw).toContain('SourceSans3');
    expect(raw).not.toContain('/Helvetica');
  });

  it('gives the same bytes for the same letter', async () => {
    const letter = exampleRejectionLetter();
    expect(await renderLetterPdf(letter)).toEqual(await renderLetterPdf(letter));
  });
});
