import { MONTH_NAMES } from '@sosialtilskudd/domain';

/** The written standards a notice can be in; a recipient is written to in its own (målform). */
export type WrittenStandard = 'nb' | 'nn';

/** «1. februar 2026»: the same words in bokmål and nynorsk. */
export function longDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day}. ${MONTH_NAMES[(month ?? 1) - 1]} ${year}`;
}

/** What a notice may say: names of offices and measures, the case number, dates and a link. Never a person. */
export interface NoticeFacts {
  measureName: string;
  officeName: string;
  authorityName: string;
  caseNumber: string | null;
  /** A date as «1. februar 2026». */
  date?: string;
  link: string;
}

export type NoticeKind =
  | 'decision'
  | 'new-message'
  | 'sign-off-request'
  | 'application-deadline-first'
  | 'application-deadline-repeat'
  | 'report-deadline-first'
  | 'report-deadline-repeat'
  | 'report-overdue';

type Text = (f: NoticeFacts) => { subject: string; body: string };

const FOOTER = {
  nb: 'Denne e-posten er sendt automatisk og kan ikke besvares.',
  nn: 'Denne e-posten er send automatisk og kan ikkje svarast på.',
};

const sak = (f: NoticeFacts) => (f.caseNumber ? ` (sak ${f.caseNumber})` : '');

const TEXTS: Record<NoticeKind, Record<WrittenStandard, Text>> = {
  decision: {
    nb: (f) => ({
      subject: `Søknaden om tilskudd er avgjort${sak(f)}`,
      body: `${f.authorityName} har avgjort søknaden fra ${f.officeName} om tilskudd til «${f.measureName}»${sak(f)}. Brevet ligger i saken.\n\nLes brevet: ${f.link}`,
    }),
    nn: (f) => ({
      subject: `Søknaden om tilskot er avgjord${sak(f)}`,
      body: `${f.authorityName} har avgjort søknaden frå ${f.officeName} om tilskot til «${f.measureName}»${sak(f)}. Brevet ligg i saka.\n\nLes brevet: ${f.link}`,
    }),
  },
  'new-message': {
    nb: (f) => ({
      subject: `Ny melding i saken${sak(f)}`,
      body: `${f.authorityName} har skrevet en melding i saken om tilskudd til «${f.measureName}»${sak(f)}. Les og svar i portalen: ${f.link}`,
    }),
    nn: (f) => ({
      subject: `Ny melding i saka${sak(f)}`,
      body: `${f.authorityName} har skrive ei melding i saka om tilskot til «${f.measureName}»${sak(f)}. Les og svar i portalen: ${f.link}`,
    }),
  },
  'sign-off-request': {
    nb: (f) => ({
      subject: `Søknaden om tilskudd til «${f.measureName}» venter på signaturen din`,
      body: `${f.officeName} har sendt søknaden om tilskudd til «${f.measureName}» til signering. Nav-lederen og kommunedirektøren/rådmannen signerer den før den sendes inn (forskriften § 7).${f.date ? ` Søknadsfristen er ${f.date}.` : ''}\n\nLes og signer søknaden: ${f.link}`,
    }),
    nn: (f) => ({
      subject: `Søknaden om tilskot til «${f.measureName}» ventar på signaturen din`,
      body: `${f.officeName} har sendt søknaden om tilskot til «${f.measureName}» til signering. Nav-leiaren og kommunedirektøren/rådmannen signerer han før han blir send inn (forskrifta § 7).${f.date ? ` Søknadsfristen er ${f.date}.` : ''}\n\nLes og signer søknaden: ${f.link}`,
    }),
  },
  'application-deadline-first': {
    nb: (f) => ({
      subject: `Påminnelse: søknadsfristen er ${f.date}`,
      body: `${f.officeName} har et utkast til søknad om tilskudd til «${f.measureName}» som ikke er sendt inn. Søknadsfristen er ${f.date}.\n\nFullfør og send søknaden: ${f.link}`,
    }),
    nn: (f) => ({
      subject: `Påminning: søknadsfristen er ${f.date}`,
      body: `${f.officeName} har eit utkast til søknad om tilskot til «${f.measureName}» som ikkje er sendt inn. Søknadsfristen er ${f.date}.\n\nFullfør og send søknaden: ${f.link}`,
    }),
  },
  'application-deadline-repeat': {
    nb: (f) => ({
      subject: `Siste påminnelse: søknadsfristen er ${f.date}`,
      body: `Søknaden fra ${f.officeName} om tilskudd til «${f.measureName}» er fortsatt ikke sendt inn. Søknadsfristen er ${f.date}, og en søknad som kommer for sent, blir ikke behandlet.\n\nFullfør og send søknaden: ${f.link}`,
    }),
    nn: (f) => ({
      subject: `Siste påminning: søknadsfristen er ${f.date}`,
      body: `Søknaden frå ${f.officeName} om tilskot til «${f.measureName}» er framleis ikkje send inn. Søknadsfristen er ${f.date}, og ein søknad som kjem for seint, blir ikkje behandla.\n\nFullfør og send søknaden: ${f.link}`,
    }),
  },
  'report-deadline-first': {
    nb: (f) => ({
      subject: `Påminnelse: statusrapporten${sak(f)} skal inn innen ${f.date}`,
      body: `Statusrapport med regnskap for «${f.measureName}»${sak(f)} skal sendes til ${f.authorityName} innen ${f.date} (forskriften § 11). Uten rapport blir neste års søknad avslått.\n\nSend rapporten: ${f.link}`,
    }),
    nn: (f) => ({
      subject: `Påminning: statusrapporten${sak(f)} skal inn innan ${f.date}`,
      body: `Statusrapport med rekneskap for «${f.measureName}»${sak(f)} skal sendast til ${f.authorityName} innan ${f.date} (forskrifta § 11). Utan rapport blir søknaden neste år avslått.\n\nSend rapporten: ${f.link}`,
    }),
  },
  'report-deadline-repeat': {
    nb: (f) => ({
      subject: `Siste påminnelse: statusrapporten${sak(f)} skal inn innen ${f.date}`,
      body: `Statusrapporten med regnskap for «${f.measureName}»${sak(f)} er ikke kommet inn. Fristen er ${f.date} (forskriften § 11). Uten rapport blir neste års søknad avslått.\n\nSend rapporten: ${f.link}`,
    }),
    nn: (f) => ({
      subject: `Siste påminning: statusrapporten${sak(f)} skal inn innan ${f.date}`,
      body: `Statusrapporten med rekneskap for «${f.measureName}»${sak(f)} har ikkje kome inn. Fristen er ${f.date} (forskrifta § 11). Utan rapport blir søknaden neste år avslått.\n\nSend rapporten: ${f.link}`,
    }),
  },
  'report-overdue': {
    nb: (f) => ({
      subject: `Statusrapporten${sak(f)} er ikke kommet inn`,
      body: `Fristen for statusrapport med regnskap for «${f.measureName}»${sak(f)} var ${f.date}, og rapporten er ikke kommet inn. En søknad om videreføring blir avslått når rapporten mangler (forskriften § 8 og § 11).\n\nSend rapporten snarest: ${f.link}`,
    }),
    nn: (f) => ({
      subject: `Statusrapporten${sak(f)} har ikkje kome inn`,
      body: `Fristen for statusrapport med rekneskap for «${f.measureName}»${sak(f)} var ${f.date}, og rapporten har ikkje kome inn. Ein søknad om vidareføring blir avslått når rapporten manglar (forskrifta § 8 og § 11).\n\nSend rapporten så snart som mogleg: ${f.link}`,
    }),
  },
};

/** The notice in the recipient's written standard, with the automatic-mail footer. */
export function noticeText(kind: NoticeKind, language: WrittenStandard, facts: NoticeFacts) {
  const { subject, body } = TEXTS[kind][language](facts);
  return { subject, body: `${body}\n\n${FOOTER[language]}\n` };
}
