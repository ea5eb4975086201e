import { z } from 'zod';
import { isoDate, nok, shortText, slug, text } from '../primitives.js';
import { Authority, header } from './common.js';
import { BudgetReference } from './repayment-claim.js';

/**
 * Fullmakt: the directorate's authorisation of a county office to grant up to an amount under a call, charged to
 * the state budget's chapter and post (seed 000: «Fullmakt over statsbudsjettets kapittel 0621.63 for 2025»,
 * «Tilskuddsbeløp inntil 7 500 000 kroner»). A national trial's money is the directorate's own frame (§ 8, § 10).
 * A change during the year is a new version with the same id; the highest version is the one in force.
 */
export const Frame = z
  .object({
    ...header('frame'),
    id: slug({
      title: 'Fullmaktens id',
      description: 'Samme id i alle versjoner av fullmakten, for eksempel fullmakt-2025-innlandet',
    }),
    version: z.int().min(1).max(1000).meta({
      title: 'Versjon',
      description:
        '1 for den første fullmakten; hver endring i løpet av året er en ny versjon med neste nummer',
    }),
    callId: slug({ title: 'Utlysning', description: 'Utlysningen rammen gjelder, for eksempel for 2025' }),
    holder: Authority.meta({
      title: 'Fullmakt til',
      description:
        'Statsforvalteren som får rammen, eller Arbeids- og velferdsdirektoratet selv for nasjonale forsøk (§ 8)',
    }),
    budget: BudgetReference.meta({
      title: 'Kapittel og post',
      description: 'Statsbudsjettets kapittel og post rammen belastes, for eksempel kapittel 0621 post 63',
    }),
    amount: nok({
      title: 'Ramme (kr)',
      description:
        'Hvor mye som kan gis i tilskudd under utlysningen, i hele kroner; videreførte tiltak tas av samme ramme',
    }),
    issuedBy: z
      .object({
        authority: z.literal('directorate').meta({
          title: 'Utstedt av',
          description: '«directorate»: fullmakten gis alltid av Arbeids- og velferdsdirektoratet',
        }),
        name: shortText({ title: 'Navn', description: 'Den i direktoratet som ga fullmakten' }),
      })
      .strict()
      .meta({ title: 'Utstedt av', description: 'Arbeids- og velferdsdirektoratet, og hvem der' }),
    issuedOn: isoDate({ title: 'Dato', description: 'Datoen denne versjonen av fullmakten ble gitt' }),
    reference: shortText({
      title: 'Referanse',
      description: 'Direktoratets brev eller saksnummer for fullmakten',
    }).optional(),
    changeReason: text(
      {
        title: 'Hvorfor rammen er endret',
        description:
          'Påkrevd fra versjon 2: hva som er endret, for eksempel økt ramme etter revidert budsjett',
      },
      2000,
    ).optional(),
  })
  .strict()
  .meta({
    title: 'Fullmakt (ramme)',
    description:
      'Direktoratets fullmakt til statsforvalteren (eller direktoratet selv for nasjonale forsøk) til å gi tilskudd under en utlysning, innenfor en ramme.',
  });
export type Frame = z.infer<typeof Frame>;

/** The version in force of each frame: the highest version of every id. */
export function framesInForce(frames: readonly Frame[]): Frame[] {
  const byId = new Map<string, Frame>();
  for (const f of frames) {
    const seen = byId.get(f.id);
    if (!seen || f.version > seen.version) byId.set(f.id, f);
  }
  return [...byId.values()];
}
