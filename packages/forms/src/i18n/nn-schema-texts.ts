import { REFERENCE_TITLES_NN } from './enum-labels.js';

/**
 * Nynorsk for every title and description in the five form schemas, keyed by the bokmål text the schema
 * carries. One entry serves every place a shared definition (`$defs`) appears; `nn-schema-texts.test.ts`
 * fails when the domain adds a text without a translation here.
 */
export const NN_SCHEMA_TEXTS: Record<string, string> = {
  ...REFERENCE_TITLES_NN,
  '1 for nytt tiltak, 2 eller 3 for videreføring': '1 for nytt tiltak, 2 eller 3 for vidareføring',
  '31. desember i rapporteringsåret (§ 11)': '31. desember i rapporteringsåret (§ 11)',
  Adresse: 'Adresse',
  'Alle kommunene i samarbeidet, også søkerkommunen': 'Alle kommunane i samarbeidet, også søkjarkommunen',
  'Alle kriteriene for måloppnåelse i § 3 skal vurderes':
    'Alle kriteria for måloppnåing i § 3 skal vurderast',
  'Andel av 100 % stilling, i hele prosent': 'Del av 100 % stilling, i heile prosent',
  'Andre kostnader': 'Andre kostnader',
  'Andre tilskudd': 'Andre tilskot',
  'Andre tilskudd og bidrag til tiltaket': 'Andre tilskot og bidrag til tiltaket',
  'Annen finansiering': 'Anna finansiering',
  'Annen kostnad': 'Anna kostnad',
  'Annet tilskudd': 'Anna tilskot',
  'Antall måneder i tilskuddsåret': 'Talet på månader i tilskotsåret',
  'Arbeids- og velferdsdirektoratet': 'Arbeids- og velferdsdirektoratet',
  'Arbeidsgiveravgift, pensjon og feriepenger': 'Arbeidsgjevaravgift, pensjon og feriepengar',
  'Avtaler, planer, budsjett': 'Avtalar, planar, budsjett',
  'Bekreftelse av tilskudd': 'Stadfesting av tilskot',
  'Bekreftelsens id': 'ID for stadfestinga',
  'Beløp (kr)': 'Beløp (kr)',
  'Beløp som ønskes overført (kr)': 'Beløp som ein ønskjer overført (kr)',
  Beskrivelse: 'Skildring',
  'Beskrivelse av samarbeidet': 'Skildring av samarbeidet',
  'Beskrivelse av tiltaket': 'Skildring av tiltaket',
  Beslutningsdato: 'Avgjerdsdato',
  Brukermedvirkning: 'Brukarmedverknad',
  Budsjett: 'Budsjett',
  'Budsjett (kr)': 'Budsjett (kr)',
  Budsjettlinje: 'Budsjettline',
  Dato: 'Dato',
  'Den delen av kostnadene som er ført mot tilskuddet; resten er egenfinansiering':
    'Den delen av kostnadene som er ført mot tilskotet; resten er eigenfinansiering',
  'Den delen av lønn og sosiale utgifter det søkes tilskudd til':
    'Den delen av løn og sosiale utgifter det blir søkt tilskot til',
  'Det gis ikke tilskudd til tiltak med direkte utbetalinger til bruker (§ 5)':
    'Det blir ikkje gitt tilskot til tiltak med direkte utbetalingar til brukar (§ 5)',
  'Det skal føres eget prosjektregnskap med eget koststed (§ 11)':
    'Det skal førast eige prosjektrekneskap med eigen koststad (§ 11)',
  'Direkte utbetalinger til brukere': 'Direkte utbetalingar til brukarar',
  Dokumenttype: 'Dokumenttype',
  'E-post': 'E-post',
  'Eget koststed for tiltaket': 'Eigen koststad for tiltaket',
  'Elleve sifre uten punktum eller mellomrom, med gyldig kontrollsiffer (MOD11)':
    'Elleve siffer utan punktum eller mellomrom, med gyldig kontrollsiffer (MOD11)',
  'Erfaringer andre kan ha nytte av': 'Erfaringar andre kan ha nytte av',
  'Erfaringer skal deles, så andre får tilgang til lure grep':
    'Erfaringar skal delast, så andre får tilgang til lure grep',
  'Fast id for budsjettlinjen; regnskapet viser til den (§ 11: regnskap skal kunne sammenlignes med budsjett).':
    'Fast ID for budsjettlina; rekneskapen viser til ho (§ 11: rekneskap skal kunne samanliknast med budsjett).',
  Finansieringskilde: 'Finansieringskjelde',
  'Fire sifre; de to første er fylkesnummeret (SSB, klassifikasjon 131).':
    'Fire siffer; dei to første er fylkesnummeret (SSB, klassifikasjon 131).',
  'Fjorårets utlysning': 'Utlysinga i fjor',
  'For eksempel FNs bærekraftsmål og barnekonvensjonen':
    'Til dømes berekraftsmåla til FN og barnekonvensjonen',
  'For eksempel KOSTRA-tall, folkehelseprofiler, Ungdata og annen levekårsstatistikk':
    'Til dømes KOSTRA-tal, folkehelseprofilar, Ungdata og annan levekårsstatistikk',
  'For eksempel Nav Gjøvik': 'Til dømes Nav Gjøvik',
  'Forankring i kommunen, organisering av arbeidet og plan':
    'Forankring i kommunen, organisering av arbeidet og plan',
  'Forankring og organisering': 'Forankring og organisering',
  'Forespørselens id': 'ID for førespurnaden',
  'Forventet oppstart': 'Venta oppstart',
  Fra: 'Frå',
  Gateadresse: 'Gateadresse',
  'Gjerne kort og greit: navnet følger tiltaket gjennom inntil tre år.':
    'Gjerne kort og greitt: namnet følgjer tiltaket gjennom inntil tre år.',
  Godkjent: 'Godkjend',
  'Godkjent beløp (kr)': 'Godkjent beløp (kr)',
  'Har kommunen søkt eller mottatt andre tilskudd til tiltak rettet mot målgruppene? (§ 7)':
    'Har kommunen søkt om eller fått andre tilskot til tiltak retta mot målgruppene? (§ 7)',
  'Herav dekket av tilskuddet (kr)': 'Av dette dekt av tilskotet (kr)',
  'Hva er gjort i året, og hva gjenstår': 'Kva er gjort i året, og kva står att',
  'Hva skal oppnås lokalt': 'Kva skal ein oppnå lokalt',
  'Hvilke oppgaver og tjenester i det ordinære tjenestetilbudet tilskuddet skal bidra til å utvikle':
    'Kva oppgåver og tenester i det ordinære tenestetilbodet tilskotet skal bidra til å utvikle',
  'Hvordan brukerne involveres i utviklingsarbeidet':
    'Korleis brukarane blir involverte i utviklingsarbeidet',
  'Hvordan erfaringene skal videreføres og implementeres (avtaler, planer, budsjett m.m.)':
    'Korleis erfaringane skal vidareførast og implementerast (avtalar, planar, budsjett m.m.)',
  'Hvordan tiltaket er videreført': 'Korleis tiltaket er vidareført',
  'Hvorfor midlene ikke er brukt': 'Kvifor midlane ikkje er brukte',
  'Hvorfor tiltaket ikke har startet': 'Kvifor tiltaket ikkje har starta',
  'Id-en til linjen i det godkjente budsjettet': 'ID-en til lina i det godkjende budsjettet',
  'Implementering i ordinær drift': 'Implementering i ordinær drift',
  'Inntil 36 måneder etter oppstart (§ 5)': 'Inntil 36 månader etter oppstart (§ 5)',
  'Interkommunalt samarbeid': 'Interkommunalt samarbeid',
  'Ja, delvis eller nei': 'Ja, delvis eller nei',
  Kategori: 'Kategori',
  'Kommentar til avvik': 'Kommentar til avvik',
  'Kommentar til budsjettet': 'Kommentar til budsjettet',
  'Kommunene Nav-kontoret dekker. Flere kommuner betyr interkommunalt samarbeid.':
    'Kommunane Nav-kontoret dekkjer. Fleire kommunar tyder interkommunalt samarbeid.',
  Kommunenummer: 'Kommunenummer',
  Kommuner: 'Kommunar',
  'Kompetanse som trengs spesifikt for tiltaket, for eksempel design, evaluering eller utvikling':
    'Kompetanse som trengst spesifikt for tiltaket, til dømes design, evaluering eller utvikling',
  'Kompetansemidler (kr)': 'Kompetansemidlar (kr)',
  Kontaktperson: 'Kontaktperson',
  Kontonummer: 'Kontonummer',
  'Kontonummer for utbetaling': 'Kontonummer for utbetaling',
  'Kort statusrapport': 'Kort statusrapport',
  Koststed: 'Koststad',
  'Kriteriene i § 5 tiltaket bidrar til': 'Kriteria i § 5 tiltaket bidreg til',
  'Kriterium (§ 3)': 'Kriterium (§ 3)',
  'Levekår og utfordringer for målgruppene': 'Levekår og utfordringar for målgruppene',
  'Linje-id': 'Line-ID',
  'Lokal måloppnåelse': 'Lokal måloppnåing',
  'Lønn (kr)': 'Løn (kr)',
  'Metodisk tilnærming': 'Metodisk tilnærming',
  'Modellen i utlysningens nasjonale forsøk': 'Modellen i det nasjonale forsøket i utlysinga',
  Mottaker: 'Mottakar',
  'Mottakerens organisasjonsnummer': 'Organisasjonsnummeret til mottakaren',
  'Mottatt tilskudd (kr)': 'Motteke tilskot (kr)',
  'Mottatt tilskudd i året (kr)': 'Motteke tilskot i året (kr)',
  Myndighet: 'Styresmakt',
  'Mål for tiltaket, innenfor målene for ordningen (§ 1)':
    'Mål for tiltaket, innanfor måla for ordninga (§ 1)',
  Målgruppe: 'Målgruppe',
  Målgrupper: 'Målgrupper',
  Måloppnåelse: 'Måloppnåing',
  'Måloppnåelse for kriterium': 'Måloppnåing for kriterium',
  Måneder: 'Månader',
  'Nasjonalt forsøk': 'Nasjonalt forsøk',
  'Nav-kontor': 'Nav-kontor',
  'Nav-kontorets navn': 'Namnet på Nav-kontoret',
  Navn: 'Namn',
  'Navn på tiltaket': 'Namn på tiltaket',
  'Ni sifre som begynner med 8 eller 9, med gyldig kontrollsiffer (MOD11)':
    'Ni siffer som byrjar med 8 eller 9, med gyldig kontrollsiffer (MOD11)',
  'Nytt tiltak eller videreføring': 'Nytt tiltak eller vidareføring',
  'Oppgaver og tjenester som skal utvikles': 'Oppgåver og tenester som skal utviklast',
  'Oppnådd, delvis, ikke oppnådd eller ikke relevant': 'Oppnådd, delvis, ikkje oppnådd eller ikkje relevant',
  Oppstartsdato: 'Oppstartsdato',
  Organisasjonsnummer: 'Organisasjonsnummer',
  'Overføres fra år': 'Blir overført frå år',
  'Overføring av ubenyttede midler': 'Overføring av ubrukte midlar',
  'Overført fra fjoråret (kr)': 'Overført frå i fjor (kr)',
  'Plan for videreføring i ordinær drift': 'Plan for vidareføring i ordinær drift',
  'Planlagt bruk neste år': 'Planlagd bruk neste år',
  'Planlagt sluttdato': 'Planlagd sluttdato',
  Post: 'Post',
  Postnummer: 'Postnummer',
  Poststed: 'Poststad',
  'Prioriterte områder': 'Prioriterte område',
  Rapport: 'Rapport',
  'Rapportens id': 'ID for rapporten',
  Rapporteringsår: 'Rapporteringsår',
  Regnskap: 'Rekneskap',
  'Regnskap (kr)': 'Rekneskap (kr)',
  'Regnskap per': 'Rekneskap per',
  Regnskapslinje: 'Rekneskapsline',
  Regnskapslinjer: 'Rekneskapsliner',
  Sak: 'Sak',
  Saksnummer: 'Saksnummer',
  'Saksnummer for fjorårets tilskudd': 'Saksnummer for tilskotet i fjor',
  'Samarbeidende kommuner': 'Samarbeidande kommunar',
  'Samme søknadsskjema som for nye tiltak': 'Same søknadsskjema som for nye tiltak',
  Sammendrag: 'Samandrag',
  'Sammenheng med nasjonale satsinger': 'Samanheng med nasjonale satsingar',
  'Sendt inn': 'Send inn',
  'Settes når søknaden sendes inn': 'Blir sett når søknaden blir send inn',
  Signatur: 'Signatur',
  'Signert av': 'Signert av',
  'Signert dato': 'Signert dato',
  Skjemaversjon: 'Skjemaversjon',
  Sluttrapport: 'Sluttrapport',
  'Sosiale utgifter (kr)': 'Sosiale utgifter (kr)',
  Statsforvalter: 'Statsforvaltar',
  Statsforvalteren: 'Statsforvaltaren',
  'Statsforvalteren, eller Arbeids- og velferdsdirektoratet for nasjonale forsøk (§ 7)':
    'Statsforvaltaren, eller Arbeids- og velferdsdirektoratet for nasjonale forsøk (§ 7)',
  'Statsforvalterens saksnummer, for eksempel 2024/1234':
    'Saksnummeret til statsforvaltaren, til dømes 2024/1234',
  Status: 'Status',
  'Status for gjennomføring': 'Status for gjennomføring',
  Statusrapport: 'Statusrapport',
  'Statusrapport med regnskap': 'Statusrapport med rekneskap',
  Stilling: 'Stilling',
  'Stilling eller rolle': 'Stilling eller rolle',
  Stillinger: 'Stillingar',
  'Stillinger videreført med kommunale midler (årsbeløp, kr)':
    'Stillingar vidareførte med kommunale midlar (årsbeløp, kr)',
  Stillingsprosent: 'Stillingsprosent',
  Stillingstittel: 'Stillingstittel',
  'Søkes overført til neste år (kr)': 'Blir søkt overført til neste år (kr)',
  'Søknad om tilskudd': 'Søknad om tilskot',
  'Søknadens id': 'ID for søknaden',
  'Søkt eller innvilget': 'Søkt eller innvilga',
  'Søkt eller mottatt': 'Søkt eller motteke',
  'Søkt tilskudd (kr)': 'Søkt tilskot (kr)',
  Telefon: 'Telefon',
  Til: 'Til',
  'Tilbakebetales (kr)': 'Blir betalt tilbake (kr)',
  Tildelingskriterier: 'Tildelingskriterium',
  'Tilskuddet bortfaller om vilkårene ikke oppfylles (§ 13)':
    'Tilskotet fell bort om vilkåra ikkje blir oppfylte (§ 13)',
  Tilskuddsgiver: 'Tilskotsgjevar',
  Tilskuddsordning: 'Tilskotsordning',
  'Tilskuddsår for tiltaket': 'Tilskotsår for tiltaket',
  Tiltaket: 'Tiltaket',
  'Tiltaket er i gang': 'Tiltaket er i gang',
  'Tiltaket har ikke startet': 'Tiltaket har ikkje starta',
  'Tiltakets eget koststed (§ 11)': 'Eigen koststad for tiltaket (§ 11)',
  'Tiltakets første dag': 'Første dag i tiltaket',
  'Tiltakets navn': 'Namnet på tiltaket',
  'Tiltakets periode': 'Perioden for tiltaket',
  Tittel: 'Tittel',
  'Type søknad': 'Type søknad',
  'Ubenyttede midler': 'Ubrukte midlar',
  Utlysning: 'Utlysing',
  'Utlysningen det søkes under': 'Utlysinga det blir søkt under',
  'Utlysningen tilskuddet ble gitt under': 'Utlysinga tilskotet vart gitt under',
  'Utlysningens prioriterte områder tiltaket svarer på':
    'Dei prioriterte områda i utlysinga som tiltaket svarar på',
  'Vi aksepterer vilkårene i tilskuddsbrevet': 'Vi aksepterer vilkåra i tilskotsbrevet',
  Videreføring: 'Vidareføring',
  'Videreført i ordinær drift': 'Vidareført i ordinær drift',
  'Vurdert mot relevante kriterier for måloppnåelse (§ 3, § 11)':
    'Vurdert mot relevante kriterium for måloppnåing (§ 3, § 11)',
  'Adressen post til Nav-kontoret sendes til (§ 7)': 'Adressa post til Nav-kontoret blir send til (§ 7)',
  'Adressen statsforvalteren skriver til om saken': 'Adressa statsforvaltaren skriv til om saka',
  'Alltid «acceptance»; forteller hvilket dokument dette er':
    'Alltid «acceptance»; fortel kva dokument dette er',
  'Alltid «application»; forteller hvilket dokument dette er':
    'Alltid «application»; fortel kva dokument dette er',
  'Alltid «final-report»; forteller hvilket dokument dette er':
    'Alltid «final-report»; fortel kva dokument dette er',
  'Alltid «status-report»; forteller hvilket dokument dette er':
    'Alltid «status-report»; fortel kva dokument dette er',
  'Alltid «transfer-request»; forteller hvilket dokument dette er':
    'Alltid «transfer-request»; fortel kva dokument dette er',
  'Beløpet i det godkjente budsjettet, i hele kroner': 'Beløpet i det godkjende budsjettet, i heile kroner',
  // Version 1 of the acceptance (its deprecated amount), still what the deprecation-note test translates.
  'beløpet står i tilskuddsbrevet, og bekreftelsen viser til saken; feltet fjernes i neste hovedversjon':
    'beløpet står i tilskotsbrevet, og stadfestinga viser til saka; feltet blir fjerna i neste hovudversjon',
  'Beløpet i tilskuddsbrevet': 'Beløpet i tilskotsbrevet',
  'Beløpet som kan overføres, høyst det som er søkt; 0 ved avslag':
    'Beløpet som kan overførast, høgst det som er søkt; 0 ved avslag',
  'Beslutning om overføring': 'Avgjerd om overføring',
  'Datoen dere regner med at tiltaket starter': 'Datoen de reknar med at tiltaket startar',
  'Datoen forespørselen sendes statsforvalteren': 'Datoen førespurnaden blir send til statsforvaltaren',
  'Datoen statsforvalteren avgjorde forespørselen': 'Datoen statsforvaltaren avgjorde førespurnaden',
  'Den delen av de ubenyttede midlene dere søker om å få overført (§ 10)':
    'Den delen av dei ubrukte midlane de søkjer om å få overført (§ 10)',
  'Den statsforvalteren kan kontakte om søknaden og tilskuddet (§ 7)':
    'Den statsforvaltaren kan kontakte om søknaden og tilskotet (§ 7)',
  'Det søknaden skal beskrive etter § 7': 'Det søknaden skal skildre etter § 7',
  'En kostnad ved tiltaket utenom lønn': 'Ein kostnad ved tiltaket utanom løn',
  'En stilling i tiltaket med lønn, sosiale utgifter og søkt tilskudd':
    'Ei stilling i tiltaket med løn, sosiale utgifter og søkt tilskot',
  'Et annet tilskudd eller bidrag til tiltaket': 'Eit anna tilskot eller bidrag til tiltaket',
  'Et annet tilskudd kommunen har søkt eller fått til tiltak for samme målgrupper (§ 7)':
    'Eit anna tilskot kommunen har søkt om eller fått til tiltak for same målgrupper (§ 7)',
  'Faktiske kostnader i regnskapet, i hele kroner': 'Faktiske kostnader i rekneskapen, i heile kroner',
  'Fire sifre, for eksempel 2815': 'Fire siffer, til dømes 2815',
  'For eksempel at stillingen ikke er besatt ennå': 'Til dømes at stillinga ikkje er sett ennå',
  'For eksempel barnefamilier, ungdom eller langtidsmottakere av sosialhjelp':
    'Til dømes barnefamiliar, ungdom eller langtidsmottakarar av sosialhjelp',
  'For eksempel prosjektleder eller veileder ved Nav-kontoret':
    'Til dømes prosjektleiar eller rettleiar ved Nav-kontoret',
  'For eksempel sen oppstart eller at en stilling har stått ledig en periode':
    'Til dømes sein oppstart eller at ei stilling har stått ledig ein periode',
  'For eksempel sosialfaglig veileder eller prosjektleder':
    'Til dømes sosialfagleg rettleiar eller prosjektleiar',
  'Forklar store forskjeller mellom budsjett og regnskap':
    'Forklar store skilnader mellom budsjett og rekneskap',
  'Forklaring til tallene, for eksempel hvordan lønn og sosiale utgifter er beregnet':
    'Forklaring til tala, til dømes korleis løn og sosiale utgifter er rekna ut',
  'Fornavn og etternavn på den statsforvalteren kan kontakte om saken':
    'Førenamn og etternamn på den statsforvaltaren kan kontakte om saka',
  'Fra oppstart til avslutning; tilskudd kan gis i inntil tre år (§ 5)':
    'Frå oppstart til avslutning; tilskot kan givast i inntil tre år (§ 5)',
  'Full rapport når tiltaket er i gang, kort rapport når det ikke har startet':
    'Full rapport når tiltaket er i gang, kort rapport når det ikkje har starta',
  'Fylles ut av statsforvalteren; overførte midler trekkes fra neste års utbetaling (§ 10)':
    'Blir fylt ut av statsforvaltaren; overførte midlar blir trekte frå utbetalinga neste år (§ 10)',
  'Fylles ut når flere kommuner samarbeider om tiltaket (§ 5)':
    'Blir fylt ut når fleire kommunar samarbeider om tiltaket (§ 5)',
  'Gate og husnummer, eller postboks': 'Gate og husnummer, eller postboks',
  'Hele det mottatte tilskuddet søkes overført (§ 10)':
    'Heile det mottekne tilskotet blir søkt overført (§ 10)',
  'Hovedversjonen av skjemaet dokumentet følger, her 1':
    'Hovudversjonen av skjemaet dokumentet følgjer, her 1',
  'Hva kommunen selv betaler per år for stillingene som er videreført':
    'Kva kommunen sjølv betaler per år for stillingane som er vidareførte',
  'Hva kostnaden gjelder, for eksempel kurs i motiverende intervju':
    'Kva kostnaden gjeld, til dømes kurs i motiverande intervju',
  'Hva midlene skal brukes til i tiltaket neste år': 'Kva midlane skal brukast til i tiltaket neste år',
  'Hva slags kostnad; direkte utbetaling til bruker gis det ikke tilskudd til (§ 5)':
    'Kva slags kostnad; det blir ikkje gitt tilskot til direkte utbetaling til brukar (§ 5)',
  'Hva som er oppnådd for dette kriteriet, gjerne med eksempler':
    'Kva som er oppnådd for dette kriteriet, gjerne med døme',
  'Hvem som bidrar, for eksempel et annet tilskudd eller en samarbeidspartner':
    'Kven som bidreg, til dømes eit anna tilskot eller ein samarbeidspartnar',
  'Hvem som gir tilskuddet, for eksempel et direktorat eller fylkeskommunen':
    'Kven som gir tilskotet, til dømes eit direktorat eller fylkeskommunen',
  'Hvem tiltaket skal hjelpe, én målgruppe per linje (§ 7)':
    'Kven tiltaket skal hjelpe, éi målgruppe per line (§ 7)',
  'Hvilket av de ti statsforvalterembetene, etter fylket kommunen ligger i':
    'Kva for eit av dei ti statsforvaltarembeta, etter fylket kommunen ligg i',
  'Hvilket kriterium for måloppnåelse vurderingen gjelder': 'Kva kriterium for måloppnåing vurderinga gjeld',
  'Hvordan brukerne har vært med gjennom hele tiltaket':
    'Korleis brukarane har vore med gjennom heile tiltaket',
  'Hvordan brukerne har vært med i arbeidet i året': 'Korleis brukarane har vore med i arbeidet i året',
  'Hvordan kommunene deler arbeid, ansvar og kostnader i tiltaket':
    'Korleis kommunane deler arbeid, ansvar og kostnader i tiltaket',
  'Høyst det statusrapporten viser som ubenyttet, i hele kroner (§ 10)':
    'Høgst det statusrapporten viser som ubrukt, i heile kroner (§ 10)',
  'Kontonummeret tilskuddet skal utbetales til, elleve sifre':
    'Kontonummeret tilskotet skal betalast ut til, elleve siffer',
  'Kort om hva tiltaket har gjort og oppnådd': 'Kort om kva tiltaket har gjort og oppnådd',
  'Kostnaden i hele kroner': 'Kostnaden i heile kroner',
  'Kostnader utenom lønn, én linje per kostnad; tilskuddet dekker bare stillinger og kompetansemidler':
    'Kostnader utanom løn, éi line per kostnad; tilskotet dekkjer berre stillingar og kompetansemidlar',
  'Lønn i tilskuddsåret for denne stillingsprosenten og disse månedene, i hele kroner':
    'Løn i tilskotsåret for denne stillingsprosenten og desse månadene, i heile kroner',
  'Metoden eller arbeidsformen tiltaket bygger på, og hvorfor den passer (§ 7)':
    'Metoden eller arbeidsforma tiltaket byggjer på, og kvifor ho passar (§ 7)',
  'Midler som ikke er brukt, fordelt på overføring og tilbakebetaling (§ 10)':
    'Midlar som ikkje er brukte, fordelte på overføring og tilbakebetaling (§ 10)',
  'Målgruppen det andre tilskuddet er rettet mot': 'Målgruppa det andre tilskotet er retta mot',
  'Nav-kontorets organisasjonsnummer fra søknaden, ni sifre':
    'Organisasjonsnummeret til Nav-kontoret frå søknaden, ni siffer',
  'Navn, varighet og hvilket tilskuddsår tiltaket er i': 'Namn, varigheit og kva tilskotsår tiltaket er i',
  'Navnet på budsjettlinjen, for eksempel stillingstittelen':
    'Namnet på budsjettlina, til dømes stillingstittelen',
  'Navnet på den andre tilskuddsordningen': 'Namnet på den andre tilskotsordninga',
  'Navnet på tiltaket slik det står i søknaden': 'Namnet på tiltaket slik det står i søknaden',
  'Om og hvordan erfaringene fra tiltaket er videreført i ordinær drift (§ 7)':
    'Om og korleis erfaringane frå tiltaket er vidareførte i ordinær drift (§ 7)',
  'Om statsforvalteren godkjenner overføringen': 'Om statsforvaltaren godkjenner overføringa',
  'Regnskap mot budsjett for én budsjettlinje': 'Rekneskap mot budsjett for éi budsjettline',
  'Resten av de ubenyttede midlene, som betales tilbake (§ 10)':
    'Resten av dei ubrukte midlane, som blir betalte tilbake (§ 10)',
  'Saken dokumentet hører til: saksnummer, utlysning, mottaker og tiltak':
    'Saka dokumentet høyrer til: saksnummer, utlysing, mottakar og tiltak',
  'Settes når rapporten sendes inn': 'Blir sett når rapporten blir send inn',
  'Statsforvalteren, eller Arbeids- og velferdsdirektoratet for nasjonale forsøk (§ 7, § 8, § 10)':
    'Statsforvaltaren, eller Arbeids- og velferdsdirektoratet for nasjonale forsøk (§ 7, § 8, § 10)',
  'Statsforvalterens saksnummer for tilskuddet til samme tiltak i fjor, for eksempel 2023/1234':
    'Saksnummeret til statsforvaltaren for tilskotet til same tiltak i fjor, til dømes 2023/1234',
  'Stedet som hører til postnummeret, for eksempel Gjøvik':
    'Staden som høyrer til postnummeret, til dømes Gjøvik',
  'Stillingene i tiltaket, én linje per stilling': 'Stillingane i tiltaket, éi line per stilling',
  'Søker og tilskuddsmottaker er kommunen, ved Nav-kontoret (§ 4, § 7)':
    'Søkjar og tilskotsmottakar er kommunen, ved Nav-kontoret (§ 4, § 7)',
  'Søkt eller innvilget beløp, i hele kroner': 'Søkt eller innvilga beløp, i heile kroner',
  'Søkt eller mottatt beløp, i hele kroner': 'Søkt eller motteke beløp, i heile kroner',
  'Tilskudd utbetalt for rapporteringsåret, i hele kroner':
    'Tilskot utbetalt for rapporteringsåret, i heile kroner',
  'Tilskuddsåret de ubenyttede midlene ble gitt for': 'Tilskotsåret dei ubrukte midlane vart gitt for',
  'Tiltakets budsjett for tilskuddsåret; summene regnes ut fra linjene (§ 7)':
    'Budsjettet for tiltaket i tilskotsåret; summane blir rekna ut frå linene (§ 7)',
  'Tiltakets eget prosjektregnskap med eget koststed (§ 11)':
    'Eige prosjektrekneskap for tiltaket med eigen koststad (§ 11)',
  'Tiltakets siste dag': 'Siste dag i tiltaket',
  'Type myndighet': 'Type styresmakt',
  'Ubenyttede midler som er godkjent overført fra året før, i hele kroner; 0 om ingen (§ 10)':
    'Ubrukte midlar som er godkjende overførte frå året før, i heile kroner; 0 om ingen (§ 10)',
  'Unik id for bekreftelsen: små bokstaver a–z, sifre og bindestrek':
    'Unik ID for stadfestinga: små bokstavar a–z, siffer og bindestrek',
  'Unik id for forespørselen: små bokstaver a–z, sifre og bindestrek':
    'Unik ID for førespurnaden: små bokstavar a–z, siffer og bindestrek',
  'Unik id for rapporten: små bokstaver a–z, sifre og bindestrek':
    'Unik ID for rapporten: små bokstavar a–z, siffer og bindestrek',
  'Unik id for søknaden: små bokstaver a–z, sifre og bindestrek':
    'Unik ID for søknaden: små bokstavar a–z, siffer og bindestrek',
  'Utlysningen fjorårets tilskudd ble gitt under, for eksempel utvikling-sosiale-tjenester-2023':
    'Utlysinga tilskotet i fjor vart gitt under, til dømes utvikling-sosiale-tjenester-2023',
  'Vurdering av ett kriterium for måloppnåelse (§ 3)': 'Vurdering av eitt kriterium for måloppnåing (§ 3)',
  '«county-office»: statsforvalteren behandler, beslutter og utbetaler (§ 8, § 10)':
    '«county-office»: statsforvaltaren behandlar, avgjer og betaler ut (§ 8, § 10)',
  '«directorate»: Arbeids- og velferdsdirektoratet, for nasjonale forsøk (§ 7, § 8, § 10)':
    '«directorate»: Arbeids- og velferdsdirektoratet, for nasjonale forsøk (§ 7, § 8, § 10)',
  '«not-started»: kort rapport når hele tilskuddet søkes overført':
    '«not-started»: kort rapport når heile tilskotet blir søkt overført',
  '«started»: full statusrapport med regnskap': '«started»: full statusrapport med rekneskap',
  'Året rapporten og regnskapet gjelder, det samme som tilskuddsåret':
    'Året rapporten og rekneskapen gjeld, det same som tilskotsåret',
  'Åtte sifre, eventuelt med +47 foran; mellomrom er lov':
    'Åtte siffer, eventuelt med +47 framfor; mellomrom er lov',
  'Én linje for hver linje i det godkjente budsjettet, så regnskapet kan sammenlignes med det (§ 11)':
    'Éi line for kvar line i det godkjende budsjettet, så rekneskapen kan samanliknast med det (§ 11)',
  // The county office's assessment (vurdering).
  'Alltid «assessment»; forteller hvilket dokument dette er':
    'Alltid «assessment»; fortel kva dokument dette er',
  'Vurderingens id': 'ID for vurderinga',
  'Unik id for vurderingen: små bokstaver a–z, sifre og bindestrek':
    'Unik ID for vurderinga: små bokstavar a–z, siffer og bindestrek',
  'Id-en til søknaden som vurderes': 'ID-en til søknaden som blir vurdert',
  'Utlysningen søknaden ble sendt under': 'Utlysinga søknaden vart send under',
  'Vurdert av': 'Vurdert av',
  'Myndigheten og saksbehandleren som har vurdert søknaden':
    'Styresmakta og saksbehandlaren som har vurdert søknaden',
  Saksbehandler: 'Saksbehandlar',
  'Navnet på den som har vurdert søknaden': 'Namnet på den som har vurdert søknaden',
  'Datoen vurderingen ble gjort': 'Datoen vurderinga vart gjord',
  'Hvert kriterium i § 5 får poeng fra 0 til 3, med begrunnelse':
    'Kvart kriterium i § 5 får poeng frå 0 til 3, med grunngiving',
  'Tildelingskriterium (§ 5)': 'Tildelingskriterium (§ 5)',
  Poeng: 'Poeng',
  'Hvor godt søknaden ivaretar kriteriet: 0 ikke ivaretatt, 1 i liten grad, 2 i noen grad, 3 i stor grad':
    'Kor godt søknaden tek vare på kriteriet: 0 ikkje teke vare på, 1 i liten grad, 2 i nokon grad, 3 i stor grad',
  Begrunnelse: 'Grunngiving',
  'Hvorfor søknaden får denne poengsummen på kriteriet': 'Kvifor søknaden får denne poengsummen på kriteriet',
  'Det gis ikke tilskudd til': 'Det blir ikkje gitt tilskot til',
  'Hvert unntak i utlysningen kontrolleres (§ 5)': 'Kvart unntak i utlysinga blir kontrollert (§ 5)',
  'Det gis ikke tilskudd til dette': 'Det blir ikkje gitt tilskot til dette',
  'Gjelder søknaden': 'Gjeld søknaden',
  'Ja når tiltaket faller inn under unntaket; da kan det ikke innstilles på tilskudd':
    'Ja når tiltaket fell inn under unntaket; då kan det ikkje innstillast på tilskot',
  Merknad: 'Merknad',
  'Hva i søknaden vurderingen bygger på': 'Kva i søknaden vurderinga byggjer på',
  'Hvor godt tiltaket svarer på utlysningens prioriteringer':
    'Kor godt tiltaket svarer på prioriteringane i utlysinga',
  'Prioriterte områder tiltaket svarer på': 'Prioriterte område tiltaket svarer på',
  'Utlysningens prioriterte områder, slik saksbehandleren vurderer tiltaket':
    'Dei prioriterte områda i utlysinga, slik saksbehandlaren vurderer tiltaket',
  'Vurdering av prioriteringene': 'Vurdering av prioriteringane',
  'Hvordan tiltaket svarer på utlysningens prioriterte områder (§ 6)':
    'Korleis tiltaket svarer på dei prioriterte områda i utlysinga (§ 6)',
  Innstilling: 'Innstilling',
  'Tilskudd med beløp, eller avslag med begrunnelse': 'Tilskot med beløp, eller avslag med grunngiving',
  'Innstilles på tilskudd': 'Blir innstilt på tilskot',
  '«grant»: søknaden innstilles på tilskudd': '«grant»: søknaden blir innstilt på tilskot',
  'Foreslått tilskudd (kr)': 'Føreslått tilskot (kr)',
  'Høyst det søknaden ber om og det utlysningens sats gir for stillingene':
    'Høgst det søknaden ber om og det satsen i utlysinga gir for stillingane',
  'Begrunnelse for beløpet': 'Grunngiving for beløpet',
  'Påkrevd når foreslått tilskudd er et annet enn søkt beløp':
    'Påkravd når føreslått tilskot er eit anna enn søkt beløp',
  'Innstilles på avslag': 'Blir innstilt på avslag',
  '«reject»: søknaden innstilles på avslag': '«reject»: søknaden blir innstilt på avslag',
  Begrunnelser: 'Grunngivingar',
  'Én eller flere begrunnelser for avslaget': 'Éi eller fleire grunngivingar for avslaget',
  'Samlet vurdering': 'Samla vurdering',
  'Skjønnsmessig vurdering mot målene for ordningen (§ 5); går inn i beslutningen':
    'Skjønnsmessig vurdering mot måla for ordninga (§ 5); går inn i avgjerda',
  'Hovedversjonen av skjemaet dokumentet følger, her 2':
    'Hovudversjonen av skjemaet dokumentet følgjer, her 2',
  Vedlegg: 'Vedlegg',
  'Analyser, planer, avtaler og annet som underbygger søknaden; PDF, bilder, Word, Excel eller ODT, høyst 10 MB per fil og 50 MB til sammen':
    'Analysar, planar, avtalar og anna som underbyggjer søknaden; PDF, bilete, Word, Excel eller ODT, høgst 10 MB per fil og 50 MB til saman',
  Signaturer: 'Signaturar',
  'Nav-lederen og kommunedirektøren/rådmannen signerer søknaden i løsningen før den sendes (§ 7); settes av løsningen':
    'Nav-leiaren og kommunedirektøren/rådmannen signerer søknaden i løysinga før ho blir send (§ 7); blir sett av løysinga',
  'En fil dokumentet viser til: navn, type, størrelse og sjekksum for innholdet':
    'Ei fil dokumentet viser til: namn, type, storleik og sjekksum for innhaldet',
  'Vedleggets id': 'ID for vedlegget',
  'Id-en vedlegget fikk da det ble lastet opp': 'ID-en vedlegget fekk då det vart lasta opp',
  Filnavn: 'Filnamn',
  'Navnet filen hadde da den ble lastet opp': 'Namnet fila hadde då ho vart lasta opp',
  Filtype: 'Filtype',
  'Filtypen innholdet viser: PDF, PNG, JPEG, XLSX, DOCX eller ODT':
    'Filtypen innhaldet viser: PDF, PNG, JPEG, XLSX, DOCX eller ODT',
  'Størrelse (byte)': 'Storleik (byte)',
  'Filens størrelse; høyst 10 MB (10 485 760 byte)': 'Storleiken på fila; høgst 10 MB (10 485 760 byte)',
  Sjekksum: 'Sjekksum',
  'SHA-256 av filens innhold, 64 tegn 0–9 og a–f': 'SHA-256 av innhaldet i fila, 64 teikn 0–9 og a–f',
  'En signatur gitt i løsningen: hvem, i hvilken rolle, når, og hva som ble signert':
    'Ein signatur gitt i løysinga: kven, i kva rolle, når, og kva som vart signert',
  'Type signatur': 'Type signatur',
  '«recorded»: gitt i løsningen, med hvem, når og sjekksum for dokumentet':
    '«recorded»: gitt i løysinga, med kven, når og sjekksum for dokumentet',
  Rolle: 'Rolle',
  'Rollen personen signerte i: «nav-office-head» Nav-leder, «municipal-executive» kommunedirektør/rådmann, «nav-office» ansatt ved Nav-kontoret':
    'Rolla personen signerte i: «nav-office-head» Nav-leiar, «municipal-executive» kommunedirektør/rådmann, «nav-office» tilsett ved Nav-kontoret',
  'Personen som signerte, slik innloggingen viste dem': 'Personen som signerte, slik innlogginga viste dei',
  'Innloggingens id': 'ID frå innlogginga',
  'Identiteten (sub) innloggingen ga personen, for eksempel et pseudonym fra ID-porten':
    'Identiteten (sub) innlogginga gav personen, til dømes eit pseudonym frå ID-porten',
  'Navnet på den som signerte': 'Namnet på den som signerte',
  Signert: 'Signert',
  'Tidspunktet signaturen ble gitt': 'Tidspunktet signaturen vart gitt',
  'Sjekksum for dokumentet': 'Sjekksum for dokumentet',
  'SHA-256 av dokumentets kanoniske JSON (RFC 8785), uten signaturene og «submittedAt»; endres dokumentet, stemmer den ikke lenger':
    'SHA-256 av den kanoniske JSON-en til dokumentet (RFC 8785), utan signaturane og «submittedAt»; blir dokumentet endra, stemmer han ikkje lenger',
  Virksomhet: 'Verksemd',
  'Virksomheten den som signerer, handler for: Nav-kontoret eller kommunen':
    'Verksemda den som signerer, handlar for: Nav-kontoret eller kommunen',
  'Nav-kontoret': 'Nav-kontoret',
  Type: 'Type',
  '«nav-office»: Nav-kontoret': '«nav-office»: Nav-kontoret',
  'Nav-kontorets navn, for eksempel Nav Gjøvik': 'Namnet på Nav-kontoret, til dømes Nav Gjøvik',
  'Nav-kontorets organisasjonsnummer, ni sifre': 'Organisasjonsnummeret til Nav-kontoret, ni siffer',
  Kommunen: 'Kommunen',
  '«municipality»: kommunen': '«municipality»: kommunen',
  'Kommunens navn, for eksempel Gjøvik kommune': 'Namnet på kommunen, til dømes Gjøvik kommune',
  'Fire sifre (SSB, klassifikasjon 131)': 'Fire siffer (SSB, klassifikasjon 131)',
  'Innskrevet signatur (versjon 1)': 'Innskriven signatur (versjon 1)',
  'Navn, tittel og dato skrevet inn for hånd før versjon 2; kan ikke etterprøves':
    'Namn, tittel og dato skrivne inn for hand før versjon 2; kan ikkje etterprøvast',
  '«typed»: navn og dato skrevet inn i versjon 1 av dokumentet; kan ikke etterprøves':
    '«typed»: namn og dato skrivne inn i versjon 1 av dokumentet; kan ikkje etterprøvast',
  'Navnet som ble skrevet inn': 'Namnet som vart skrive inn',
  'Stillingen som ble skrevet inn': 'Stillinga som vart skriven inn',
  'Datoen som ble skrevet inn': 'Datoen som vart skriven inn',
  'Kommunedirektøren/rådmannen, eller en annen med fullmakt til å forplikte kommunen, signerer i løsningen (§ 10); settes av løsningen':
    'Kommunedirektøren/rådmannen, eller ein annan med fullmakt til å forplikte kommunen, signerer i løysinga (§ 10); blir sett av løysinga',
  Returnert: 'Returnert',
  'Settes når den signerte bekreftelsen sendes tilbake til statsforvalteren':
    'Blir sett når den signerte stadfestinga blir send tilbake til statsforvaltaren',
  'Den som sender rapporten, signerer den i løsningen på vegne av kommunen; settes av løsningen':
    'Den som sender rapporten, signerer han i løysinga på vegner av kommunen; blir sett av løysinga',
  'Dokumentasjon av kostnadene, for eksempel bilag, lønnslister eller utskrift fra regnskapet; husk statsforvalterens saksnummer':
    'Dokumentasjon av kostnadene, til dømes bilag, lønslister eller utskrift frå rekneskapen; hugs saksnummeret til statsforvaltaren',
  'Evalueringer, planer, avtaler og annet som viser hva tiltaket har oppnådd og hvordan det er videreført':
    'Evalueringar, planar, avtalar og anna som viser kva tiltaket har oppnådd og korleis det er vidareført',
};
