import { z } from 'zod';
import {
  CreatedWebhookSubscription,
  DevMail,
  EventPage,
  FeedCursor,
  NewWebhookSubscription,
  WebhookDelivery,
  WebhookDeliveryList,
  WebhookSubscription,
  WebhookSubscriptionList,
} from '../events.js';
import { operation } from '../operation.js';
import { idParam, READ } from './parameters.js';

const subscriptionPath = z.object({ subscriptionId: idParam });
const SCOPE =
  'Nav-kontoret får sine egne saker, statsforvalteren innsendte saker til eget embete, direktoratet alle innsendte; et utkast blir hos Nav-kontoret.';

/** The case events: the pull feed, webhook subscriptions, and outside production the notices' outbox. */
export const EVENT_OPERATIONS = {
  listEvents: operation({
    method: 'get',
    path: '/v1/events',
    tag: 'Hendelser',
    summary: 'Hendelsesstrømmen: alle endringer brukeren kan se, eldste først',
    description:
      `Hver endring av en sak (tilstand, vedtak, brev, utbetaling, rapport) er en hendelse (CloudEvents 1.0), lagret i samme transaksjon som endringen. ${SCOPE} ` +
      'Hent med after = forrige sides nextCursor: posisjonene er uten hull og gis først når hendelsen er lagret, så et system som var nede tar igjen alt, uten hull og uten dobbelt.',
    security: 'bearer',
    query: z.object({
      after: FeedCursor.optional().meta({
        description: 'nextCursor fra forrige side; uten after fra begynnelsen',
      }),
      limit: z.coerce.number().int().min(1).max(1000).optional().meta({ description: 'Standard 100' }),
    }),
    responses: { 200: { description: 'Én side', content: EventPage } },
    problems: [400, 401],
  }),
  createWebhookSubscription: operation({
    method: 'post',
    path: '/v1/webhook-subscriptions',
    tag: 'Hendelser',
    summary: 'Abonner på hendelsene med webhook',
    description:
      `Hendelsene brukeren kan se sendes som POST til url, i strømmens rekkefølge, signert etter Standard Webhooks med nøkkelen i svaret. ${SCOPE} ` +
      'Et svar utenom 2xx prøves igjen med økende ventetid; etter siste forsøk er hendelsen død og neste sendes. 410 Gone slår abonnementet av.',
    security: 'bearer',
    body: NewWebhookSubscription,
    responses: { 201: { description: 'Abonnementet, med nøkkelen', content: CreatedWebhookSubscription } },
    problems: [400, 401, 413, 415, 422],
  }),
  listWebhookSubscriptions: operation({
    method: 'get',
    path: '/v1/webhook-subscriptions',
    tag: 'Hendelser',
    summary: 'Brukerens webhook-abonnementer',
    security: 'bearer',
    responses: { 200: { description: 'Abonnementene', content: WebhookSubscriptionList } },
    problems: [401],
  }),
  getWebhookSubscription: operation({
    method: 'get',
    path: '/v1/webhook-subscriptions/{subscriptionId}',
    tag: 'Hendelser',
    summary: 'Ett webhook-abonnement',
    security: 'bearer',
    params: subscriptionPath,
    responses: { 200: { description: 'Abonnementet', content: WebhookSubscription } },
    problems: READ,
  }),
  deleteWebhookSubscription: operation({
    method: 'delete',
    path: '/v1/webhook-subscriptions/{subscriptionId}',
    tag: 'Hendelser',
    summary: 'Avslutt et webhook-abonnement',
    security: 'bearer',
    params: subscriptionPath,
    responses: { 200: { description: 'Abonnementet som ble avsluttet', content: WebhookSubscription } },
    problems: READ,
  }),
  listWebhookDeliveries: operation({
    method: 'get',
    path: '/v1/webhook-subscriptions/{subscriptionId}/deliveries',
    tag: 'Hendelser',
    summary: 'Leveringsloggen: levert, prøves igjen, død',
    description: 'Nyeste først.',
    security: 'bearer',
    params: subscriptionPath,
    query: z.object({
      limit: z.coerce.number().int().min(1).max(1000).optional().meta({ description: 'Standard 100' }),
    }),
    responses: { 200: { description: 'Leveringene', content: WebhookDeliveryList } },
    problems: READ,
  }),
  redeliverWebhookEvent: operation({
    method: 'post',
    path: '/v1/webhook-subscriptions/{subscriptionId}/deliveries/{eventId}/redelivery',
    tag: 'Hendelser',
    summary: 'Send en hendelse på nytt',
    description:
      'En død hendelse, eller en mottakeren mistet: den sendes før neste nye hendelse, med samme webhook-id.',
    security: 'bearer',
    params: z.object({ subscriptionId: idParam, eventId: idParam }),
    responses: { 202: { description: 'Bestilt', content: WebhookDelivery } },
    problems: [400, 401, 404, 409],
  }),
  listDevMail: operation({
    method: 'get',
    path: '/dev/mail',
    tag: 'Utvikling',
    summary: 'Varslene tjeneren har laget (ikke i produksjon)',
    description:
      'Uten SMTP_URL sendes ingen e-post: varslene blir liggende her, og portalen viser dem på /dev/mail.',
    security: 'none',
    developmentOnly: true,
    responses: { 200: { description: 'De nyeste varslene', content: z.object({ items: z.array(DevMail) }) } },
    problems: [404],
  }),
};
