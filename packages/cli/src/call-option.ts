import { type Call, findCall, findCallByYear, type SchemeId } from '@sosialtilskudd/domain';
import { CliError } from './io.js';

/** `--call` takes a call id (utvikling-sosiale-tjenester-2024) or a year, read within the document's own scheme. */
export function resolveCall(
  value: string | undefined,
  scheme: SchemeId = 'utvikling-sosiale-tjenester',
): Call | undefined {
  if (value === undefined) return undefined;
  const call = /^\d{4}$/.test(value) ? findCallByYear(Number(value), scheme) : findCall(value);
  if (!call) throw new CliError(`Ukjent utlysning «${value}»`);
  return call;
}

export function schemeOf(document: unknown): SchemeId | undefined {
  if (!document || typeof document !== 'object') return undefined;
  const d = document as { callId?: unknown; case?: { callId?: unknown } };
  const callId =
    typeof d.callId === 'string' ? d.callId : typeof d.case?.callId === 'string' ? d.case.callId : undefined;
  return callId ? findCall(callId)?.schemeId : undefined;
}
