import {
  type Authority,
  type CaseState,
  countyOfficeName,
  REJECTION_REASONS,
  type RejectionReason,
  STATE_LABELS,
} from '@sosialtilskudd/domain';
import type { Language } from './language.js';

const STATE_LABELS_NN: Record<CaseState, string> = {
  draft: 'Utkast',
  submitted: 'Sendt inn',
  withdrawn: 'Trekt',
  granted: 'Innvilga',
  rejected: 'Avslått',
  accepted: 'Stadfesta',
  paid: 'Utbetalt',
  reported: 'Rapportert',
  'final-reported': 'Sluttrapportert',
  'repayment-claimed': 'Krav om tilbakebetaling',
  lapsed: 'Bortfallen',
  closed: 'Avslutta',
};

/** The lifecycle's state names: bokmål from the domain, nynorsk beside them. */
export function stateLabel(state: CaseState, language: Language): string {
  return language === 'nn' ? STATE_LABELS_NN[state] : STATE_LABELS[state];
}

const REJECTION_REASONS_NN: Record<RejectionReason, string> = {
  'manglende-rapportering': 'Manglande status- og rekneskapsrapport for året før innan fristen (§ 8, § 11)',
  'ikke-prioritert': 'Søknaden er ikkje prioritert innanfor ramma (§ 5)',
  'utenfor-ordningen':
    'Tiltaket fell utanfor føremålet med ordninga eller det som blir gitt tilskot til (§ 5)',
  'for-sent': 'Søknaden kom inn etter søknadsfristen',
  'mangelfull-soknad': 'Søknaden manglar opplysningar som er kravde (§ 7)',
  annet: 'Anna grunngiving',
};

export function rejectionReasonLabel(reason: RejectionReason, language: Language): string {
  return language === 'nn' ? REJECTION_REASONS_NN[reason] : REJECTION_REASONS[reason];
}

/** «Statsforvalteren i Innlandet» as named on `date`; in nynorsk «Statsforvaltaren i …». */
export function authorityName(authority: Authority, date: string, language: Language): string {
  if (authority.kind === 'directorate') return 'Arbeids- og velferdsdirektoratet';
  const name = countyOfficeName(authority.countyOfficeId, date) ?? authority.countyOfficeId;
  return language === 'nn' ? name.replace(/^Statsforvalteren/, 'Statsforvaltaren') : name;
}
