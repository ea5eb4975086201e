import { BodyShort, Heading, ReadMore, VStack } from '@navikt/ds-react';
import type { Schemas } from '@sosialtilskudd/api-client';
import { formSchema } from '@sosialtilskudd/forms';
import type { CaseData } from '../cases/case-data.js';
import { formatDateTime } from '../i18n/format.js';
import { personName } from '../i18n/labels.js';
import { useLanguage } from '../i18n/language.js';
import { useT } from '../i18n/use-text.js';
import { changedFieldsText } from './revision-words.js';

/** Autosave records every pause in typing: the newest are shown, the rest behind «show older». */
const SHOWN = 8;

function RevisionItem({ revision, data }: { revision: Schemas['DraftRevision']; data: CaseData }) {
  const t = useT();
  const { language } = useLanguage();
  const schema = formSchema('application', data.application.callId);
  const fields = changedFieldsText(revision, schema, data.application.document, language);
  return (
    <li>
      <BodyShort size="small" textColor="subtle">
        {formatDateTime(revision.savedAt, language)}
      </BodyShort>
      <BodyShort>{t('revisionChanged', { name: personName(revision.savedBy.name), fields })}</BodyShort>
      {revision.applied ? null : <BodyShort size="small">{t('revisionParked')}</BodyShort>}
    </li>
  );
}

/** Who changed which fields of a shared draft, and when, newest first (issue 16); a version chosen away too. */
export function DraftRevisions({ data }: { data: CaseData }) {
  const t = useT();
  if (data.revisions.length === 0) return null;
  const item = (r: Schemas['DraftRevision']) => <RevisionItem key={r.id} revision={r} data={data} />;
  const older = data.revisions.slice(SHOWN);
  return (
    <section aria-labelledby="revisions-heading">
      <Heading level="2" size="medium" spacing id="revisions-heading">
        {t('revisionsHeading')}
      </Heading>
      <VStack as="ul" gap="space-12" className="revisions">
        {data.revisions.slice(0, SHOWN).map(item)}
      </VStack>
      {older.length > 0 ? (
        <ReadMore header={t('revisionsOlder', { count: older.length })}>
          <VStack as="ul" gap="space-12" className="revisions">
            {older.map(item)}
          </VStack>
        </ReadMore>
      ) : null}
    </section>
  );
}
