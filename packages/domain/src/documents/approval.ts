import { z } from 'zod';
import { caseNumber, isoDateTime, nok, shortText, slug, text } from '../primitives.js';
import { Authority, header } from './common.js';

/** The county office's roles: one proposes, a second with the approver role approves (totrinnskontroll). */
export const AUTHORITY_ROLES = ['county-caseworker', 'county-approver', 'directorate'] as const;
export type AuthorityRole = (typeof AUTHORITY_ROLES)[number];

/** What an approver may send back, with a comment saying what to change. */
export const RETURN_REASONS = {
  'feil-belop': 'Beløpet er feil eller ikke godt nok begrunnet',
  'mangelfull-vurdering': 'Vurderingen mot tildelingskriteriene er mangelfull (§ 5)',
  'utenfor-rammen': 'Tilskuddet går ut over rammen eller foran bedre prioriterte søknader',
  'feil-vilkar': 'Vilkårene er feil eller mangler',
  'feil-mottaker': 'Mottaker, kontonummer eller sak stemmer ikke',
  'mangler-grunnlag': 'Grunnlaget mangler, for eksempel bekreftelse eller rapport (§ 8, § 10, § 11)',
  annet: 'Annen grunn',
} as const;
export type ReturnReason = keyof typeof RETURN_REASONS;
export const RETURN_REASON_IDS = Object.keys(RETURN_REASONS) as [ReturnReason, ...ReturnReason[]];

/** The acts that need a second person: a decision on an application and a payment (§ 8, § 10). */
export const APPROVAL_SUBJECTS = ['case-decision', 'payment'] as const;
export type ApprovalSubject = (typeof APPROVAL_SUBJECTS)[number];

const Actor = z
  .object({
    id: shortText({ title: 'Bruker-id', description: 'Brukerens id fra innloggingen' }),
    name: shortText({ title: 'Navn', description: 'Fullt navn' }),
    role: z.enum(AUTHORITY_ROLES).meta({
      title: 'Rolle',
      description: 'Saksbehandler eller godkjenner hos statsforvalteren, eller direktoratet',
    }),
    authority: Authority.meta({
      title: 'Handler for',
      description: 'Statsforvalteren eller direktoratet brukeren handler for',
    }),
  })
  .strict()
  .meta({ id: 'ApprovalActor', title: 'Person', description: 'Hvem som handlet, med rolle og myndighet' });
export type Actor = z.infer<typeof Actor>;

const at = (description: string) => isoDateTime({ title: 'Tidspunkt', description });

/**
 * Totrinnskontroll: a decision or a payment proposed by one person and approved, or returned with a coded
 * reason and a comment, by a second with the approver role. The proposed document is immutable; after a return
 * the caseworker makes a new proposal (a new approval document).
 */
export const Approval = z
  .object({
    ...header('approval'),
    id: slug({
      title: 'Forslagets id',
      description: 'Unik id for forslaget: små bokstaver a–z, sifre og bindestrek',
    }),
    subject: z
      .object({
        documentType: z.enum(APPROVAL_SUBJECTS).meta({
          title: 'Gjelder',
          description: '«case-decision» for en beslutning i sak, «payment» for en utbetaling',
        }),
        documentId: slug({
          title: 'Dokumentets id',
          description: 'Id-en til beslutningen eller utbetalingen',
        }),
        caseNumber: caseNumber(),
        amount: nok({
          title: 'Beløp (kr)',
          description: 'Tilskuddet eller utbetalingen forslaget gjelder; 0 for avslag',
        }),
      })
      .strict()
      .meta({
        title: 'Forslaget gjelder',
        description: 'Beslutningen eller utbetalingen som skal godkjennes',
      }),
    proposedBy: Actor.meta({ title: 'Foreslått av', description: 'Saksbehandleren som la fram forslaget' }),
    proposedAt: at('Når forslaget ble lagt fram'),
    resolution: z
      .discriminatedUnion('result', [
        z
          .object({
            result: z.literal('approved').meta({ title: 'Resultat', description: '«approved»: godkjent' }),
            by: Actor.meta({
              title: 'Godkjent av',
              description: 'En annen enn forslagsstilleren, med godkjennerrollen',
            }),
            at: at('Når forslaget ble godkjent'),
          })
          .strict()
          .meta({ title: 'Godkjent' }),
        z
          .object({
            result: z
              .literal('returned')
              .meta({ title: 'Resultat', description: '«returned»: sendt tilbake til saksbehandleren' }),
            by: Actor.meta({
              title: 'Sendt tilbake av',
              description: 'Godkjenneren som sendte forslaget tilbake',
            }),
            at: at('Når forslaget ble sendt tilbake'),
            reason: z
              .enum(RETURN_REASON_IDS)
              .meta({ title: 'Årsak', description: 'Hvorfor forslaget sendes tilbake' }),
            comment: text(
              { title: 'Kommentar', description: 'Hva saksbehandleren skal se på eller endre' },
              2000,
            ),
          })
          .strict()
          .meta({ title: 'Sendt tilbake' }),
      ])
      .optional()
      .meta({ title: 'Avgjørelse', description: 'Mangler så lenge forslaget venter på godkjenning' }),
  })
  .strict()
  .meta({
    title: 'Forslag til godkjenning',
    description:
      'Totrinnskontroll: en beslutning eller utbetaling foreslått av én person og godkjent eller sendt tilbake av en annen med godkjennerrollen.',
  });
export type Approval = z.infer<typeof Approval>;

export type ApprovalState = 'proposed' | 'approved' | 'returned';

/** Waiting for a second person, approved, or returned to the caseworker. */
export const approvalState = (a: Approval): ApprovalState => a.resolution?.result ?? 'proposed';

/** The role that may approve or return a proposal held by `authority`. */
export const approverRole = (authority: Authority): Exclude<AuthorityRole, 'county-caseworker'> =>
  authority.kind === 'county-office' ? 'county-approver' : 'directorate';
