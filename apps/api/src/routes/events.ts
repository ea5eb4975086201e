import { caseScopeOf } from '../auth/access.js';
import type { Principal } from '../auth/principal.js';
import { readEvents } from '../events/feed.js';
import type { AppContext } from '../http/context.js';
import { handlers } from '../http/operations.js';
import { conflict, invalidDocument, notFound } from '../http/problems.js';
import { listNotices } from '../notices/notices.js';
import { iso } from '../repository/rows.js';
import {
  createSubscription,
  deleteSubscription,
  findSubscription,
  listDeliveries,
  listSubscriptions,
  requestRedelivery,
  type SubscriptionRow,
} from '../webhooks/subscriptions.js';

const subscriptionView = ({ id, url, types, status, deliveredThrough, createdAt }: SubscriptionRow) => ({
  id,
  url,
  types,
  status,
  deliveredThrough,
  createdAt: iso(createdAt),
});

export interface EventRouteOptions {
  /** Webhook URLs must be https: (production). */
  webhookHttpsOnly: boolean;
}

/**
 * The case events: the feed, and webhook subscriptions, each seen and managed only by the one who made it.
 * Subscription times are this machine's (delivery's leases and backoff run on it), not the case clock.
 */
export function eventHandlers(ctx: AppContext, options: EventRouteOptions) {
  const ownSubscription = async (p: Principal, id: string) => {
    const found = await findSubscription(ctx.db, id);
    if (!found || found.owner.sub !== p.sub) throw notFound();
    return found;
  };

  return handlers({
    listEvents: async ({ principal, query: { after = '0', limit = 100 } }) => ({
      status: 200,
      body: await readEvents(ctx.db, caseScopeOf(principal), BigInt(after), limit),
    }),

    createWebhookSubscription: async ({ principal, body }) => {
      const input = body();
      if (options.webhookHttpsOnly && !input.url.startsWith('https:'))
        throw invalidDocument([
          {
            code: 'WEBHOOK_URL_NOT_HTTPS',
            path: '/url',
            message: 'Adressen: må begynne med https://',
            messageNn: 'Adressa: må byrje med https://',
          },
        ]);
      const created = await createSubscription(ctx.db, principal, input, new Date());
      return { status: 201, body: { ...subscriptionView(created), secret: created.secret } };
    },

    listWebhookSubscriptions: async ({ principal }) => ({
      status: 200,
      body: { items: (await listSubscriptions(ctx.db, principal.sub)).map(subscriptionView) },
    }),

    getWebhookSubscription: async ({ principal, params }) => ({
      status: 200,
      body: subscriptionView(await ownSubscription(principal, params.subscriptionId)),
    }),

    deleteWebhookSubscription: async ({ principal, params }) => {
      const found = await ownSubscription(principal, params.subscriptionId);
      await deleteSubscription(ctx.db, found.id);
      return { status: 200, body: subscriptionView(found) };
    },

    listWebhookDeliveries: async ({ principal, params, query: { limit = 100 } }) => {
      const found = await ownSubscription(principal, params.subscriptionId);
      return { status: 200, body: { items: await listDeliveries(ctx.db, found.id, limit) } };
    },

    redeliverWebhookEvent: async ({ principal, params }) => {
      const found = await ownSubscription(principal, params.subscriptionId);
      const asked = await requestRedelivery(ctx.db, found.id, params.eventId, new Date());
      if (asked === 'missing') throw notFound();
      if (asked === 'busy')
        throw conflict(
          'DELIVERY_IN_PROGRESS',
          'Hendelsen blir fortsatt forsøkt levert, eller er alt bestilt på nytt.',
        );
      return { status: 202, body: asked };
    },

    // Registered only outside production: the notices' outbox, with addresses, is for development eyes only.
    listDevMail: async () => ({ status: 200, body: { items: await listNotices(ctx.db, 200) } }),
  });
}
