import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_NAV_OFFICES } from '../src/demo/people.js';
import { walkCase } from '../src/demo/walk.js';
import { type EventWorker, startEventWorker } from '../src/events/worker.js';
import { listNotices } from '../src/notices/notices.js';
import { type SendMail, smtpSender } from '../src/notices/sender.js';
import { noticeWork } from '../src/notices/work.js';
import { callOf, startTestApi, type TestApi, walkersFor } from './harness.js';

interface Arrived {
  to: string;
  subject: string;
  text: string;
  messageId: string;
}

let api: TestApi;
let smtp: SMTPServer;
const arrived: Arrived[] = [];
let workers: EventWorker[] = [];

/** A real SMTP server on loopback: what it accepts is what a mail server would have received. */
async function startSmtp(): Promise<number> {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        arrived.push({
          to: String((Array.isArray(mail.to) ? mail.to[0] : mail.to)?.text),
          subject: mail.subject ?? '',
          text: mail.text ?? '',
          messageId: mail.messageId ?? '',
        });
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  return (smtp.server.address() as { port: number }).port;
}

let smtpUrl = '';
const PORTAL = 'https://portal.example.no';
/** A worker as each API process runs one; several on one database stand for several processes. */
const noticeWorker = (on: TestApi, send: SendMail | undefined) =>
  startEventWorker(on.db, {
    pollMs: 60_000,
    delivery: { leaseMs: 5000, timeoutMs: 1000, retryDelaysMs: [] },
    also: [
      noticeWork(on.db, {
        portalUrl: PORTAL,
        send,
        now: on.now,
        reminderEveryMs: 0,
        leaseMs: 5000,
        retryDelaysMs: [0],
      }),
    ],
    onError: (e) => {
      throw e;
    },
  });
const newWorker = () => noticeWorker(api, smtpSender(smtpUrl, 'Tilskudd <ikke-svar@example.no>'));

/** A round on every worker at once, twice over. */
const rounds = async () => {
  for (let i = 0; i < 2; i++) await Promise.all(workers.map((w) => w.runOnce()));
};

beforeAll(async () => {
  smtpUrl = `smtp://127.0.0.1:${await startSmtp()}`;
  api = await startTestApi({ portalUrl: PORTAL });
  workers = [newWorker(), newWorker()];
});
afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop()));
  await api.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});
afterEach(() => expect(api.violations).toEqual([]));

/** A case of Nav Gjøvik (bokmål) or Nav Midt-Telemark (nynorsk). */
async function walk(stop: Parameters<typeof walkCase>[2], office: 0 | 2, name: string) {
  const o = DEMO_NAV_OFFICES[office];
  if (!o) throw new Error('office');
  return walkCase(
    await walkersFor(api, office === 0 ? 'gjovik' : 'midt-telemark'),
    {
      call: callOf('utvikling-sosiale-tjenester-2025'),
      office: o.office,
      countyOfficeId: o.countyOfficeId,
      applicationId: `soknad-${name.toLowerCase().replaceAll(' ', '-')}`,
      measureName: name,
    },
    stop,
  );
}

const subjects = () => arrived.map((m) => m.subject).sort();

