import { z } from 'zod';
import { CaseState, Id, Instant } from './common.js';

/**
 * The case events (CloudEvents 1.0), as the feed gives them and webhooks post them; webhook subscriptions and
 * their delivery log.
 */

/**
 * The CloudEvents `type` of each audited action. Reverse-DNS prefixed as CloudEvents recommends, and made of
 * `[a-z0-9_]` identifiers between full stops as Standard Webhooks recommends for event types.
 */
export const EVENT_TYPES = {
  create: 'no.sosialtilskudd.application.created',
  'signing-requested': 'no.sosialtilskudd.application.signing_requested',
  signed: 'no.sosialtilskudd.application.signed',
  'signing-cancelled': 'no.sosialtilskudd.application.signing_cancelled',
  submit: 'no.sosialtilskudd.application.submitted',
  correction: 'no.sosialtilskudd.application.corrected',
  withdraw: 'no.sosialtilskudd.application.withdrawn',
  assign: 'no.sosialtilskudd.case.assigned',
  grant: 'no.sosialtilskudd.case.granted',
  reject: 'no.sosialtilskudd.case.rejected',
  letter: 'no.sosialtilskudd.letter.issued',
  accept: 'no.sosialtilskudd.acceptance.received',
  pay: 'no.sosialtilskudd.payment.registered',
  report: 'no.sosialtilskudd.status_report.received',
  reportFinal: 'no.sosialtilskudd.final_report.received',
  'transfer-request': 'no.sosialtilskudd.transfer.requested',
  'transfer-decision': 'no.sosialtilskudd.transfer.decided',
  claimRepayment: 'no.sosialtilskudd.repayment.claimed',
  lapse: 'no.sosialtilskudd.case.lapsed',
  close: 'no.sosialtilskudd.case.closed',
  message: 'no.sosialtilskudd.message.sent',
  assess: 'no.sosialtilskudd.assessment.recorded',
  propose: 'no.sosialtilskudd.proposal.made',
  approve: 'no.sosialtilskudd.proposal.approved',
  'return-proposal': 'no.sosialtilskudd.proposal.returned',
} as const;

/** An action added later without a type of its own is still an event: `case.changed`, with its action in data. */
export const OTHER_CHANGE = 'no.sosialtilskudd.case.changed';

export const EventType = z
  .enum([...Object.values(EVENT_TYPES), OTHER_CHANGE])
  .meta({ id: 'EventType', title: 'Hendelsestype' });

/** A feed position: a whole number as text, the same for every reader. */
export const FeedCursor = z
  .string()
  .regex(/^\d{1,18}$/)
  .max(18)
  .meta({ description: 'Posisjon i hendelsesstrømmen; 0 er før den første hendelsen' });

export const EventParty = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('nav-office'), name: z.string(), organisationNumber: z.string() }),
    z.object({ kind: z.literal('county-office'), countyOfficeId: z.string(), name: z.string() }),
    z.object({ kind: z.literal('directorate'), name: z.string() }),
  ])
  .meta({ id: 'EventParty', title: 'Avsender eller mottaker' });

export const EventJournal = z
  .object({
    title: z.string(),
    date: z.iso.date().meta({ description: 'Dokumentdato (Oslo)' }),
    direction: z
      .enum(['incoming', 'outgoing'])
      .meta({ description: 'Inngående eller utgående for statsforvalteren' }),
    sender: EventParty,
    recipient: EventParty,
    documentHref: z.string().meta({ description: 'Hvor en med tilgang henter dokumentet i API-et' }),
    attachments: z
      .array(
        z.object({
          id: z.string(),
          fileName: z.string(),
          mediaType: z.string(),
          size: z.int(),
          sha256: z.string(),
          href: z.string().meta({ description: 'Hvor en med tilgang henter filen i API-et' }),
        }),
      )
      .optional()
      .meta({
        description:
          'Filene dokumentet ble sendt med (en melding i saken), som egne dokumenter i journalposten',
      }),
  })
  .meta({ id: 'EventJournal', title: 'Det et arkiv trenger for å journalføre dokumentet' });

export const EventData = z
  .object({
    applicationId: Id,
    caseNumber: z.string().nullable(),
    callId: z.string(),
    organisationNumber: z.string(),
    applicantName: z.string(),
    measureName: z.string(),
    authority: EventParty,
    action: z.string().meta({ description: 'Handlingen i revisjonsloggen' }),
    fromState: CaseState.nullable(),
    toState: CaseState.nullable(),
    actorRole: z.string(),
    document: z.object({ id: z.string(), documentType: z.string(), href: z.string() }).optional(),
    journal: EventJournal.optional(),
  })
  .meta({ id: 'EventData' });

