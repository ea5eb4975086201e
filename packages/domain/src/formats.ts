/**
 * Every text pattern the schemas use, with the words an error message gives for it: "Ugyldig format (fire
 * sifre)" tells a person what to write, where the pattern itself would not.
 */
export interface TextFormat {
  pattern: RegExp;
  nb: string;
  nn: string;
}

const format = (pattern: RegExp, nb: string, nn = nb): TextFormat => ({ pattern, nb, nn });

export const FORMATS = {
  twoDigits: format(/^\d{2}$/, 'to sifre', 'to siffer'),
  fourDigits: format(/^\d{4}$/, 'fire sifre', 'fire siffer'),
  nineDigits: format(/^\d{9}$/, 'ni sifre', 'ni siffer'),
  elevenDigits: format(/^\d{11}$/, 'elleve sifre', 'elleve siffer'),
  // The published pattern is looser than its words; CONTACT_PHONE_DIGITS holds the rest (§ 7), so a person is
  // told one thing whichever check stops the number.
  phone: format(
    /^\+?[\d ]{8,15}$/,
    'åtte sifre, eventuelt med +47 foran',
    'åtte siffer, eventuelt med +47 framfor',
  ),
  clockTime: format(/^([01]\d|2[0-3]):[0-5]\d$/, 'klokkeslett tt:mm'),
  section: format(/^§ \d+$/, 'paragraf, for eksempel «§ 5»'),
  slug: format(
    /^[a-z0-9][a-z0-9-]{0,62}$/,
    'små bokstaver, sifre og bindestrek, høyst 63 tegn',
    'små bokstavar, siffer og bindestrek, høgst 63 teikn',
  ),
  caseNumber: format(/^\d{4}\/\d{1,8}(-\d{1,4})?$/, 'saksnummer, for eksempel 2024/1234'),
  sha256: format(/^[0-9a-f]{64}$/, 'SHA-256 som 64 tegn 0–9 og a–f', 'SHA-256 som 64 teikn 0–9 og a–f'),
} as const satisfies Record<string, TextFormat>;

const byPattern = new Map<string, TextFormat>(Object.values(FORMATS).map((f) => [String(f.pattern), f]));

/** The format whose pattern Zod reports (`/…/`, as `String(regex)` writes it), if it is one of ours. */
export const formatOf = (pattern: string): TextFormat | undefined => byPattern.get(pattern);
