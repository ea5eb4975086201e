import type { Language } from './language.js';

type Text = Record<Language, string>;

/** Every word the portal itself says, in bokmål and nynorsk. Form labels come from @sosialtilskudd/forms. */
export const TEXTS = {
  appName: { nb: 'Sosialtilskudd', nn: 'Sosialtilskot' },
  appTagline: {
    nb: 'Tilskudd til utvikling av de sosiale tjenestene i Nav-kontoret',
    nn: 'Tilskot til utvikling av dei sosiale tenestene i Nav-kontoret',
  },
  skipLink: { nb: 'Hopp til hovedinnhold', nn: 'Hopp til hovudinnhald' },
  languageLabel: { nb: 'Språk', nn: 'Språk' },
  bokmal: { nb: 'Bokmål', nn: 'Bokmål' },
  nynorsk: { nb: 'Nynorsk', nn: 'Nynorsk' },
  logOut: { nb: 'Logg ut', nn: 'Logg ut' },
  loggedInAs: { nb: 'Innlogget som {name}', nn: 'Innlogga som {name}' },
  mainNavigation: { nb: 'Hovedmeny', nn: 'Hovudmeny' },
  loading: { nb: 'Laster inn …', nn: 'Lastar inn …' },
  footerText: {
    nb: 'Referanseportal med demodata. Forskrift om tilskudd til utvikling av de sosiale tjenestene i NAV-kontoret (FOR-2020-12-15-2787).',
    nn: 'Referanseportal med demodata. Forskrift om tilskot til utvikling av dei sosiale tenestene i NAV-kontoret (FOR-2020-12-15-2787).',
  },
  backToOverview: { nb: 'Tilbake til oversikten', nn: 'Tilbake til oversikta' },
  retry: { nb: 'Prøv igjen', nn: 'Prøv igjen' },
  cancel: { nb: 'Avbryt', nn: 'Avbryt' },

  // Login
  loginTitle: { nb: 'Logg inn', nn: 'Logg inn' },
  loginIntro: {
    nb: 'Dette er en demo. Velg hvem du vil logge inn som; ingen passord trengs.',
    nn: 'Dette er ein demo. Vel kven du vil logge inn som; ingen passord trengst.',
  },
  loginChooseUser: { nb: 'Velg bruker', nn: 'Vel brukar' },
  loginButton: { nb: 'Logg inn', nn: 'Logg inn' },
  loginRequired: { nb: 'Du må velge en bruker', nn: 'Du må velje ein brukar' },
  loginExpired: {
    nb: 'Du er logget ut. Logg inn igjen for å fortsette.',
    nn: 'Du er logga ut. Logg inn att for å halde fram.',
  },
  'role_nav-office': { nb: 'Nav-kontor', nn: 'Nav-kontor' },
  'role_county-caseworker': {
    nb: 'Statsforvalteren (saksbehandler)',
    nn: 'Statsforvaltaren (sakshandsamar)',
  },
  role_directorate: { nb: 'Arbeids- og velferdsdirektoratet', nn: 'Arbeids- og velferdsdirektoratet' },

  // Office overview
  officeTitle: { nb: 'Tilskudd for {office}', nn: 'Tilskot for {office}' },
  dueHeading: { nb: 'Dette må gjøres', nn: 'Dette må gjerast' },
  dueNothing: { nb: 'Ingenting haster akkurat nå.', nn: 'Ingenting hastar akkurat no.' },
  dueApplication: { nb: 'Søknadsfrist {year}: {date}', nn: 'Søknadsfrist {year}: {date}' },
  dueDraft: {
    nb: 'Send inn utkastet «{measure}» innen {date}',
    nn: 'Send inn utkastet «{measure}» innan {date}',
  },
  dueAcceptance: {
    nb: 'Bekreft tilskuddet til «{measure}» innen {date}',
    nn: 'Stadfest tilskotet til «{measure}» innan {date}',
  },
  dueAcceptanceNoDate: { nb: 'Bekreft tilskuddet til «{measure}»', nn: 'Stadfest tilskotet til «{measure}»' },
  dueReport: {
    nb: 'Statusrapport med regnskap for «{measure}» innen {date}',
    nn: 'Statusrapport med rekneskap for «{measure}» innan {date}',
  },
  daysLeft: { nb: '{days} dager igjen', nn: '{days} dagar att' },
  dayLeft: { nb: '1 dag igjen', nn: '1 dag att' },
  dueToday: { nb: 'fristen er i dag', nn: 'fristen er i dag' },
  overdue: { nb: 'fristen er passert', nn: 'fristen er passert' },
  startApplication: { nb: 'Start ny søknad', nn: 'Start ny søknad' },
  casesHeading: { nb: 'Søknader og tiltak', nn: 'Søknader og tiltak' },
  casesEmpty: { nb: 'Ingen søknader ennå.', nn: 'Ingen søknader enno.' },
  colMeasure: { nb: 'Tiltak', nn: 'Tiltak' },
  colYear: { nb: 'År', nn: 'År' },
  colCaseNumber: { nb: 'Saksnummer', nn: 'Saksnummer' },
  colState: { nb: 'Status', nn: 'Status' },
  colRequested: { nb: 'Søkt beløp', nn: 'Søkt beløp' },
  colUpdated: { nb: 'Sist endret', nn: 'Sist endra' },
  colApplicant: { nb: 'Søker', nn: 'Søkjar' },
  colSubmitted: { nb: 'Sendt inn', nn: 'Sendt inn' },
  colCaseworker: { nb: 'Saksbehandler', nn: 'Sakshandsamar' },
  notSet: { nb: 'Ikke satt', nn: 'Ikkje sett' },
  callsHeading: { nb: 'Utlysninger', nn: 'Utlysingar' },

  // New application
  newApplicationTitle: { nb: 'Ny søknad', nn: 'Ny søknad' },
  chooseCall: { nb: 'Hvilken utlysning søker dere under?', nn: 'Kva utlysing søkjer de under?' },
  noOpenCalls: {
    nb: 'Ingen utlysning har åpen søknadsfrist nå.',
    nn: 'Inga utlysing har open søknadsfrist no.',
  },
  prefilledFromLast: {
    nb: 'Opplysningene om Nav-kontoret er hentet fra forrige søknad. Sjekk at de stemmer.',
    nn: 'Opplysingane om Nav-kontoret er henta frå førre søknad. Sjekk at dei stemmer.',
  },
  continueButton: { nb: 'Fortsett', nn: 'Hald fram' },

  // Application wizard
  applicationTitle: { nb: 'Søknad: {measure}', nn: 'Søknad: {measure}' },
  applicationUntitled: { nb: 'Søknad om tilskudd', nn: 'Søknad om tilskot' },
  applicationDeadlineInfo: {
    nb: 'Søknadsfristen er {date}. Alt du skriver lagres mens du skriver.',
    nn: 'Søknadsfristen er {date}. Alt du skriv, blir lagra medan du skriv.',
  },
  submitting: { nb: 'Sender inn …', nn: 'Sender inn …' },
  submitNotSaved: {
    nb: 'Søknaden er ikke sendt: utkastet kunne ikke lagres. Se meldingen over skjemaet og prøv igjen.',
    nn: 'Søknaden er ikkje sendt: utkastet kunne ikkje lagrast. Sjå meldinga over skjemaet og prøv igjen.',
  },
  notDraft: {
    nb: 'Søknaden er sendt inn og kan ikke endres her.',
    nn: 'Søknaden er sendt inn og kan ikkje endrast her.',
  },
  restoredLocal: {
    nb: 'Vi fant endringer som ikke var lagret hos Nav, og har hentet dem fram igjen.',
    nn: 'Vi fann endringar som ikkje var lagra hos Nav, og har henta dei fram att.',
  },

  // Autosave
  saveSaved: { nb: 'Lagret', nn: 'Lagra' },
  saveSavedAt: { nb: 'Lagret kl. {time}', nn: 'Lagra kl. {time}' },
  saveSaving: { nb: 'Lagrer …', nn: 'Lagrar …' },
  saveRetrying: { nb: 'Ikke lagret – prøver igjen', nn: 'Ikkje lagra – prøver igjen' },
  saveOffline: {
    nb: 'Ikke lagret – prøver igjen når du er på nett. Endringene er tatt vare på i denne nettleseren.',
    nn: 'Ikkje lagra – prøver igjen når du er på nett. Endringane er tekne vare på i denne nettlesaren.',
  },
  saveLocalOnly: {
    nb: 'Lagret i denne nettleseren. Utkastet lagres hos Nav når de påkrevde feltene er fylt ut riktig.',
    nn: 'Lagra i denne nettlesaren. Utkastet blir lagra hos Nav når dei påkravde felta er fylte ut rett.',
  },
  saveConflict: {
    nb: 'Ikke lagret: utkastet er endret et annet sted.',
    nn: 'Ikkje lagra: utkastet er endra ein annan stad.',
  },
  saveKeptHere: {
    nb: 'Lagret i denne nettleseren. Det sendes først når du velger «Send inn».',
    nn: 'Lagra i denne nettlesaren. Det blir sendt først når du vel «Send inn».',
  },
  saveNotKept: {
    nb: 'Ikke lagret: nettleseren tillater ikke lagring. Send inn før du lukker siden.',
    nn: 'Ikkje lagra: nettlesaren tillèt ikkje lagring. Send inn før du lukkar sida.',
  },
  saveKeepMine: { nb: 'Behold mine endringer', nn: 'Behald endringane mine' },
  saveLoadTheirs: { nb: 'Hent utkastet som er lagret', nn: 'Hent utkastet som er lagra' },

  // Receipt
  receiptTitle: { nb: 'Kvittering', nn: 'Kvittering' },
  receiptSent: { nb: 'Søknaden er sendt', nn: 'Søknaden er sendt' },
  receiptCaseNumber: { nb: 'Saksnummer', nn: 'Saksnummer' },
  receiptSubmittedAt: { nb: 'Sendt inn', nn: 'Sendt inn' },
  receiptAddressee: { nb: 'Sendt til', nn: 'Sendt til' },
  receiptMeasure: { nb: 'Tiltak', nn: 'Tiltak' },
  receiptRequested: { nb: 'Søkt tilskudd', nn: 'Søkt tilskot' },
  receiptNext: {
    nb: 'Statsforvalteren behandler søknaden og sender tilskuddsbrev eller avslagsbrev, vanligvis i mars. Oppgi saksnummeret når du kontakter statsforvalteren.',
    nn: 'Statsforvaltaren handsamar søknaden og sender tilskotsbrev eller avslagsbrev, vanlegvis i mars. Oppgi saksnummeret når du kontaktar statsforvaltaren.',
  },
  receiptPrint: { nb: 'Skriv ut kvitteringen', nn: 'Skriv ut kvitteringa' },
  receiptNotSubmitted: { nb: 'Søknaden er ikke sendt inn ennå.', nn: 'Søknaden er ikkje sendt inn enno.' },
  openCase: { nb: 'Gå til saken', nn: 'Gå til saka' },

  // Case (office and county)
  caseTitle: { nb: '{measure}', nn: '{measure}' },
  caseState: { nb: 'Status: {state}', nn: 'Status: {state}' },
  caseFacts: { nb: 'Om saken', nn: 'Om saka' },
  caseApplicant: { nb: 'Søker', nn: 'Søkjar' },
  caseCall: { nb: 'Utlysning', nn: 'Utlysing' },
  caseAuthority: { nb: 'Behandles av', nn: 'Blir handsama av' },
  caseCaseworker: { nb: 'Saksbehandler', nn: 'Sakshandsamar' },
  caseNextSteps: { nb: 'Neste steg', nn: 'Neste steg' },
  caseNoSteps: {
    nb: 'Ingen handlinger venter på deg i denne saken.',
    nn: 'Ingen handlingar ventar på deg i denne saka.',
  },
  continueDraft: { nb: 'Fortsett på søknaden', nn: 'Hald fram med søknaden' },
  acceptGrant: { nb: 'Bekreft tilskuddet', nn: 'Stadfest tilskotet' },
  writeStatusReport: { nb: 'Send statusrapport med regnskap', nn: 'Send statusrapport med rekneskap' },
  writeFinalReport: { nb: 'Send sluttrapport', nn: 'Send sluttrapport' },
  letterHeading: { nb: 'Brev fra statsforvalteren', nn: 'Brev frå statsforvaltaren' },
  letterGrant: { nb: 'Tilskuddsbrev datert {date}', nn: 'Tilskotsbrev datert {date}' },
  letterRejection: { nb: 'Avslagsbrev datert {date}', nn: 'Avslagsbrev datert {date}' },
  letterDownload: { nb: 'Last ned brevet (PDF)', nn: 'Last ned brevet (PDF)' },
  letterDownloading: { nb: 'Laster ned …', nn: 'Lastar ned …' },
  letterDownloaded: { nb: 'Brevet er lastet ned.', nn: 'Brevet er lasta ned.' },
  letterAmount: { nb: 'Tilskudd: {amount}', nn: 'Tilskot: {amount}' },
  letterAcceptanceDeadline: { nb: 'Frist for bekreftelse: {date}', nn: 'Frist for stadfesting: {date}' },
  letterReportingDeadline: { nb: 'Frist for statusrapport: {date}', nn: 'Frist for statusrapport: {date}' },
  documentsHeading: { nb: 'Dokumenter i saken', nn: 'Dokument i saka' },
  docAcceptance: { nb: 'Bekreftelse signert {date}', nn: 'Stadfesting signert {date}' },
  docPayment: { nb: 'Utbetalt {amount} den {date}', nn: 'Utbetalt {amount} den {date}' },
  docStatusReport: { nb: 'Statusrapport for {year}', nn: 'Statusrapport for {year}' },
  docFinalReport: { nb: 'Sluttrapport', nn: 'Sluttrapport' },
  savedMessage_acceptance: { nb: 'Bekreftelsen er sendt.', nn: 'Stadfestinga er sendt.' },
  'savedMessage_status-report': { nb: 'Statusrapporten er sendt.', nn: 'Statusrapporten er sendt.' },
  'savedMessage_final-report': { nb: 'Sluttrapporten er sendt.', nn: 'Sluttrapporten er sendt.' },
  savedMessage_decision: { nb: 'Beslutningen er registrert.', nn: 'Avgjerda er registrert.' },
  savedMessage_letter: { nb: 'Brevet er utstedt.', nn: 'Brevet er skrive ut.' },
  savedMessage_payment: { nb: 'Utbetalingen er registrert.', nn: 'Utbetalinga er registrert.' },

  // Application summary
  summaryHeading: { nb: 'Søknaden', nn: 'Søknaden' },
  summaryMeasure: { nb: 'Tiltaket', nn: 'Tiltaket' },
  summaryKind: { nb: 'Type søknad', nn: 'Type søknad' },
  kindNew: { nb: 'Nytt tiltak', nn: 'Nytt tiltak' },
  kindContinuation: { nb: 'Videreføring', nn: 'Vidareføring' },
  summaryPeriod: { nb: 'Periode', nn: 'Periode' },
  summaryYearOfMeasure: { nb: 'Tilskuddsår for tiltaket', nn: 'Tilskotsår for tiltaket' },
  summaryDescription: { nb: 'Beskrivelse', nn: 'Skildring' },
  summaryTargetGroups: { nb: 'Målgrupper', nn: 'Målgrupper' },
  summaryGoals: { nb: 'Hva skal oppnås lokalt', nn: 'Kva skal oppnåast lokalt' },
  summaryLivingConditions: { nb: 'Levekår og utfordringer', nn: 'Levekår og utfordringar' },
  summaryServices: { nb: 'Tjenester som skal utvikles', nn: 'Tenester som skal utviklast' },
  summaryMethodology: { nb: 'Metodisk tilnærming', nn: 'Metodisk tilnærming' },
  summaryUserInvolvement: { nb: 'Brukermedvirkning', nn: 'Brukarmedverknad' },
  summaryAnchoring: { nb: 'Forankring og organisering', nn: 'Forankring og organisering' },
  summaryImplementation: {
    nb: 'Plan for videreføring i ordinær drift',
    nn: 'Plan for vidareføring i ordinær drift',
  },
  summaryStrategies: { nb: 'Sammenheng med nasjonale satsinger', nn: 'Samanheng med nasjonale satsingar' },
  summaryPriorities: { nb: 'Prioriterte områder', nn: 'Prioriterte område' },
  summaryCriteria: { nb: 'Tildelingskriterier (§ 5)', nn: 'Tildelingskriterium (§ 5)' },
  summaryBudget: { nb: 'Budsjett', nn: 'Budsjett' },
  summaryPositions: { nb: 'Stillinger', nn: 'Stillingar' },
  summaryOtherCosts: { nb: 'Andre kostnader', nn: 'Andre kostnader' },
  summaryOtherFunding: { nb: 'Annen finansiering', nn: 'Anna finansiering' },
  summaryOtherGrants: { nb: 'Andre tilskudd til målgruppene', nn: 'Andre tilskot til målgruppene' },
  summaryGrantsAndSignatures: { nb: 'Andre tilskudd og underskrifter', nn: 'Andre tilskot og underskrifter' },
  signatureExecutive: {
    nb: 'Rådmann / kommunens administrative ledelse',
    nn: 'Rådmann / den administrative leiinga i kommunen',
  },
  signatureNavHead: { nb: 'Nav-leder', nn: 'Nav-leiar' },
  summaryContact: { nb: 'Kontaktperson', nn: 'Kontaktperson' },
  summaryDirectPayments: { nb: 'Direkte utbetalinger til brukere', nn: 'Direkte utbetalingar til brukarar' },
  yes: { nb: 'Ja', nn: 'Ja' },
  no: { nb: 'Nei', nn: 'Nei' },
  none: { nb: 'Ingen', nn: 'Ingen' },
  colPosition: { nb: 'Stilling', nn: 'Stilling' },
  colFte: { nb: 'Stillingsprosent', nn: 'Stillingsprosent' },
  colMonths: { nb: 'Måneder', nn: 'Månader' },
  colCost: { nb: 'Lønn og sosiale utgifter', nn: 'Løn og sosiale utgifter' },
  colGrant: { nb: 'Søkt tilskudd', nn: 'Søkt tilskot' },
  colDescription: { nb: 'Beskrivelse', nn: 'Skildring' },
  colAmount: { nb: 'Beløp', nn: 'Beløp' },
  colSource: { nb: 'Kilde', nn: 'Kjelde' },
  totalsCost: { nb: 'Samlet kostnad', nn: 'Samla kostnad' },
  totalsRequested: { nb: 'Søkt tilskudd', nn: 'Søkt tilskot' },
  totalsCompetence: { nb: 'Kompetansemidler', nn: 'Kompetansemidlar' },
  totalsOwn: { nb: 'Egenfinansiering', nn: 'Eigenfinansiering' },
  signedOn: { nb: '{name}, {title}, signert {date}', nn: '{name}, {title}, signert {date}' },

  // Budget against accounts
  accountsHeading: { nb: 'Budsjett og regnskap', nn: 'Budsjett og rekneskap' },
  accountsYear: { nb: 'Tilskuddsåret {year}', nn: 'Tilskotsåret {year}' },
  accountsNone: { nb: 'Regnskapet er ikke rapportert ennå.', nn: 'Rekneskapen er ikkje rapportert enno.' },
  chartTitle: { nb: 'Budsjett og regnskap per post', nn: 'Budsjett og rekneskap per post' },
  chartDescription: {
    nb: 'Stolpediagram. De samme tallene står i tabellen under.',
    nn: 'Stolpediagram. Dei same tala står i tabellen under.',
  },
  chartBudget: { nb: 'Budsjett', nn: 'Budsjett' },
  chartActual: { nb: 'Regnskap', nn: 'Rekneskap' },
  chartDeviation: { nb: 'Avvik', nn: 'Avvik' },
  chartTableCaption: { nb: 'Budsjett og regnskap i kroner', nn: 'Budsjett og rekneskap i kroner' },
  chartLine: { nb: 'Post', nn: 'Post' },
  chartTotal: { nb: 'Sum', nn: 'Sum' },
  chartBarLabel: { nb: '{line}, {series}: {amount}', nn: '{line}, {series}: {amount}' },

  // Forms pages
  acceptanceTitle: { nb: 'Bekreftelse av tilskudd', nn: 'Stadfesting av tilskot' },
  acceptanceIntro: {
    nb: 'Tilskuddet utbetales når bekreftelsen er fylt ut, signert og sendt (forskriften § 10).',
    nn: 'Tilskotet blir utbetalt når stadfestinga er fylt ut, signert og sendt (forskrifta § 10).',
  },
  statusReportTitle: { nb: 'Statusrapport med regnskap', nn: 'Statusrapport med rekneskap' },
  statusReportIntro: {
    nb: 'Rapporten gjelder {year}, med regnskap per 31. desember. Fristen er {date} (forskriften § 11).',
    nn: 'Rapporten gjeld {year}, med rekneskap per 31. desember. Fristen er {date} (forskrifta § 11).',
  },
  finalReportTitle: { nb: 'Sluttrapport', nn: 'Sluttrapport' },
  finalReportIntro: {
    nb: 'Sluttrapporten sendes når tiltaket avsluttes, og er grundigere enn en statusrapport (forskriften § 11).',
    nn: 'Sluttrapporten blir sendt når tiltaket er avslutta, og er grundigare enn ein statusrapport (forskrifta § 11).',
  },
  liveChartHeading: { nb: 'Regnskapet mot budsjettet', nn: 'Rekneskapen mot budsjettet' },
  formNotAvailable: {
    nb: 'Denne handlingen er ikke mulig i saken nå (status: {state}).',
    nn: 'Denne handlinga er ikkje mogleg i saka no (status: {state}).',
  },

  // Caseworker
  casesTitle: { nb: 'Saker hos {authority}', nn: 'Saker hos {authority}' },
  casesAllTitle: { nb: 'Alle saker', nn: 'Alle saker' },
  filterState: { nb: 'Vis saker med status', nn: 'Vis saker med status' },
  filterAll: { nb: 'Alle', nn: 'Alle' },
  casesCount: { nb: '{count} saker', nn: '{count} saker' },
  assignToMe: { nb: 'Ta saken', nn: 'Ta saka' },
  assigned: { nb: 'Saken er tildelt {name}.', nn: 'Saka er tildelt {name}.' },
  decisionHeading: { nb: 'Beslutning', nn: 'Avgjerd' },
  decisionOutcome: { nb: 'Utfall', nn: 'Utfall' },
  decisionGrant: { nb: 'Innvilg', nn: 'Innvilg' },
  decisionReject: { nb: 'Avslå', nn: 'Avslå' },
  decisionAmount: { nb: 'Tilskudd (kr)', nn: 'Tilskot (kr)' },
  decisionAmountHelp: { nb: 'Søkt beløp er {amount}.', nn: 'Søkt beløp er {amount}.' },
  decisionConditions: { nb: 'Vilkår', nn: 'Vilkår' },
  decisionConditionsHelp: { nb: 'Ett vilkår per linje.', nn: 'Eitt vilkår per linje.' },
  decisionReasons: { nb: 'Begrunnelse for avslag', nn: 'Grunngiving for avslag' },
  decisionAssessment: { nb: 'Vurdering', nn: 'Vurdering' },
  decisionAssessmentHelp: {
    nb: 'Skjønnsmessig vurdering mot målene for ordningen (§ 5).',
    nn: 'Skjønnsmessig vurdering mot måla for ordninga (§ 5).',
  },
  decisionSubmit: { nb: 'Registrer beslutningen', nn: 'Registrer avgjerda' },
  decisionRecorded: { nb: 'Beslutning: {outcome} {date}', nn: 'Avgjerd: {outcome} {date}' },
  outcomeGranted: { nb: 'innvilget {amount}', nn: 'innvilga {amount}' },
  outcomeRejected: { nb: 'avslått', nn: 'avslått' },
  letterIssueHeading: { nb: 'Brev', nn: 'Brev' },
  letterIssueIntro: {
    nb: 'Brevet skrives ut fra beslutningen. Det sier at avgjørelsen ikke er et enkeltvedtak og ikke kan påklages (§ 9).',
    nn: 'Brevet blir skrive ut frå avgjerda. Det seier at avgjerda ikkje er eit enkeltvedtak og ikkje kan klagast på (§ 9).',
  },
  letterDate: { nb: 'Brevdato', nn: 'Brevdato' },
  letterPeriodFrom: { nb: 'Tilskuddsperiode fra', nn: 'Tilskotsperiode frå' },
  letterPeriodTo: { nb: 'Tilskuddsperiode til', nn: 'Tilskotsperiode til' },
  letterPositions: { nb: 'Herav stillinger (kr)', nn: 'Herav stillingar (kr)' },
  letterCompetence: { nb: 'Herav kompetansemidler (kr)', nn: 'Herav kompetansemidlar (kr)' },
  letterAcceptanceDeadlineField: { nb: 'Frist for bekreftelsen', nn: 'Frist for stadfestinga' },
  letterSignedBy: { nb: 'Signert av', nn: 'Signert av' },
  letterExplanation: { nb: 'Utdyping: {reason}', nn: 'Utdjuping: {reason}' },
  letterIssue: { nb: 'Utsted brevet', nn: 'Skriv ut brevet' },
  paymentHeading: { nb: 'Utbetaling', nn: 'Utbetaling' },
  paymentIntro: {
    nb: 'Nav-kontoret har bekreftet tilskuddet. Registrer utbetalingen av {amount} til konto {account}.',
    nn: 'Nav-kontoret har stadfesta tilskotet. Registrer utbetalinga av {amount} til konto {account}.',
  },
  paymentDate: { nb: 'Utbetalingsdato', nn: 'Utbetalingsdato' },
  paymentSubmit: { nb: 'Registrer utbetalingen', nn: 'Registrer utbetalinga' },
  requiredField: { nb: '{label}: må fylles ut', nn: '{label}: må fyllast ut' },
  amountInvalid: {
    nb: '{label}: må være et helt beløp i kroner',
    nn: '{label}: må vere eit heilt beløp i kroner',
  },
  errorSummaryHeading: {
    nb: 'Du må rette dette før du kan gå videre:',
    nn: 'Du må rette dette før du kan gå vidare:',
  },

  // Errors
  notFoundTitle: { nb: 'Fant ikke siden', nn: 'Fann ikkje sida' },
  notFoundText: {
    nb: 'Siden finnes ikke, eller du har ikke tilgang til den.',
    nn: 'Sida finst ikkje, eller du har ikkje tilgang til ho.',
  },
  errorTitle: { nb: 'Noe gikk galt', nn: 'Noko gjekk gale' },
  errorCode: { nb: 'Feilkode: {code}', nn: 'Feilkode: {code}' },
  forbiddenTitle: { nb: 'Ingen tilgang', nn: 'Ingen tilgang' },
  forbiddenText: {
    nb: 'Denne siden er for en annen rolle enn den du er logget inn med.',
    nn: 'Denne sida er for ei anna rolle enn den du er logga inn med.',
  },
  goHome: { nb: 'Gå til forsiden', nn: 'Gå til framsida' },
} satisfies Record<string, Text>;

export type TextKey = keyof typeof TEXTS;

/** A text with its {placeholders} filled in. */
export function text(key: TextKey, language: Language, params: Record<string, string | number> = {}): string {
  return TEXTS[key][language].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