export const CloudEvent = z
  .object({
    specversion: z.literal('1.0'),
    id: Id.meta({ description: 'Hendelsens id; samme som webhook-id ved levering' }),
    source: z.string().meta({ description: 'Saken: /v1/applications/{applicationId}' }),
    // Text, not the enum: a type added later must not break a reader (skip types you do not know).
    type: z.string().meta({
      description: `Hendelsestypen, for eksempel ${EVENT_TYPES.letter}. Nye typer kan komme: hopp over typer du ikke kjenner.`,
    }),
    subject: z.string().optional().meta({ description: 'Saksnummeret, når saken har fått ett' }),
    time: Instant,
    datacontenttype: z.literal('application/json'),
    sequence: z.string().meta({
      description: 'Hendelsens nummer i saken (CloudEvents Sequence), ti sifre: ordner sakens hendelser',
    }),
    data: EventData,
  })
  .meta({ id: 'CloudEvent', title: 'Hendelse i en sak (CloudEvents 1.0)' });

export const EventPage = z
  .object({
    items: z.array(z.object({ cursor: FeedCursor, event: CloudEvent })),
    nextCursor: FeedCursor.meta({
      description: 'Send som after neste gang; samme som after når det ikke var noe nytt',
    }),
  })
  .meta({ id: 'EventPage' });

export const NewWebhookSubscription = z
  .object({
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .meta({
        description: 'Mottakerens adresse; https i produksjon',
      }),
    types: z
      .array(EventType)
      .min(1)
      .max(50)
      .optional()
      .meta({ description: 'Bare disse hendelsestypene; uten types alle' }),
    after: FeedCursor.optional().meta({
      description: 'Lever fra denne posisjonen i strømmen (for å ta igjen); uten after fra nå',
    }),
  })
  .meta({ id: 'NewWebhookSubscription' });

export const WebhookSubscription = z
  .object({
    id: Id,
    url: z.string(),
    types: z.array(z.string()).nullable(),
    status: z.enum(['active', 'disabled']).meta({
      description: 'disabled når mottakeren svarte 410 Gone',
    }),
    deliveredThrough: FeedCursor.meta({ description: 'Alt til og med denne posisjonen er levert eller død' }),
    createdAt: Instant,
  })
  .meta({ id: 'WebhookSubscription', title: 'Webhook-abonnement' });

export const CreatedWebhookSubscription = WebhookSubscription.extend({
  secret: z.string().meta({
    description: 'Nøkkelen signaturene lages med (Standard Webhooks, whsec_…). Vises bare nå.',
  }),
}).meta({ id: 'CreatedWebhookSubscription' });

export const WebhookSubscriptionList = z
  .object({ items: z.array(WebhookSubscription) })
  .meta({ id: 'WebhookSubscriptionList' });

export const WebhookDelivery = z
  .object({
    eventId: Id,
    cursor: FeedCursor,
    status: z.enum(['delivered', 'retrying', 'dead', 'redeliver']).meta({
      description:
        'delivered: mottatt (2xx); retrying: prøves igjen; dead: ga opp etter siste forsøk; redeliver: bestilt på nytt',
    }),
    attempts: z.int().min(0),
    lastAttemptAt: Instant.nullable(),
    lastStatus: z
      .int()
      .nullable()
      .meta({ description: 'HTTP-status fra siste forsøk; null når det ikke kom svar' }),
    lastError: z.string().nullable(),
  })
  .meta({ id: 'WebhookDelivery', title: 'Levering av én hendelse' });

export const WebhookDeliveryList = z
  .object({ items: z.array(WebhookDelivery) })
  .meta({ id: 'WebhookDeliveryList' });

/** The headers of every webhook request (Standard Webhooks), each as long as the server ever makes it. */
export const WebhookHeaders = z.object({
  'webhook-id': Id.max(36).meta({
    description: 'Hendelsens id; samme ved hvert forsøk, så mottakeren kan se gjentak',
  }),
  'webhook-timestamp': z
    .string()
    .regex(/^\d{1,12}$/)
    .max(12)
    .meta({ description: 'Sekunder siden 1970 da forsøket ble sendt' }),
  // One v1 signature: «v1,» and 44 base64 characters (32 bytes).
  'webhook-signature': z.string().max(47).meta({
    description: 'v1,<base64 HMAC-SHA256 over «webhook-id.webhook-timestamp.body» med nøkkelen>',
  }),
});

/** A notice as the development outbox shows it. */
export const DevMail = z
  .object({
    kind: z.string(),
    recipient: z.string(),
    language: z.enum(['nb', 'nn']),
    subject: z.string(),
    body: z.string(),
    status: z.enum(['pending', 'sent', 'kept', 'failed']).meta({
      description: 'kept: ingen SMTP_URL, e-posten ble bare lagt her',
    }),
    createdAt: Instant,
    sentAt: Instant.nullable(),
  })
  .meta({ id: 'DevMail', title: 'Varsel i utviklingspostkassen' });
