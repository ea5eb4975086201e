import { TextField } from '@navikt/ds-react';
import type { WidgetProps } from '@rjsf/utils';
import {
  hasIssuedPrefix,
  isValidAccountNumber,
  isValidOrganisationNumber,
  normalizeAccountNumber,
} from '@sosialtilskudd/domain';
import { type TextKey, uiText } from '../../i18n/ui-texts.js';
import type { Language } from '../../validation/issue.js';
import { languageOf } from '../form-context.js';
import { fieldTexts } from './field-texts.js';

interface ChecksumKind {
  digits: number;
  /** What a complete number must hold, in order, each with the words for when it does not. */
  checks: readonly (readonly [(value: string) => boolean, TextKey])[];
  normalize: (typed: string) => string;
}

const ORGANISATION_NUMBER: ChecksumKind = {
  digits: 9,
  checks: [
    [hasIssuedPrefix, 'orgnrPrefixBad'],
    [isValidOrganisationNumber, 'orgnrChecksumBad'],
  ],
  normalize: (typed) => typed.replace(/\s/g, ''),
};

const ACCOUNT_NUMBER: ChecksumKind = {
  digits: 11,
  checks: [[isValidAccountNumber, 'accountChecksumBad']],
  normalize: normalizeAccountNumber,
};

/** Live feedback while typing: digits left, then whether the number holds (prefix, MOD11 check digit). */
export function checksumFeedback(
  value: string,
  kind: ChecksumKind,
  language: Language,
): { ok: boolean; text: string } | undefined {
  if (value === '' || !/^\d+$/.test(value)) return undefined;
  if (value.length < kind.digits)
    return { ok: false, text: `${kind.digits - value.length} ${uiText('digitsLeft', language)}` };
  if (value.length > kind.digits) return { ok: false, text: uiText('tooManyDigits', language) };
  const failed = kind.checks.find(([holds]) => !holds(value));
  return failed
    ? { ok: false, text: uiText(failed[1], language) }
    : { ok: true, text: uiText('checksumOk', language) };
}

function ChecksumWidget({ kind, ...props }: WidgetProps & { kind: ChecksumKind }) {
  const { id, value, disabled, readonly, onChange, onBlur, onFocus, registry } = props;
  const { label, description, error } = fieldTexts(props);
  const text = typeof value === 'string' ? value : '';
  const feedback = checksumFeedback(text, kind, languageOf(registry));
  const complete = feedback && text.length >= kind.digits;
  // A wrong check digit on a complete number is an error at once; while typing it is only a hint.
  const shownError = error ?? (complete && !feedback.ok ? feedback.text : undefined);
  return (
    <div className="stfs-checksum">
      <TextField
        id={id}
        label={label}
        description={description}
        error={shownError}
        value={text}
        inputMode="numeric"
        autoComplete="off"
        htmlSize={kind.digits + 4}
        disabled={disabled}
        readOnly={readonly}
        onChange={(e) => onChange(kind.normalize(e.target.value) || undefined)}
        onBlur={() => onBlur(id, value)}
        onFocus={() => onFocus(id, value)}
      />
      <p
        className="stfs-checksum__status aksel-body-short aksel-body-short--small"
        aria-live="polite"
        id={`${id}-status`}
      >
        {feedback && (feedback.ok || !complete) ? feedback.text : ''}
      </p>
    </div>
  );
}

export const OrganisationNumberWidget = (props: WidgetProps) => (
  <ChecksumWidget {...props} kind={ORGANISATION_NUMBER} />
);

export const AccountNumberWidget = (props: WidgetProps) => (
  <ChecksumWidget {...props} kind={ACCOUNT_NUMBER} />
);

export { ACCOUNT_NUMBER, ORGANISATION_NUMBER };
