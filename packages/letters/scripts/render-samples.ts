// Renders the example letters to test-results/ as PDF and, where poppler's pdftoppm is installed, PNG pages,
// so a person can look at the layout. Run: pnpm --filter @sosialtilskudd/letters samples
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { exampleGrantLetter, exampleRejectionLetter, findCall } from '@sosialtilskudd/domain';
import { renderLetterPdf } from '../src/index.js';

const out = new URL('../test-results/', import.meta.url);
mkdirSync(out, { recursive: true });

const call2023 = findCall('utvikling-sosiale-tjenester-2023');
if (!call2023) throw new Error('Utlysningen for 2023 mangler i domenepakken');
const osloViken = { kind: 'county-office', countyOfficeId: 'ostfold-buskerud-oslo-akershus' } as const;

// Long texts, to see how wrapping and page breaks fall.
const longGrant = {
  ...exampleGrantLetter(),
  measureName:
    'Trygg bolig – ung start, et interkommunalt samarbeid mellom Nav Gjøvik, Nav Vestre Toten og Nav Østre Toten',
  conditions: Array.from(
    { length: 9 },
    (_, i) =>
      `Vilkår ${i + 1}: ${'Tilskuddet skal brukes til lønn i stillingene som er beskrevet i søknaden, og ubrukte midler skal meldes i statusrapporten. '.repeat(4).trim()}`,
  ),
};

const samples = {
  'tilskuddsbrev-2025-nb': renderLetterPdf(exampleGrantLetter()),
  'tilskotsbrev-2025-nn': renderLetterPdf(exampleGrantLetter(), { language: 'nn' }),
  'avslagsbrev-2025-nb': renderLetterPdf(exampleRejectionLetter()),
  'avslagsbrev-2025-nn': renderLetterPdf(exampleRejectionLetter(), { language: 'nn' }),
  'tilskuddsbrev-lange-tekster': renderLetterPdf(longGrant),
  'tilskuddsbrev-2023-oslo-og-viken': renderLetterPdf({ ...exampleGrantLetter(call2023), issuer: osloViken }),
};

for (const [name, pending] of Object.entries(samples)) {
  const file = new URL(`${name}.pdf`, out);
  writeFileSync(file, await pending);
  try {
    execFileSync('pdftoppm', ['-png', '-r', '80', file.pathname, new URL(name, out).pathname]);
  } catch {
    console.warn(`pdftoppm mangler: bare ${name}.pdf er skrevet (apt-get install poppler-utils)`);
  }
  console.log(file.pathname);
}
