import { BodyShort, Heading } from '@navikt/ds-react';
import type { Schemas } from '@sosialtilskudd/api-client';
import type { CaseState } from '@sosialtilskudd/domain';
import { formatDateTime } from '../i18n/format.js';
import { stateLabel } from '../i18n/labels.js';
import { type Language, useLanguage } from '../i18n/language.js';
import { useT } from '../i18n/use-text.js';

type AuditEvent = Schemas['AuditEvent'];

/** What each entry of the case's log did, in words; the API names them in code. */
const ACTIONS: Record<string, Record<Language, string>> = {
  create: { nb: 'Utkast opprettet', nn: 'Utkast oppretta' },
  submit: { nb: 'Søknaden sendt inn', nn: 'Søknaden send inn' },
  correction: { nb: 'Søknaden rettet', nn: 'Søknaden retta' },
  withdraw: { nb: 'Søknaden trukket', nn: 'Søknaden trekt' },
  assign: { nb: 'Saken tildelt', nn: 'Saka tildelt' },
  propose: { nb: 'Forslag sendt til godkjenning', nn: 'Forslag sendt til godkjenning' },
  approve: { nb: 'Forslaget godkjent', nn: 'Forslaget godkjent' },
  'return-proposal': { nb: 'Forslaget sendt tilbake', nn: 'Forslaget sendt tilbake' },
  grant: { nb: 'Søknaden innvilget', nn: 'Søknaden innvilga' },
  reject: { nb: 'Søknaden avslått', nn: 'Søknaden avslått' },
  letter: { nb: 'Brevet utstedt', nn: 'Brevet utferda' },
  accept: { nb: 'Tilskuddet bekreftet', nn: 'Tilskotet stadfesta' },
  pay: { nb: 'Tilskuddet utbetalt', nn: 'Tilskotet utbetalt' },
  report: { nb: 'Statusrapport sendt', nn: 'Statusrapport send' },
  'status-report': { nb: 'Statusrapport sendt', nn: 'Statusrapport send' },
  reportFinal: { nb: 'Sluttrapport sendt', nn: 'Sluttrapport send' },
  'transfer-request': { nb: 'Overføring av midler søkt', nn: 'Overføring av midlar søkt' },
  'transfer-decision': { nb: 'Overføring avgjort', nn: 'Overføring avgjord' },
  claimRepayment: { nb: 'Tilbakebetaling krevd', nn: 'Tilbakebetaling kravd' },
  'repayment-claim': { nb: 'Tilbakebetaling krevd', nn: 'Tilbakebetaling kravd' },
  lapse: { nb: 'Tilskuddet falt bort', nn: 'Tilskotet fall bort' },
  close: { nb: 'Saken avsluttet', nn: 'Saka avslutta' },
};

/** An entry the portal has no words for yet still says what it did to the case, never the API's code. */
export function actionInWords(event: AuditEvent, language: Language): string {
  const words = ACTIONS[event.action]?.[language];
  if (words) return words;
  if (event.toState && event.toState !== event.fromState)
    return `${language === 'nn' ? 'Status endra til' : 'Status endret til'} ${stateLabel(event.toState as CaseState, language).toLowerCase()}`;
  return language === 'nn' ? 'Endring i saka' : 'Endring i saken';
}

/** The case's log, oldest first: what happened, when, and who did it (§ 14: the directorate's control). */
export function CaseHistory({ events }: { events: readonly AuditEvent[] }) {
  const t = useT();
  const { language } = useLanguage();
  if (events.length === 0) return null;
  const ordered = [...events].sort((a, b) => a.at.localeCompare(b.at) || a.id - b.id);
  return (
    <section aria-labelledby="history-heading">
      <Heading level="2" size="medium" spacing id="history-heading">
        {t('historyHeading')}
      </Heading>
      <ol className="plain-list case-history">
        {ordered.map((event) => {
          const caseworker = event.action === 'assign' ? event.detail?.caseworker : undefined;
          return (
            <li key={event.id}>
              <BodyShort weight="semibold">
                {actionInWords(event, language)}
                {typeof caseworker === 'string' ? ` (${caseworker})` : ''}
              </BodyShort>
              <BodyShort size="small">
                {t('historyWhenWho', { date: formatDateTime(event.at, language), name: event.actor.name })}
              </BodyShort>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