describe(`notices by e-mail through a real SMTP server (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('sends the decision notice once, in the office’s written standard, with a link and nothing personal', async () => {
    const granted = await walk('paid', 0, 'Familieteam');
    await rounds();
    const decision = arrived.filter((m) => m.subject.startsWith('Søknaden om tilskudd er avgjort'));
    expect(decision).toHaveLength(1);
    expect(decision[0]).toMatchObject({
      to: 'kari.nordmann@nav.no',
      subject: `Søknaden om tilskudd er avgjort (sak ${granted.caseNumber})`,
    });
    const text = decision[0]?.text ?? '';
    expect(text).toContain(
      `Statsforvalteren i Innlandet har avgjort søknaden fra Nav Gjøvik om tilskudd til «Familieteam»`,
    );
    expect(text).toContain(`https://portal.example.no/kontor/sak/${granted.id}`);
    // Nobody's name, phone or account: only offices, the measure, the case number and the link.
    for (const personal of ['Kari', 'Nordmann', 'Per Olsen', granted.document.applicant.contactPerson.phone])
      expect(text).not.toContain(personal);
    expect(decision[0]?.messageId).toMatch(/@sosialtilskudd\.no>?$/);
  });

  it('reminds before the application deadline (first, then a repeat), in nynorsk for an office that writes it', async () => {
    arrived.length = 0;
    await walk('draft', 2, 'Bu trygt');
    api.setClock('2025-01-20T09:00:00+01:00');
    await rounds();
    api.setClock('2025-01-30T09:00:00+01:00');
    await rounds();
    api.setClock('2025-02-02T09:00:00+01:00');
    await rounds();
    expect(subjects()).toEqual([
      'Påminning: søknadsfristen er 1. februar 2025',
      'Siste påminning: søknadsfristen er 1. februar 2025',
    ]);
    expect(arrived.every((m) => m.to === 'sigrid.undset@nav.no')).toBe(true);
    expect(arrived[0]?.text).toContain('som ikkje er sendt inn');
    expect(arrived[0]?.text).toContain('Denne e-posten er send automatisk');
  });

  it('reminds before the reporting deadline and tells once when it has passed; across restarts, once', async () => {
    arrived.length = 0;
    api.setClock('2026-01-10T09:00:00+01:00');
    await rounds();
    // A restart: new workers, as new processes would be; nothing already sent goes out again.
    await Promise.all(workers.map((w) => w.stop()));
    workers = [newWorker(), newWorker()];
    await rounds();
    api.setClock('2026-01-28T09:00:00+01:00');
    await rounds();
    api.setClock('2026-02-02T09:00:00+01:00');
    await rounds();
    api.setClock('2026-02-20T09:00:00+01:00');
    await rounds();
    const caseNumbers = new Set(arrived.map((m) => /sak (\d{4}\/\d+)/.exec(m.subject)?.[1]));
    expect(caseNumbers.size).toBe(1);
    const [n] = [...caseNumbers];
    expect(subjects()).toEqual(
      [
        `Påminnelse: statusrapporten (sak ${n}) skal inn innen 1. februar 2026`,
        `Siste påminnelse: statusrapporten (sak ${n}) skal inn innen 1. februar 2026`,
        `Statusrapporten (sak ${n}) er ikke kommet inn`,
      ].sort(),
    );
    const outbox = await listNotices(api.db, 100);
    expect(outbox.every((m) => m.status === 'sent')).toBe(true);
    expect(outbox).toHaveLength(6);
  });

  it('tells the office once of a message from the county office, and not of its own (staff or head)', async () => {
    arrived.length = 0;
    const c = await walk('submitted', 0, 'Meldingsvarsel');
    const path = { params: { path: { applicationId: c.id } } };
    await (await api.client('sf-innlandet')).POST('/v1/applications/{applicationId}/messages', {
      ...path,
      body: { body: 'Kan dere sende budsjettet for år to?' },
    });
    for (const user of ['nav-gjovik', 'nav-gjovik-leder'] as const)
      await (await api.client(user)).POST('/v1/applications/{applicationId}/messages', {
        ...path,
        body: { body: 'Ja.' },
      });
    await rounds();
    expect(subjects()).toEqual([`Ny melding i saken (sak ${c.caseNumber})`]);
    expect(arrived[0]?.text).toContain('Statsforvalteren i Innlandet har skrevet en melding i saken');
    // The message itself stays in the portal: a mail may be read by others than the case's people.
    expect(arrived[0]?.text).not.toContain('budsjettet');
  });
});

