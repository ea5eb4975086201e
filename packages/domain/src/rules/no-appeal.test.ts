import { describe, expect, it } from 'vitest';
import { NO_APPEAL_STATEMENT } from '../documents/letters.js';
import { statesNoAppeal } from './no-appeal.js';

describe('the § 9 statement, in whatever words a county system uses', () => {
  it.each([
    NO_APPEAL_STATEMENT,
    'Avgjørelsen er ikke å anse som et enkeltvedtak etter forvaltningsloven. Den kan derfor ikke påklages.',
    'Tildelingen er ikke et enkeltvedtak etter forvaltningsloven § 2, og det er ingen klageadgang.',
    'Avgjerda er ikkje eit enkeltvedtak etter forvaltningslova, og ho kan ikkje påklagast.',
    'Vedtaket regnes ikke som enkeltvedtak. Det er ikke anledning til å klage på avgjørelsen.',
    'Forvaltningslovens regler om enkeltvedtak gjelder ikke, og klage er ikke mulig (forskriften § 9).',
    'Tilskotet er ikkje eit enkeltvedtak, og det er ikkje høve til å klage.',
    'Avgjørelsen er verken et enkeltvedtak eller gjenstand for klage, jf. forskriften § 9.',
    'Dette er ikke et enkeltvedtak. Klagerett foreligger ikke.',
    'Dette er ikke et enkeltvedtak og kan ikke påklages.',
  ])('finds it in «%s»', (statement) => {
    expect(statesNoAppeal(statement)).toBe(true);
  });

  it.each([
    'Vedtaket kan påklages innen tre uker.',
    'Avgjørelsen kan påklages til departementet.',
    'Tildelingen er et enkeltvedtak. Dersom dere ikke er enige, kan dere klage innen tre uker.',
    'Tildelingen er et enkeltvedtak som ikke kan påklages.',
    'Avgjørelsen er ikke et enkeltvedtak.',
    'Det er ikke klagerett.',
    'Avgjørelsen er ikke endelig og kan påklages som et enkeltvedtak.',
    'Klage har ikke oppsettende virkning. Vedtaket er et enkeltvedtak.',
    'Avgjørelsen er ikke et enkeltvedtak og kan påklages innen tre uker.',
    'Dersom dere ikke er enige kan dere klage. Tildelingen er ikke et enkeltvedtak.',
    '',
  ])('does not find it in «%s»', (statement) => {
    expect(statesNoAppeal(statement)).toBe(false);
  });
});
