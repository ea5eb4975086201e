import { operation } from '../operation.js';
import { Register, ThreeSixtyGivingPackage } from '../register.js';
import { PUBLIC } from './parameters.js';

const WHAT =
  'Innvilgede tiltak i hele landet, pågående og avsluttede: tiltak, Nav-kontor, kommuner, statsforvalter, år, innvilget beløp, prioriterte områder og sluttrapportens sammendrag. Aldri personopplysninger, utkast, avslag eller trukne søknader.';

/** Open data: the register of measures anyone may read (seed 003), in three forms. */
export const REGISTER_OPERATIONS = {
  getRegister: operation({
    method: 'get',
    path: '/v1/register',
    tag: 'Åpne data',
    summary: 'Registeret over tiltak',
    description: WHAT,
    security: 'none',
    responses: { 200: { description: 'Tiltakene, nyeste først', content: Register } },
    problems: PUBLIC,
  }),
  getRegisterCsv: operation({
    method: 'get',
    path: '/v1/register.csv',
    tag: 'Åpne data',
    summary: 'Registeret som CSV',
    description: `${WHAT} Én linje per tiltak, komma-separert (RFC 4180), UTF-8 med BOM så regneark leser æøå.`,
    security: 'none',
    responses: { 200: { description: 'Tiltakene', content: { mediaType: 'text/csv' } } },
    problems: PUBLIC,
  }),
  getRegister360Giving: operation({
    method: 'get',
    path: '/v1/register/360giving.json',
    tag: 'Åpne data',
    summary: 'Registeret som 360Giving-fil',
    description:
      'De samme tilskuddene i 360Giving-standarden (1.4): ett tilskudd per år per tiltak, med mottaker (kommunen, ved organisasjonsnummeret), giver og geografi.',
    security: 'none',
    responses: { 200: { description: 'Pakken', content: ThreeSixtyGivingPackage } },
    problems: PUBLIC,
  }),
};
