import { Tag, type TagProps } from '@navikt/ds-react';
import type { CaseState } from '@sosialtilskudd/domain';
import { stateLabel } from '../i18n/labels.js';
import { useLanguage } from '../i18n/language.js';

const VARIANT: Record<CaseState, TagProps['variant']> = {
  draft: 'neutral',
  submitted: 'info',
  withdrawn: 'neutral',
  granted: 'success',
  rejected: 'error',
  accepted: 'success',
  paid: 'success',
  reported: 'alt1',
  'final-reported': 'alt1',
  'repayment-claimed': 'warning',
  lapsed: 'warning',
  closed: 'neutral',
};

export function StateTag({ state }: { state: CaseState }) {
  const { language } = useLanguage();
  return (
    <Tag variant={VARIANT[state]} size="small">
      {stateLabel(state, language)}
    </Tag>
  );
}
