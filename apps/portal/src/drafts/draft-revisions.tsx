import { BodyShort, Heading, ReadMore, VStack } from '@navikt/ds-react';
import type { Schemas } from '@sosialtilskudd/api-client';
import { formatDateTime } from '../i18n/format.js';
import { personName } from '../i18n/labels.js';
import { useLanguage } from '../i18n/language.js';
import { useT } from '../i18n/use-text.js';
import type { ChangedFields } from './revision-words.js';

/** Autosave records every pause in typing: the newest are shown, the rest behind «show older». */
const SHOWN = 8;

type Revision = Schemas['DraftRevision'];

function RevisionItem({ revision, changes }: { revision: Revision; changes: ChangedFields }) {
  const t = useT();
  const { language } = useLanguage();
  const fields = changes[revision.id]?.[language] ?? '';
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
export function DraftRevisions({
  revisions,
  changes,
}: {
  revisions: readonly Revision[];
  changes: ChangedFields;
}) {
  const t = useT();
  if (revisions.length === 0) return null;
  const item = (r: Revision) => <RevisionItem key={r.id} revision={r} changes={changes} />;
  const older = revisions.slice(SHOWN);
  return (
    <section aria-labelledby="revisions-heading">
      <Heading level="2" size="medium" spacing id="revisions-heading">
        {t('revisionsHeading')}
      </Heading>
      <VStack as="ul" gap="space-12" className="revisions">
        {revisions.slice(0, SHOWN).map(item)}
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