describe(`sign-off request notices (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  const HEAD = 'leiar@midt-telemark.kommune.no';
  const EXECUTIVE = 'kommunedirektor@midt-telemark.kommune.no';
  type Notify = { role: 'nav-office-head' | 'municipal-executive'; email: string }[];

  it('asks each signer named once per round, in the office’s written standard, with a link and nothing personal', async () => {
    arrived.length = 0;
    const draft = await walk('draft', 2, 'Signeringsvarsel');
    // After the call's deadline, so no deadline reminder joins the mail read here.
    api.setClock('2025-02-05T09:00:00+01:00');
    const office = await api.client('nav-midt-telemark');
    const request = (etag: string, notify?: Notify) =>
      office.raw.POST('/v1/applications/{applicationId}/signing', {
        params: { path: { applicationId: draft.id }, header: { 'If-Match': etag } },
        ...(notify ? { body: { notify } } : {}),
      });

    const twice = await request(draft.etag, [
      { role: 'nav-office-head', email: HEAD },
      { role: 'nav-office-head', email: EXECUTIVE },
    ]);
    expect(twice.response.status).toBe(422);
    expect(twice.error).toMatchObject({
      code: 'SIGNING_NOTICE_ROLE_TWICE',
      issues: [
        {
          path: '/notify/1/role',
          message: 'Varsel om signering: hver rolle får varsel på én adresse',
          messageNn: 'Varsel om signering: kvar rolle får varsel på éi adresse',
        },
      ],
    });
    const wrong = await request(draft.etag, [{ role: 'municipal-executive', email: 'kommunedirektøren' }]);
    expect(wrong.response.status).toBe(422);
    expect(wrong.error).toMatchObject({ issues: [{ path: '/notify/0/email' }] });
    // Exactly at the limit: the longest address the domain takes (254 characters) is taken.
    const longest = `${'k'.repeat(64)}@${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(58)}.no`;
    expect(longest).toHaveLength(254);
    const tooLong = await request(draft.etag, [{ role: 'municipal-executive', email: `k${longest}` }]);
    expect(tooLong.error).toMatchObject({ issues: [{ path: '/notify/0/email' }] });

    const requested = await request(draft.etag, [
      { role: 'nav-office-head', email: HEAD },
      { role: 'municipal-executive', email: EXECUTIVE },
    ]);
    expect(requested.response.status).toBe(200);
    expect(
      (await request(requested.data?.etag ?? '', [{ role: 'nav-office-head', email: HEAD }])).response.status,
    ).toBe(409);
    await rounds();
    // A restart: new workers, as new processes would be; nothing already sent goes out again.
    await Promise.all(workers.map((w) => w.stop()));
    workers = [newWorker(), newWorker()];
    await rounds();
    expect(arrived.map((m) => m.to).sort()).toEqual([HEAD, EXECUTIVE].sort());
    for (const mail of arrived) {
      expect(mail.subject).toBe('Søknaden om tilskot til «Signeringsvarsel» ventar på signaturen din');
      expect(mail.text).toContain(
        'Nav Midt-Telemark har sendt søknaden om tilskot til «Signeringsvarsel» til signering.',
      );
      expect(mail.text).toContain('Søknadsfristen er 1. februar 2025.');
      expect(mail.text).toContain(`${PORTAL}/kontor/sak/${draft.id}`);
      for (const personal of [
        'Sigrid',
        'Undset',
        draft.document.applicant.contactPerson.phone,
        HEAD === mail.to ? longest : HEAD,
      ])
        expect(mail.text).not.toContain(personal);
    }

    // Opened for changes and sent again: a new round, which notifies again.
    const reopened = await office.DELETE('/v1/applications/{applicationId}/signing', {
      params: { path: { applicationId: draft.id } },
    });
    expect((await request(reopened.etag, [{ role: 'nav-office-head', email: HEAD }])).response.status).toBe(
      200,
    );
    await rounds();
    expect(arrived.map((m) => m.to).sort()).toEqual([HEAD, HEAD, EXECUTIVE].sort());
    // Without a body, as before: no notice.
    const again = await office.DELETE('/v1/applications/{applicationId}/signing', {
      params: { path: { applicationId: draft.id } },
    });
    const unnamed = await request(again.etag);
    expect(unnamed.response.status).toBe(200);
    await rounds();
    expect(arrived).toHaveLength(3);
    // The longest address taken is notified too (the test's SMTP server itself refuses one that long).
    const last = await office.DELETE('/v1/applications/{applicationId}/signing', {
      params: { path: { applicationId: draft.id } },
    });
    expect(
      (await request(last.etag, [{ role: 'municipal-executive', email: longest }])).response.status,
    ).toBe(200);
    expect((await listNotices(api.db, 100)).filter((n) => n.recipient === longest)).toHaveLength(1);
  });
});

describe('the development outbox', () => {
  it('keeps the notices when there is no SMTP server, and /dev/mail shows them', async () => {
    const local = await startTestApi();
    const worker = noticeWorker(local, undefined);
    try {
      const c = await walkCase(
        await walkersFor(local),
        {
          call: callOf('utvikling-sosiale-tjenester-2025'),
          office: DEMO_NAV_OFFICES[0]?.office ?? ({} as never),
          countyOfficeId: 'innlandet',
          applicationId: 'soknad-utviklingspost',
          measureName: 'Utviklingspost',
        },
        'granted',
      );
      await worker.runOnce();
      const response = await fetch(`${local.baseUrl}/dev/mail`);
      const { items } = (await response.json()) as { items: { subject: string; status: string }[] };
      expect(items).toEqual([
        expect.objectContaining({
          subject: `Søknaden om tilskudd er avgjort (sak ${c.caseNumber})`,
          status: 'kept',
          recipient: 'kari.nordmann@nav.no',
        }),
      ]);
      expect(local.violations).toEqual([]);
    } finally {
      await worker.stop();
      await local.close();
    }
  });
});
