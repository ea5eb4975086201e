import { Authority } from '@sosialtilskudd/domain';
import { z } from 'zod';
import { CaseState, Id } from './common.js';
import { FrameRecord } from './documents.js';

/** The round board (issue 17): a county office's frame under a call, how it is used, and the ranked cases. */

const kr = (description: string) => z.int().meta({ description: `${description} (kr)` });

export const ROUND_STAGES = [
  'submitted',
  'assessed',
  'proposed',
  'granted',
  'rejected',
  'withdrawn',
] as const;
export const RoundStage = z.enum(ROUND_STAGES).meta({
  id: 'RoundStage',
  title: 'Hvor langt saken er kommet i runden',
  description:
    '«submitted» sendt inn, ikke vurdert; «assessed» vurdert (innstillingens beløp regnes som foreslått); «proposed» vedtak foreslått, venter på godkjenning; «granted» innvilget; «rejected» avslått; «withdrawn» trukket',
});

export const FrameTotals = z
  .object({
    frame: kr('Rammen i fullmakten som gjelder'),
    committed: kr('Holdt av til videreførte tiltak som ennå ikke er vurdert eller avgjort (§ 5)'),
    proposed: kr('Foreslått i vurderinger og forslag som ikke er avgjort'),
    granted: kr('Innvilget'),
    remaining: kr('Rammen minus forpliktet, foreslått og innvilget; negativ når forslagene ikke får plass'),
  })
  .meta({ id: 'FrameTotals', title: 'Bruk av rammen' });

export const CommitmentUse = z
  .object({
    caseNumber: z.string().meta({ description: 'Fjorårets sak som bærer forventningen' }),
    applicationId: z.string(),
    measureName: z.string(),
    year: z.int(),
    measureYear: z.int().meta({ description: 'Hvilket år av tiltaket (2 eller 3)' }),
    from: z.iso.date(),
    to: z.iso.date(),
    months: z.int(),
    amount: kr('Forventet tilskudd for året'),
    basis: z.enum(['stated', 'assumed']).meta({
      description: '«stated» beløpet står i vedtaket; «assumed» fjorårets tilskudd for årets måneder',
    }),
    sources: z.array(z.string()).meta({ description: 'Dokumentene beløpet er lest fra' }),
    status: z.enum(['held', 'proposed', 'granted', 'released']).meta({
      description:
        '«held» holdt av til videreføringen er vurdert; «proposed»/«granted» videreføringen er vurdert/innvilget og teller der; «released» avslått eller trukket',
    }),
    continuedBy: z.string().optional().meta({ description: 'Videreføringens søknads-id, når den er søkt' }),
  })
  .meta({ id: 'CommitmentUse', title: 'Forpliktelse mot rammen' });

export const RoundCaseRow = z
  .object({
    id: Id,
    caseNumber: z.string(),
    state: CaseState,
    rank: z
      .int()
      .min(1)
      .optional()
      .meta({ description: '1 for den best vurderte; uten når saken ikke er vurdert' }),
    applicationId: z.string(),
    measureName: z.string(),
    applicant: z.string(),
    kind: z.enum(['new', 'continuation']),
    requested: kr('Søkt tilskudd'),
    score: z.int().optional().meta({ description: 'Sum poeng på tildelingskriteriene (§ 5)' }),
    specialPriorities: z.int().meta({ description: 'Hvor mange av utlysningens særlig prioriterte områder' }),
    excluded: z.boolean().meta({ description: 'Vurderingen finner at et unntak gjelder' }),
    stage: RoundStage,
    amount: kr('Det saken tar av rammen på sitt trinn: forslaget eller tilskuddet'),
  })
  .meta({ id: 'RoundCase', title: 'Sak i tildelingsrunden' });

export const RoundBoard = z
  .object({
    callId: z.string(),
    authority: Authority,
    frame: FrameRecord.nullable().meta({ description: 'Fullmakten som gjelder; null når ingen er gitt' }),
    totals: FrameTotals.nullable().meta({ description: 'null uten fullmakt' }),
    commitments: z.array(CommitmentUse),
    caseCount: z.int().meta({ description: 'Alle innsendte saker i runden, uansett filter' }),
    cases: z.array(RoundCaseRow).meta({ description: 'Sakene som passer filteret, rangert etter poeng' }),
  })
  .meta({ id: 'RoundBoard', title: 'Tildelingsrunden' });

/** The directorate's view of every holder's frame under a call (issue 17 item 6): one line per holder. */
export const HolderFrameUse = z
  .object({
    authority: Authority,
    frame: z
      .object({
        id: z.string(),
        version: z.int().min(1),
        amount: kr('Rammen i fullmakten som gjelder'),
        chapter: z.string().meta({ description: 'Statsbudsjettets kapittel, for eksempel 0621' }),
        post: z.string().meta({ description: 'Posten under kapitlet, for eksempel 63' }),
        issuedOn: z.iso.date().meta({ description: 'Datoen denne versjonen ble gitt' }),
      })
      .nullable()
      .meta({ description: 'Fullmakten som gjelder, i korte trekk; null når ingen er gitt ennå' }),
    totals: FrameTotals.nullable().meta({ description: 'null uten fullmakt' }),
    caseCount: z.int().meta({ description: 'Innsendte saker i embetets runde' }),
  })
  .meta({ id: 'HolderFrameUse', title: 'Ett embetes bruk av rammen' });

export const FrameUseOverview = z
  .object({
    callId: z.string(),
    holders: z.array(HolderFrameUse).meta({
      description:
        'Statsforvalterne i navnerekkefølge, så direktoratet når utlysningen har nasjonale forsøk; også de uten fullmakt',
    }),
  })
  .meta({ id: 'FrameUseOverview', title: 'Rammene i landet' });
