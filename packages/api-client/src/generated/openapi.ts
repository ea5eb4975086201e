// Generert fra @sosialtilskudd/json-schemas/openapi.json med openapi-typescript. Ikke rediger for hånd: kjør «pnpm generate».
// Generated file: run pnpm generate.

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tjeneren svarer */
        get: operations["health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Dette dokumentet
         * @description Kontrakten som tjeneren oppfyller, for verktøy som leser den herfra (Swagger UI, Scalar, kodegeneratorer). I produksjon uten operasjonene som bare finnes i utvikling.
         */
        get: operations["getOpenApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alle utlysninger */
        get: operations["listCalls"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calls/{callId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Én utlysning */
        get: operations["getCall"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calls/{callId}/extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Registrerte utsettelser av søknadsfristen
         * @description Det en søker trenger: den nye fristen og hvem den gjelder. Hvem som registrerte den og hvorfor, får statsforvalterne og direktoratet i GET /v1/calls/{callId}/extensions/records.
         */
        get: operations["listDeadlineExtensions"];
        put?: never;
        /**
         * Registrer utsatt søknadsfrist
         * @description Statsforvalteren for egne søkere, direktoratet for nasjonale forsøk. Søknader sendt innen den utsatte fristen er i tide. Én søker utenfor statsforvalterens område: 422 EXTENSION_OUTSIDE_AREA.
         */
        post: operations["recordDeadlineExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calls/{callId}/extensions/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Utsettelsene med begrunnelse og hvem som registrerte dem
         * @description For statsforvalterne og direktoratet; Nav-kontorene får 403.
         */
        get: operations["listDeadlineExtensionRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reference/county-offices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Statsforvalterne, med navn og fylker i dag */
        get: operations["listCountyOffices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reference/nav-offices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Nav-kontorene tjenesten kjenner */
        get: operations["listNavOffices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reference/municipalities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kommunene (SSB klassifikasjon 131, fra 2024) */
        get: operations["listMunicipalities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/validations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Kontroller et dokument mot skjema og regler uten å lagre det
         * @description Gir de samme kodene og stiene som @sosialtilskudd/domain og de gylne eksemplene.
         */
        post: operations["validateDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Den innloggede brukeren og rollen */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dev/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Demobrukere (ikke i produksjon) */
        get: operations["listDemoUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dev/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Token for en demobruker (ikke i produksjon)
         * @description Utsteder et token signert med en lokal nøkkel. Slått av når NODE_ENV=production.
         */
        post: operations["devLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Søknadene brukeren kan se
         * @description Nav-kontoret ser sine egne, statsforvalteren innsendte søknader til eget embete, direktoratet alle innsendte; et utkast blir hos Nav-kontoret til det er sendt inn. Nyeste endring først, side for side med nextCursor: en sak som endres mens du blar, flyttes først i lista og kommer med neste gang du henter første side; ingen sak kommer to ganger.
         */
        get: operations["listApplications"];
        put?: never;
        /**
         * Opprett et utkast
         * @description Bare Nav-kontoret som er søker. Utkastet må følge skjemaet; regelbrudd er tillatt i et utkast og stoppes ved innsending.
         */
        post: operations["createApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Én søknad med saksstatus */
        get: operations["getApplication"];
        /**
         * Endre et utkast
         * @description Krever If-Match med utkastets ETag; en annen ETag gir 412. Innsendte søknader endres ikke.
         */
        put: operations["updateApplication"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send inn
         * @description Kontrollerer med full kontekst og setter submittedAt (§ 7).
         */
        post: operations["submitApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Trekk søknaden
         * @description Nav-kontoret trekker et utkast eller en innsendt søknad.
         */
        post: operations["withdrawApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send inn en rettet versjon
         * @description En innsendt søknad endres aldri; en retting før vedtak blir en ny versjon med historikk.
         */
        post: operations["correctApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alle innsendte versjoner */
        get: operations["listApplicationVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Søknaden som PDF
         * @description En kopi av søknaden slik den ble sendt inn (siste versjon), med saksnummer, tidspunktet den kom inn og underskriftene. 409 for et utkast som ikke er sendt inn.
         */
        get: operations["getApplicationPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/signing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send utkastet til signering
         * @description Nav-kontoret, når utkastet er ferdig: det kontrolleres med alle regler, låses (PUT gir 409 DRAFT_LOCKED) og venter på signaturene fra Nav-lederen og kommunedirektøren/rådmannen (§ 7). If-Match med utkastets ETag, så det som sendes er det personen har sett.
         */
        post: operations["requestSigning"];
        /**
         * Åpne utkastet for endring igjen
         * @description Nav-kontoret eller en som skal signere: låsen oppheves og signaturene som er gitt, faller bort (de gjaldt innholdet slik det var). Hendelsen og signaturene som falt bort, står i revisjonsloggen.
         */
        delete: operations["cancelSigning"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/signatures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Signer søknaden
         * @description Nav-lederen eller kommunedirektøren/rådmannen, hver én gang, mens utkastet venter på signering. Signaturen registrerer hvem (fra innloggingen), rollen, virksomheten, tidspunktet og SHA-256 av innholdet; den gis bare når documentSha256 er innholdet slik det er nå (ellers 409 DOCUMENT_CHANGED).
         */
        post: operations["signApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Hvem endret hva, og når
         * @description Hver lagring av utkastet, nyeste først: hvem, når og hvilke felt (JSON Pointer). Også versjoner som ble valgt bort da to lagret samtidig (applied: false).
         */
        get: operations["listDraftRevisions"];
        put?: never;
        /**
         * Ta vare på en versjon som ikke ble lagret
         * @description Når to lagret samtidig og personen velger den andres versjon, tas deres egen vare på her (applied: false), så ingenting går tapt. Den må følge skjemaet.
         */
        post: operations["keepDraftRevision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/revisions/{revisionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Én lagret versjon av utkastet */
        get: operations["getDraftRevision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Vedleggene i saken
         * @description Søkeren ser alle; statsforvalteren og direktoratet bare dem et innsendt dokument viser til (locked).
         */
        get: operations["listAttachments"];
        put?: never;
        /**
         * Last opp et vedlegg
         * @description Nav-kontoret. Filens bytes er innholdet (hvilken Content-Type som helst): typen bedømmes etter innholdet (PDF, PNG, JPEG, XLSX, DOCX, ODT; ellers 415 ATTACHMENT_TYPE_NOT_ALLOWED), høyst 10 MB per fil (413 ATTACHMENT_TOO_LARGE) og 50 MB til ett dokument (413 ATTACHMENTS_TOO_LARGE); en tom fil er 400 ATTACHMENT_EMPTY. Med skanner er scan.state «pending» til skanningen er ferdig. Legg `reference` i dokumentets attachments (søknaden, eller regnskapet i en rapport).
         */
        post: operations["uploadAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ett vedlegg, med skanningen */
        get: operations["getAttachment"];
        put?: never;
        post?: never;
        /**
         * Slett et vedlegg
         * @description Nav-kontoret, så lenge ingen innsendt søknad eller rapport viser til filen (ellers 409 ATTACHMENT_LOCKED) og utkastet ikke lenger viser til den (409 ATTACHMENT_IN_USE: fjern den fra dokumentet først). Slettingen står i revisjonsloggen.
         */
        delete: operations["deleteAttachment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/attachments/{attachmentId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Last ned filen
         * @description Med Content-Disposition: attachment og X-Content-Type-Options: nosniff, så nettleseren aldri åpner den som en side. Samme tilgang som dokumentet; statsforvalterens nedlastinger står i revisjonsloggen. En fil som venter på skanning eller er infisert, lastes ikke ned (409).
         */
        get: operations["downloadAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/assignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tildel saksbehandler
         * @description Statsforvalteren (eller direktoratet for nasjonale forsøk).
         */
        post: operations["assignApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/lapse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tilskuddet bortfaller (§ 13)
         * @description Statsforvalteren, når mottakeren bryter regelverket eller vilkårene i tilskuddsbrevet.
         */
        post: operations["lapseGrant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Avslutt saken (§ 11)
         * @description Statsforvalteren, når rapporteringen er godkjent.
         */
        post: operations["closeCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/letter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tilskuddsbrevet eller avslagsbrevet */
        get: operations["getLetter"];
        put?: never;
        /**
         * Utsted brevet
         * @description Tilskuddsbrev etter innvilgelse, avslagsbrev etter avslag; begge med § 9-erklæringen.
         */
        post: operations["issueLetter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/letter/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Brevet som PDF
         * @description Tilskuddsbrevet med bekreftelsesskjemaet, eller avslagsbrevet med § 9-erklæringen.
         */
        get: operations["getLetterPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Revisjonsloggen for saken
         * @description Statsforvalteren og direktoratet.
         */
        get: operations["getAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Foreslå innvilgelse eller avslag (§ 8)
         * @description Saksbehandleren legger fram beslutningen; den kontrolleres med alle regler (også FRAME_EXCEEDED) og venter på godkjenning av en annen (approveProposal). Saken endres først når forslaget godkjennes; utfallet bestemmer da hendelsen, grant eller reject. Ett forslag om gangen per sak (409 PROPOSAL_PENDING).
         */
        post: operations["decideApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Foreslå en utbetaling (§ 10)
         * @description Saksbehandleren legger fram utbetalingen; den registreres i saken først når en annen godkjenner den (approveProposal).
         */
        post: operations["recordPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Forslag til godkjenning
         * @description Forslagene i sakene brukeren har tilgang til hos statsforvalteren eller direktoratet, eldste først. Godkjennerens kø er state=proposed.
         */
        get: operations["listApprovals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/approvals/{approvalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ett forslag */
        get: operations["getApproval"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/approvals/{approvalId}/approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Godkjenn forslaget
         * @description En annen enn den som foreslo, med godkjennerrollen hos samme myndighet (APPROVAL_OWN_PROPOSAL, APPROVAL_ROLE_MISSING, APPROVAL_OTHER_AUTHORITY). Beslutningen eller utbetalingen kontrolleres på nytt mot saken slik den er nå (rammen kan være brukt opp av andre vedtak imens: FRAME_EXCEEDED) og registreres i saken i samme transaksjon.
         */
        post: operations["approveProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/approvals/{approvalId}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send forslaget tilbake
         * @description Godkjenneren sender forslaget tilbake med en kodet årsak og en kommentar; saksbehandleren legger fram et nytt forslag.
         */
        post: operations["returnProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sakens dokumenter */
        get: operations["getCaseFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/acceptance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send bekreftelsen (§ 10)
         * @description Nav-kontoret.
         */
        post: operations["acceptGrant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/status-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send statusrapport med regnskap (§ 11)
         * @description Nav-kontoret.
         */
        post: operations["submitStatusReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/final-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send sluttrapport (§ 11)
         * @description Nav-kontoret.
         */
        post: operations["submitFinalReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/transfer-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Søk om å overføre ubenyttede midler (§ 10)
         * @description Nav-kontoret, etter statusrapporten.
         */
        post: operations["requestTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/transfer-requests/{recordId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Godkjenn eller avslå overføring (§ 10)
         * @description Statsforvalteren. Gir en ny versjon av forespørselen med beslutningen.
         */
        post: operations["decideTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/repayment-claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Krev tilbakebetaling (§ 10)
         * @description Statsforvalteren (direktoratet for nasjonale forsøk).
         */
        post: operations["claimRepayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/budget-vs-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Budsjett mot regnskap for tiltaket (§ 11) */
        get: operations["getBudgetVsAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Hendelsesstrømmen: alle endringer brukeren kan se, eldste først
         * @description Hver endring av en sak (tilstand, vedtak, brev, utbetaling, rapport) er en hendelse (CloudEvents 1.0), lagret i samme transaksjon som endringen. Nav-kontoret får sine egne saker, statsforvalteren innsendte saker til eget embete, direktoratet alle innsendte; et utkast blir hos Nav-kontoret. Hent med after = forrige sides nextCursor: posisjonene er uten hull og gis først når hendelsen er lagret, så et system som var nede tar igjen alt, uten hull og uten dobbelt.
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Brukerens webhook-abonnementer */
        get: operations["listWebhookSubscriptions"];
        put?: never;
        /**
         * Abonner på hendelsene med webhook
         * @description Hendelsene brukeren kan se sendes som POST til url, i strømmens rekkefølge, signert etter Standard Webhooks med nøkkelen i svaret. Nav-kontoret får sine egne saker, statsforvalteren innsendte saker til eget embete, direktoratet alle innsendte; et utkast blir hos Nav-kontoret. Et svar utenom 2xx prøves igjen med økende ventetid; etter siste forsøk er hendelsen død og neste sendes. 410 Gone slår abonnementet av.
         */
        post: operations["createWebhookSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-subscriptions/{subscriptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ett webhook-abonnement */
        get: operations["getWebhookSubscription"];
        put?: never;
        post?: never;
        /** Avslutt et webhook-abonnement */
        delete: operations["deleteWebhookSubscription"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-subscriptions/{subscriptionId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Leveringsloggen: levert, prøves igjen, død
         * @description Nyeste først.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-subscriptions/{subscriptionId}/deliveries/{eventId}/redelivery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send en hendelse på nytt
         * @description En død hendelse, eller en mottakeren mistet: den sendes før neste nye hendelse, med samme webhook-id.
         */
        post: operations["redeliverWebhookEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dev/mail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Varslene tjeneren har laget (ikke i produksjon)
         * @description Uten SMTP_URL sendes ingen e-post: varslene blir liggende her, og portalen viser dem på /dev/mail.
         */
        get: operations["listDevMail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Meldingene i saken, eldste først */
        get: operations["listCaseMessages"];
        put?: never;
        /**
         * Send en melding i saken
         * @description Nav-kontoret som har søkt, eller statsforvalteren som behandler saken, etter at søknaden er sendt inn. Vedlegg lastes opp først (POST …/messages/attachments) og må være ferdig skannet (409 ATTACHMENT_SCAN_PENDING, ATTACHMENT_INFECTED); en referanse til en fil som ikke er avsenderens meldingsvedlegg i saken eller ikke stemmer med den lagrede, gir 422 ATTACHMENT_UNKNOWN eller ATTACHMENT_MISMATCH ved feltet. Meldingen står i revisjonsloggen og er en hendelse (med vedleggenes lenker i journal.attachments); Nav-kontoret får e-postvarsel om en ny melding fra statsforvalteren.
         */
        post: operations["sendCaseMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/messages/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Last opp et vedlegg til en melding
         * @description Den som kan skrive meldinger i saken (Nav-kontoret som har søkt, statsforvalteren som behandler den), etter at søknaden er sendt inn. Samme regler som andre vedlegg: typen etter innholdet (415), høyst 10 MB per fil og 50 MB som ikke er sendt ennå (413), skanning. Bare avsenderens side ser filen før den er sendt med en melding; deretter alle som ser saken.
         */
        post: operations["uploadMessageAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/messages/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ett vedlegg til en melding, med skanningen */
        get: operations["getMessageAttachment"];
        put?: never;
        post?: never;
        /**
         * Slett et vedlegg som ikke er sendt
         * @description Avsenderens side, før filen er sendt med en melding (ellers 409 ATTACHMENT_LOCKED).
         */
        delete: operations["deleteMessageAttachment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/messages/attachments/{attachmentId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Last ned et vedlegg til en melding
         * @description Som for andre vedlegg: Content-Disposition: attachment, nosniff, 409 mens filen venter på skanning eller når den er infisert.
         */
        get: operations["downloadMessageAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Registeret over tiltak
         * @description Innvilgede tiltak i hele landet, pågående og avsluttede: tiltak, Nav-kontor, kommuner, statsforvalter, år, innvilget beløp, prioriterte områder og sluttrapportens sammendrag. Aldri personopplysninger, utkast, avslag eller trukne søknader.
         */
        get: operations["getRegister"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/register.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Registeret som CSV
         * @description Innvilgede tiltak i hele landet, pågående og avsluttede: tiltak, Nav-kontor, kommuner, statsforvalter, år, innvilget beløp, prioriterte områder og sluttrapportens sammendrag. Aldri personopplysninger, utkast, avslag eller trukne søknader. Én linje per tiltak, komma-separert (RFC 4180), UTF-8 med BOM så regneark leser æøå.
         */
        get: operations["getRegisterCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/register/360giving.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Registeret som 360Giving-fil
         * @description De samme tilskuddene i 360Giving-standarden (1.4): ett tilskudd per år per tiltak, med mottaker (kommunen, ved organisasjonsnummeret), giver og geografi.
         */
        get: operations["getRegister360Giving"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calls/{callId}/frames": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fullmaktene i kraft under utlysningen
         * @description Den gjeldende (høyeste) versjonen av hver fullmakt. Direktoratet ser alle, statsforvalteren sin egen; Nav-kontorene og kommunene får 403.
         */
        get: operations["listFrames"];
        put?: never;
        /**
         * Gi en fullmakt, eller en ny versjon av den
         * @description Bare direktoratet. Versjon 1 for et embete som ikke har fullmakt under utlysningen, deretter neste versjon med endringsgrunn (FRAME_CHANGE_UNEXPLAINED). 422 FRAME_VERSION_NOT_NEXT, FRAME_ID_TAKEN (id-en hører til et annet embete eller en annen utlysning), FRAME_ALREADY_ISSUED (embetet har alt en fullmakt med en annen id); 409 FRAME_VERSION_TAKEN når samme versjon ble gitt samtidig.
         */
        post: operations["issueFrame"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calls/{callId}/frames/{frameId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alle versjoner av én fullmakt, nyeste først
         * @description Endringer i løpet av året er nye versjoner; ingen versjon endres eller slettes.
         */
        get: operations["listFrameVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Vurderingene av søknaden, nyeste (gjeldende) først
         * @description For statsforvalteren som behandler saken og direktoratet; vurderingen er et internt arbeidsdokument, så søkeren (Nav-kontoret, kommunen) får 403.
         */
        get: operations["listAssessments"];
        put?: never;
        /**
         * Skriv en vurdering av søknaden
         * @description Statsforvalteren som behandler saken (direktoratet for nasjonale forsøk), før saken er avgjort. Vurderingen dømmes av domenets regler med søknaden som kontekst (ASSESSMENT_*); den må gjelde denne saken (CASE_REFERENCE_MISMATCH) og være skrevet av myndigheten som behandler den (CASE_AUTHORITY_MISMATCH). En ny vurdering erstatter den forrige, som blir stående i historikken. I revisjonsloggen og hendelsesstrømmen (no.sosialtilskudd.assessment.recorded), uten innholdet.
         */
        post: operations["recordAssessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calls/{callId}/rounds/{holder}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tildelingsrunden: ramme, forpliktet, foreslått, innvilget, igjen, og sakene rangert
         * @description Regnet av domenet fra dokumentene: fullmakten som gjelder, det fjorårets flerårige tilskudd binder (§ 5), hver sak på sitt trinn, rangert etter sum poeng i vurderingen, så antall særlig prioriterte områder, så saksnummer. Filteret gjelder bare listen; summene gjelder hele runden. Statsforvalteren sin egen runde, direktoratet alle; andre embeter og søkerne får 403.
         */
        get: operations["getRoundBoard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calls/{callId}/rounds/{holder}/csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sakene i runden som CSV, rangert og filtrert som i oversikten
         * @description Semikolon som skilletegn, UTF-8 med BOM (for regneark med norsk oppsett), én linje per sak. Statsforvalteren sin egen runde, direktoratet alle; andre embeter og søkerne får 403.
         */
        get: operations["getRoundBoardCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calls/{callId}/frame-use": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Rammene i landet: hvert embetes ramme, forpliktet, foreslått, innvilget, igjen og antall saker
         * @description Én linje per embete som kan ha fullmakt under utlysningen: alle statsforvalterne, og direktoratet når utlysningen har nasjonale forsøk. Regnet av domenet på samme måte som tildelingsrunden for hvert embete; et embete uten fullmakt står med frame og totals lik null. Direktoratet ser alle embetene; statsforvalteren får bare sin egen linje; Nav-kontorene og kommunene får 403.
         */
        get: operations["getFrameUse"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calls/{callId}/frame-use/csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Rammene i landet som CSV
         * @description Semikolon som skilletegn, UTF-8 med BOM, én linje per embete; tomme beløp der ingen fullmakt er gitt. Direktoratet ser alle embetene; statsforvalteren får bare sin egen linje; Nav-kontorene og kommunene får 403.
         */
        get: operations["getFrameUseCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    caseEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Én hendelse til en webhook-mottaker
         * @description Signert etter Standard Webhooks: kontroller webhook-signature med nøkkelen fra abonnementet før du bruker innholdet. Svar 2xx når hendelsen er tatt imot; alt annet prøves igjen, 410 Gone avslutter abonnementet. Samme webhook-id kan komme mer enn én gang.
         */
        post: operations["caseEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** Utsatt søknadsfrist */
        DeadlineExtension: {
            /**
             * Dokumenttype
             * @description Alltid «deadline-extension»; forteller hvilket dokument dette er
             * @constant
             */
            documentType: "deadline-extension";
            /**
             * Skjemaversjon
             * @description Hovedversjonen av skjemaet dokumentet følger, her 1
             * @constant
             */
            schemaVersion: 1;
            /**
             * Id
             * @description Unik id for utsettelsen: små bokstaver a–z, sifre og bindestrek
             */
            id: string;
            /**
             * Utlysning
             * @description Utlysningen med fristen som utsettes
             */
            callId: string;
            /**
             * Gitt av
             * @description Myndigheten som gir utsettelsen; den gjelder bare søknader som sendes dit
             */
            grantedBy: components["schemas"]["Authority"];
            /**
             * Gjelder
             * @description Alle søkere hos myndigheten, eller én søker
             */
            appliesTo: {
                /**
                 * Omfang
                 * @description «all»: alle søkere som sender søknaden til denne myndigheten
                 * @constant
                 */
                scope: "all";
            } | {
                /**
                 * Omfang
                 * @description «applicant»: bare søkeren med organisasjonsnummeret som er oppgitt
                 * @constant
                 */
                scope: "applicant";
                /**
                 * Organisasjonsnummer
                 * @description Organisasjonsnummeret til Nav-kontoret som får utsatt frist, ni sifre
                 */
                organisationNumber: string;
            };
            /**
             * Ny frist
             * @description Den utsatte fristen, senere enn utlysningens frist
             */
            deadline: components["schemas"]["Deadline"];
            /**
             * Begrunnelse
             * @description Hvorfor fristen utsettes
             */
            reason: string;
            /**
             * Registrert
             * Format: date
             * @description Datoen utsettelsen ble registrert
             */
            recordedOn: string;
        };
        /**
         * Myndighet
         * @description Statsforvalteren, eller Arbeids- og velferdsdirektoratet for nasjonale forsøk (§ 7, § 8, § 10)
         */
        Authority: {
            /**
             * Type myndighet
             * @description «county-office»: statsforvalteren behandler, beslutter og utbetaler (§ 8, § 10)
             * @constant
             */
            kind: "county-office";
            /**
             * Statsforvalter
             * @description Hvilket av de ti statsforvalterembetene, etter fylket kommunen ligger i
             * @enum {string}
             */
            countyOfficeId: "agder" | "innlandet" | "more-og-romsdal" | "nordland" | "ostfold-buskerud-oslo-akershus" | "rogaland" | "troms-og-finnmark" | "trondelag" | "vestfold-og-telemark" | "vestland";
        } | {
            /**
             * Type myndighet
             * @description «directorate»: Arbeids- og velferdsdirektoratet, for nasjonale forsøk (§ 7, § 8, § 10)
             * @constant
             */
            kind: "directorate";
        };
        /**
         * Frist
         * @description En fast dato og eventuelt klokkeslett i norsk tid.
         */
        Deadline: {
            /**
             * Dato
             * Format: date
             * @description Fristens dato
             */
            date: string;
            /**
             * Klokkeslett
             * @description tt:mm norsk tid; uten klokkeslett gjelder fristen ut dagen
             */
            time?: string;
            /**
             * Tidssone
             * @description Alltid Europe/Oslo: fristen gjelder norsk tid
             * @constant
             */
            timeZone: "Europe/Oslo";
        };
        ValidationRequest: {
            /** @description Dokumentet som skal kontrolleres */
            document: unknown;
            /** @enum {string} */
            type?: "application" | "case-decision" | "grant-letter" | "rejection-letter" | "acceptance" | "payment" | "transfer-request" | "repayment-claim" | "status-report" | "final-report" | "call" | "deadline-extension" | "frame" | "assessment" | "approval";
            /** @description Historikken reglene trenger (RuleContext i @sosialtilskudd/domain) */
            context?: {
                [key: string]: unknown;
            };
        };
        DevLogin: {
            userId: string;
        };
        /**
         * Sakens tilstand
         * @enum {string}
         */
        CaseState: "draft" | "submitted" | "withdrawn" | "granted" | "rejected" | "accepted" | "paid" | "reported" | "final-reported" | "repayment-claimed" | "lapsed" | "closed";
        /**
         * Søknad om tilskudd
         * @description Søknad om tilskudd til utvikling av de sosiale tjenestene i Nav-kontoret, nytt tiltak eller videreføring (§ 7).
         */
        Application: {
            /**
             * Dokumenttype
             * @description Alltid «application»; forteller hvilket dokument dette er
             * @constant
             */
            documentType: "application";
            /**
             * Skjemaversjon
             * @description Hovedversjonen av skjemaet dokumentet følger, her 2
             * @constant
             */
            schemaVersion: 2;
            /**
             * Søknadens id
             * @description Unik id for søknaden: små bokstaver a–z, sifre og bindestrek
             */
            id: string;
            /**
             * Utlysning
             * @description Utlysningen det søkes under
             */
            callId: string;
            /**
             * Type søknad
             * @description Nytt tiltak eller videreføring
             * @enum {string}
             */
            kind: "new" | "continuation";
            /**
             * Mottaker
             * @description Statsforvalteren, eller Arbeids- og velferdsdirektoratet for nasjonale forsøk (§ 7)
             */
            addressee: components["schemas"]["Authority"];
            /**
             * Nasjonalt forsøk
             * @description Modellen i utlysningens nasjonale forsøk
             */
            nationalTrialId?: string;
            applicant: components["schemas"]["NavOffice"];
            measure: components["schemas"]["Measure"];
            continuation?: components["schemas"]["Continuation"];
            description: components["schemas"]["ApplicationDescription"];
            /**
             * Prioriterte områder
             * @description Utlysningens prioriterte områder tiltaket svarer på
             */
            priorityAreas: ("barnefamilier" | "ungdom" | "boligsosialt-arbeid" | "helhetlig-tjenestetilbud" | "barnefamilier-ungdom-innvandrere-langtidsmottakere" | "innvandrere-langtidsmottakere" | "sarbare-overganger" | "forebygging-tidlig-innsats" | "videreforing-stillinger")[];
            /**
             * Tildelingskriterier
             * @description Kriteriene i § 5 tiltaket bidrar til
             */
            allocationCriteria: ("helhetlig-innsats-fattigdom" | "individuell-tilpasning" | "brukermedvirkning" | "nye-arbeidsmetoder" | "kompetanseheving" | "samarbeid-mellom-tjenester" | "interkommunalt-samarbeid" | "forebygging-tidlig-innsats")[];
            budget: components["schemas"]["Budget"];
            /**
             * Andre tilskudd
             * @description Har kommunen søkt eller mottatt andre tilskudd til tiltak rettet mot målgruppene? (§ 7)
             */
            otherGrants: components["schemas"]["OtherGrant"][];
            intermunicipalCooperation?: components["schemas"]["IntermunicipalCooperation"];
            /**
             * Direkte utbetalinger til brukere
             * @description Det gis ikke tilskudd til tiltak med direkte utbetalinger til bruker (§ 5)
             */
            directPaymentsToUsers: boolean;
            /**
             * Vedlegg
             * @description Analyser, planer, avtaler og annet som underbygger søknaden; PDF, bilder, Word, Excel eller ODT, høyst 10 MB per fil og 50 MB til sammen
             */
            attachments?: components["schemas"]["AttachmentReference"][];
            /**
             * Signaturer
             * @description Nav-lederen og kommunedirektøren/rådmannen signerer søknaden i løsningen før den sendes (§ 7); settes av løsningen
             */
            signatures?: (components["schemas"]["SignatureRecord"] | components["schemas"]["TypedSignature"])[];
            /**
             * Sendt inn
             * Format: date-time
             * @description Settes når søknaden sendes inn
             */
            submittedAt?: string;
        };
        /**
         * Nav-kontor
         * @description Søker og tilskuddsmottaker er kommunen, ved Nav-kontoret (§ 4, § 7)
         */
        NavOffice: {
            /**
             * Nav-kontorets navn
             * @description For eksempel Nav Gjøvik
             */
            name: string;
            address: components["schemas"]["Address"];
            /**
             * Organisasjonsnummer
             * @description Ni sifre som begynner med 8 eller 9, med gyldig kontrollsiffer (MOD11)
             */
            organisationNumber: string;
            /**
             * Kontonummer
             * @description Elleve sifre uten punktum eller mellomrom, med gyldig kontrollsiffer (MOD11)
             */
            accountNumber: string;
            /**
             * Kommuner
             * @description Kommunene Nav-kontoret dekker. Flere kommuner betyr interkommunalt samarbeid.
             */
            municipalities: string[];
            contactPerson: components["schemas"]["ContactPerson"];
        };
        /**
         * Adresse
         * @description Adressen post til Nav-kontoret sendes til (§ 7)
         */
        Address: {
            /**
             * Gateadresse
             * @description Gate og husnummer, eller postboks
             */
            street: string;
            /**
             * Postnummer
             * @description Fire sifre, for eksempel 2815
             */
            postalCode: string;
            /**
             * Poststed
             * @description Stedet som hører til postnummeret, for eksempel Gjøvik
             */
            city: string;
        };
        /**
         * Kontaktperson
         * @description Den statsforvalteren kan kontakte om søknaden og tilskuddet (§ 7)
         */
        ContactPerson: {
            /**
             * Navn
             * @description Fornavn og etternavn på den statsforvalteren kan kontakte om saken
             */
            name: string;
            /**
             * Stilling eller rolle
             * @description For eksempel prosjektleder eller veileder ved Nav-kontoret
             */
            role?: string;
            /**
             * E-post
             * Format: email
             * @description Adressen statsforvalteren skriver til om saken
             */
            email: string;
            /**
             * Telefon
             * @description Åtte sifre, eventuelt med +47 foran; mellomrom er lov
             */
            phone: string;
        };
        /**
         * Tiltaket
         * @description Navn, varighet og hvilket tilskuddsår tiltaket er i
         */
        Measure: {
            /**
             * Navn på tiltaket
             * @description Gjerne kort og greit: navnet følger tiltaket gjennom inntil tre år.
             */
            name: string;
            /**
             * Oppstartsdato
             * Format: date
             * @description Tiltakets første dag
             */
            startDate: string;
            /**
             * Planlagt sluttdato
             * Format: date
             * @description Inntil 36 måneder etter oppstart (§ 5)
             */
            plannedEndDate: string;
            /**
             * Tilskuddsår for tiltaket
             * @description 1 for nytt tiltak, 2 eller 3 for videreføring
             */
            yearOfMeasure: number;
        };
        /**
         * Videreføring
         * @description Samme søknadsskjema som for nye tiltak
         */
        Continuation: {
            /**
             * Saksnummer for fjorårets tilskudd
             * @description Statsforvalterens saksnummer for tilskuddet til samme tiltak i fjor, for eksempel 2023/1234
             */
            previousCaseNumber: string;
            /**
             * Fjorårets utlysning
             * @description Utlysningen fjorårets tilskudd ble gitt under, for eksempel utvikling-sosiale-tjenester-2023
             */
            previousCallId: string;
        };
        /**
         * Beskrivelse av tiltaket
         * @description Det søknaden skal beskrive etter § 7
         */
        ApplicationDescription: {
            /**
             * Hva skal oppnås lokalt
             * @description Mål for tiltaket, innenfor målene for ordningen (§ 1)
             */
            goals: string;
            /**
             * Målgrupper
             * @description Hvem tiltaket skal hjelpe, én målgruppe per linje (§ 7)
             */
            targetGroups: string[];
            /**
             * Levekår og utfordringer for målgruppene
             * @description For eksempel KOSTRA-tall, folkehelseprofiler, Ungdata og annen levekårsstatistikk
             */
            livingConditions: string;
            /**
             * Oppgaver og tjenester som skal utvikles
             * @description Hvilke oppgaver og tjenester i det ordinære tjenestetilbudet tilskuddet skal bidra til å utvikle
             */
            servicesToDevelop: string;
            /**
             * Metodisk tilnærming
             * @description Metoden eller arbeidsformen tiltaket bygger på, og hvorfor den passer (§ 7)
             */
            methodology: string;
            /**
             * Brukermedvirkning
             * @description Hvordan brukerne involveres i utviklingsarbeidet
             */
            userInvolvement: string;
            /**
             * Forankring og organisering
             * @description Forankring i kommunen, organisering av arbeidet og plan
             */
            anchoringAndOrganisation: string;
            /**
             * Plan for videreføring i ordinær drift
             * @description Hvordan erfaringene skal videreføres og implementeres (avtaler, planer, budsjett m.m.)
             */
            implementationPlan: string;
            /**
             * Sammenheng med nasjonale satsinger
             * @description For eksempel FNs bærekraftsmål og barnekonvensjonen
             */
            nationalStrategies?: string;
        };
        /**
         * Budsjett
         * @description Tiltakets budsjett for tilskuddsåret; summene regnes ut fra linjene (§ 7)
         */
        Budget: {
            /**
             * Stillinger
             * @description Stillingene i tiltaket, én linje per stilling
             */
            positions: components["schemas"]["PositionLine"][];
            /**
             * Kompetansemidler (kr)
             * @description Kompetanse som trengs spesifikt for tiltaket, for eksempel design, evaluering eller utvikling
             */
            competenceFunds: number;
            /**
             * Andre kostnader
             * @description Kostnader utenom lønn, én linje per kostnad; tilskuddet dekker bare stillinger og kompetansemidler
             */
            otherCosts: components["schemas"]["CostLine"][];
            /**
             * Annen finansiering
             * @description Andre tilskudd og bidrag til tiltaket
             */
            otherFunding: components["schemas"]["FundingLine"][];
            /**
             * Kommentar til budsjettet
             * @description Forklaring til tallene, for eksempel hvordan lønn og sosiale utgifter er beregnet
             */
            notes?: string;
        };
        /**
         * Stilling
         * @description En stilling i tiltaket med lønn, sosiale utgifter og søkt tilskudd
         */
        PositionLine: {
            /**
             * Linje-id
             * @description Fast id for budsjettlinjen; regnskapet viser til den (§ 11: regnskap skal kunne sammenlignes med budsjett).
             */
            id: string;
            /**
             * Stillingstittel
             * @description For eksempel sosialfaglig veileder eller prosjektleder
             */
            title: string;
            /**
             * Stillingsprosent
             * @description Andel av 100 % stilling, i hele prosent
             */
            ftePercent: number;
            /**
             * Måneder
             * @description Antall måneder i tilskuddsåret
             */
            months: number;
            /**
             * Lønn (kr)
             * @description Lønn i tilskuddsåret for denne stillingsprosenten og disse månedene, i hele kroner
             */
            salary: number;
            /**
             * Sosiale utgifter (kr)
             * @description Arbeidsgiveravgift, pensjon og feriepenger
             */
            socialCosts: number;
            /**
             * Søkt tilskudd (kr)
             * @description Den delen av lønn og sosiale utgifter det søkes tilskudd til
             */
            requestedGrant: number;
        };
        /**
         * Annen kostnad
         * @description En kostnad ved tiltaket utenom lønn
         */
        CostLine: {
            /**
             * Linje-id
             * @description Fast id for budsjettlinjen; regnskapet viser til den (§ 11: regnskap skal kunne sammenlignes med budsjett).
             */
            id: string;
            /**
             * Kategori
             * @description Hva slags kostnad; direkte utbetaling til bruker gis det ikke tilskudd til (§ 5)
             * @enum {string}
             */
            category: "reise-og-opphold" | "kurs-og-kompetanse" | "evaluering-og-forskning" | "materiell-og-utstyr" | "lokaler-og-moter" | "direkte-utbetaling-til-bruker" | "annet";
            /**
             * Beskrivelse
             * @description Hva kostnaden gjelder, for eksempel kurs i motiverende intervju
             */
            description: string;
            /**
             * Beløp (kr)
             * @description Kostnaden i hele kroner
             */
            amount: number;
        };
        /**
         * Annen finansiering
         * @description Et annet tilskudd eller bidrag til tiltaket
         */
        FundingLine: {
            /**
             * Linje-id
             * @description Fast id for budsjettlinjen; regnskapet viser til den (§ 11: regnskap skal kunne sammenlignes med budsjett).
             */
            id: string;
            /**
             * Finansieringskilde
             * @description Hvem som bidrar, for eksempel et annet tilskudd eller en samarbeidspartner
             */
            source: string;
            /**
             * Status
             * @description Søkt eller innvilget
             * @enum {string}
             */
            status: "applied" | "granted";
            /**
             * Beløp (kr)
             * @description Søkt eller innvilget beløp, i hele kroner
             */
            amount: number;
        };
        /**
         * Annet tilskudd
         * @description Et annet tilskudd kommunen har søkt eller fått til tiltak for samme målgrupper (§ 7)
         */
        OtherGrant: {
            /**
             * Tilskuddsordning
             * @description Navnet på den andre tilskuddsordningen
             */
            scheme: string;
            /**
             * Tilskuddsgiver
             * @description Hvem som gir tilskuddet, for eksempel et direktorat eller fylkeskommunen
             */
            grantor: string;
            /**
             * Status
             * @description Søkt eller mottatt
             * @enum {string}
             */
            status: "applied" | "received";
            /**
             * Beløp (kr)
             * @description Søkt eller mottatt beløp, i hele kroner
             */
            amount: number;
            /**
             * Målgruppe
             * @description Målgruppen det andre tilskuddet er rettet mot
             */
            targetGroup: string;
        };
        /**
         * Interkommunalt samarbeid
         * @description Fylles ut når flere kommuner samarbeider om tiltaket (§ 5)
         */
        IntermunicipalCooperation: {
            /**
             * Samarbeidende kommuner
             * @description Alle kommunene i samarbeidet, også søkerkommunen
             */
            municipalities: string[];
            /**
             * Beskrivelse av samarbeidet
             * @description Hvordan kommunene deler arbeid, ansvar og kostnader i tiltaket
             */
            description: string;
        };
        /**
         * Vedlegg
         * @description En fil dokumentet viser til: navn, type, størrelse og sjekksum for innholdet
         */
        AttachmentReference: {
            /**
             * Vedleggets id
             * Format: uuid
             * @description Id-en vedlegget fikk da det ble lastet opp
             */
            id: string;
            /**
             * Filnavn
             * @description Navnet filen hadde da den ble lastet opp
             */
            fileName: string;
            /**
             * Filtype
             * @description Filtypen innholdet viser: PDF, PNG, JPEG, XLSX, DOCX eller ODT
             * @enum {string}
             */
            mediaType: "application/pdf" | "image/png" | "image/jpeg" | "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" | "application/vnd.openxmlformats-officedocument.wordprocessingml.document" | "application/vnd.oasis.opendocument.text";
            /**
             * Størrelse (byte)
             * @description Filens størrelse; høyst 10 MB (10 485 760 byte)
             */
            size: number;
            /**
             * Sjekksum
             * @description SHA-256 av filens innhold, 64 tegn 0–9 og a–f
             */
            sha256: string;
        };
        /**
         * Signatur
         * @description En signatur gitt i løsningen: hvem, i hvilken rolle, når, og hva som ble signert
         */
        SignatureRecord: {
            /**
             * @description «recorded»: gitt i løsningen, med hvem, når og sjekksum for dokumentet (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            kind: "recorded";
            /**
             * Rolle
             * @description Rollen personen signerte i: «nav-office-head» Nav-leder, «municipal-executive» kommunedirektør/rådmann, «nav-office» ansatt ved Nav-kontoret
             * @enum {string}
             */
            role: "nav-office-head" | "municipal-executive" | "nav-office";
            /**
             * Signert av
             * @description Personen som signerte, slik innloggingen viste dem
             */
            signer: {
                /**
                 * Innloggingens id
                 * @description Identiteten (sub) innloggingen ga personen, for eksempel et pseudonym fra ID-porten
                 */
                subject: string;
                /**
                 * Navn
                 * @description Navnet på den som signerte
                 */
                name: string;
                organisation: components["schemas"]["SignerOrganisation"];
            };
            /**
             * Signert
             * Format: date-time
             * @description Tidspunktet signaturen ble gitt
             */
            signedAt: string;
            /**
             * Sjekksum for dokumentet
             * @description SHA-256 av dokumentets kanoniske JSON (RFC 8785), uten signaturene og «submittedAt»; endres dokumentet, stemmer den ikke lenger
             */
            documentSha256: string;
        };
        /**
         * Virksomhet
         * @description Virksomheten den som signerer, handler for: Nav-kontoret eller kommunen
         */
        SignerOrganisation: {
            /**
             * Type
             * @description «nav-office»: Nav-kontoret
             * @constant
             */
            kind: "nav-office";
            /**
             * Navn
             * @description Nav-kontorets navn, for eksempel Nav Gjøvik
             */
            name: string;
            /**
             * Organisasjonsnummer
             * @description Nav-kontorets organisasjonsnummer, ni sifre
             */
            organisationNumber: string;
        } | {
            /**
             * Type
             * @description «municipality»: kommunen
             * @constant
             */
            kind: "municipality";
            /**
             * Navn
             * @description Kommunens navn, for eksempel Gjøvik kommune
             */
            name: string;
            /**
             * Kommunenummer
             * @description Fire sifre (SSB, klassifikasjon 131)
             */
            municipalityNumber: string;
        };
        /**
         * Innskrevet signatur (versjon 1)
         * @description Navn, tittel og dato skrevet inn for hånd før versjon 2; kan ikke etterprøves
         */
        TypedSignature: {
            /**
             * @description «typed»: navn og dato skrevet inn i versjon 1 av dokumentet; kan ikke etterprøves (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            kind: "typed";
            /**
             * Rolle
             * @description Rollen personen signerte i: «nav-office-head» Nav-leder, «municipal-executive» kommunedirektør/rådmann, «nav-office» ansatt ved Nav-kontoret
             * @enum {string}
             */
            role?: "nav-office-head" | "municipal-executive" | "nav-office";
            /**
             * Navn
             * @description Navnet som ble skrevet inn
             */
            name: string;
            /**
             * Tittel
             * @description Stillingen som ble skrevet inn
             */
            title: string;
            /**
             * Signert dato
             * Format: date
             * @description Datoen som ble skrevet inn
             */
            signedOn: string;
        };
        /** Send til signering */
        SigningRequest: {
            /** @description Hvem som får e-post om at søknaden venter på signaturen deres, høyst én adresse per rolle (ellers 422 SIGNING_NOTICE_ROLE_TWICE). Varselet sier kontorets og tiltakets navn og lenker til søknaden i portalen; det sendes én gang per runde, og en ny forespørsel etter at utkastet er åpnet for endring, varsler igjen. */
            notify?: {
                /**
                 * @description nav-office-head: Nav-lederen; municipal-executive: kommunedirektøren/rådmannen
                 * @enum {string}
                 */
                role: "nav-office-head" | "municipal-executive";
                /**
                 * E-post
                 * Format: email
                 * @description Adressen varselet om signeringen sendes til
                 */
                email: string;
            }[];
        };
        /** Signer søknaden */
        Signing: {
            /** @description SHA-256 av innholdet personen har lest (signing.documentSha256 i søknaden): signaturen gis bare om innholdet ikke er endret siden */
            documentSha256: string;
        };
        /** En versjon som tas vare på uten å bli utkastet */
        ParkedRevision: {
            /** @description ETag-en versjonen bygde på */
            basedOn: string;
            /** @description Søknaden slik personen hadde den */
            document: unknown;
        };
        /**
         * @description Dokumentet vedlegget hører til
         * @enum {string}
         */
        AttachmentDocumentType: "application" | "status-report" | "final-report";
        Assignment: {
            /** Saksbehandler */
            caseworker: string;
        };
        /** Tilskuddsbrev eller avslagsbrev */
        Letter: components["schemas"]["GrantLetter"] | components["schemas"]["RejectionLetter"];
        /** Tilskuddsbrev */
        GrantLetter: {
            /**
             * @description Alltid «grant-letter»; forteller hvilket dokument dette er (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            documentType: "grant-letter";
            /**
             * Skjemaversjon
             * @description Hovedversjonen av skjemaet dokumentet følger, her 1
             * @constant
             */
            schemaVersion: 1;
            /**
             * Brevets id
             * @description Unik id for brevet: små bokstaver a–z, sifre og bindestrek
             */
            id: string;
            /**
             * Saksnummer
             * @description Statsforvalterens saksnummer, for eksempel 2024/1234
             */
            caseNumber: string;
            /**
             * Utlysning
             * @description Utlysningen søknaden ble sendt under
             */
            callId: string;
            /**
             * Søknadens id
             * @description Id-en til søknaden brevet svarer på
             */
            applicationId: string;
            /**
             * Avsender
             * @description Statsforvalteren, eller Arbeids- og velferdsdirektoratet for nasjonale forsøk (§ 8)
             */
            issuer: components["schemas"]["Authority"];
            /**
             * Mottaker
             * @description Kommunen i Nav-kontoret
             */
            recipient: components["schemas"]["NavOffice"];
            /**
             * Tiltakets navn
             * @description Navnet på tiltaket slik det står i søknaden
             */
            measureName: string;
            /**
             * Brevdato
             * Format: date
             * @description Datoen brevet sendes
             */
            date: string;
            legalBasis: components["schemas"]["LegalBasis"];
            /**
             * Klageadgang
             * @description Forskriften § 9
             */
            noAppealStatement: string;
            /**
             * Saksbehandler
             * @description Navnet på saksbehandleren som signerer brevet
             */
            signedBy: string;
            /**
             * Tilskudd (kr)
             * @description Samlet tilskudd i hele kroner: stillinger pluss kompetansemidler
             */
            amount: number;
            /**
             * Herav stillinger (kr)
             * @description Den delen av tilskuddet som går til lønn og sosiale utgifter for stillinger
             */
            grantedPositions: number;
            /**
             * Herav kompetansemidler (kr)
             * @description Den delen av tilskuddet som er kompetansemidler; 0 når utlysningen ikke gir dem
             */
            grantedCompetenceFunds: number;
            /**
             * Tilskuddsperiode
             * @description Tilskudd gis for ett år av gangen (§ 5)
             */
            period: {
                /**
                 * Fra
                 * Format: date
                 * @description Første dag i tilskuddsperioden
                 */
                from: string;
                /**
                 * Til
                 * Format: date
                 * @description Siste dag i tilskuddsperioden, høyst ett år etter første dag
                 */
                to: string;
            };
            /**
             * Vilkår
             * @description Vilkårene for tilskuddet, ett per linje; brudd fører til at tilskuddet bortfaller (§ 13)
             */
            conditions: string[];
            /**
             * Frist for status- og regnskapsrapport
             * Format: date
             * @description Fra utlysningen (§ 11)
             */
            reportingDeadline: string;
            /**
             * Bekreftelse
             * @description Tilskuddet utbetales når mottaker har fylt ut, signert og returnert bekreftelsen (§ 10)
             */
            acceptance: {
                /**
                 * Frist for å returnere bekreftelsen
                 * Format: date
                 * @description Siste dag mottakeren kan returnere den signerte bekreftelsen, etter brevdatoen
                 */
                deadline: string;
                /**
                 * Vilkår for utbetaling
                 * @description Det mottakeren bekrefter ved å signere, for eksempel at tilskuddet brukes som beskrevet
                 */
                terms: string;
            };
        };
        /**
         * Hjemmel
         * @description Forskriften og paragrafene brevet bygger på
         */
        LegalBasis: {
            /**
             * Forskrift
             * @description Lovdatas id, for eksempel FOR-2020-12-15-2787
             */
            regulationId: string;
            /**
             * Paragrafer
             * @description For eksempel § 5 og § 8
             */
            sections: string[];
        };
        /** Avslagsbrev */
        RejectionLetter: {
            /**
             * @description Alltid «rejection-letter»; forteller hvilket dokument dette er (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            documentType: "rejection-letter";
            /**
             * Skjemaversjon
             * @description Hovedversjonen av skjemaet dokumentet følger, her 1
             * @constant
             */
            schemaVersion: 1;
            /**
             * Brevets id
             * @description Unik id for brevet: små bokstaver a–z, sifre og bindestrek
             */
            id: string;
            /**
             * Saksnummer
             * @description Statsforvalterens saksnummer, for eksempel 2024/1234
             */
            caseNumber: string;
            /**
             * Utlysning
             * @description Utlysningen søknaden ble sendt under
             */
            callId: string;
            /**
             * Søknadens id
             * @description Id-en til søknaden brevet svarer på
             */
            applicationId: string;
            /**
             * Avsender
             * @description Statsforvalteren, eller Arbeids- og velferdsdirektoratet for nasjonale forsøk (§ 8)
             */
            issuer: components["schemas"]["Authority"];
            /**
             * Mottaker
             * @description Kommunen i Nav-kontoret
             */
            recipient: components["schemas"]["NavOffice"];
            /**
             * Tiltakets navn
             * @description Navnet på tiltaket slik det står i søknaden
             */
            measureName: string;
            /**
             * Brevdato
             * Format: date
             * @description Datoen brevet sendes
             */
            date: string;
            legalBasis: components["schemas"]["LegalBasis"];
            /**
             * Klageadgang
             * @description Forskriften § 9
             */
            noAppealStatement: string;
            /**
             * Saksbehandler
             * @description Navnet på saksbehandleren som signerer brevet
             */
            signedBy: string;
            /**
             * Begrunnelser
             * @description Én eller flere begrunnelser for avslaget
             */
            reasons: {
                /**
                 * Begrunnelse
                 * @description Hvorfor søknaden er avslått, for eksempel manglende rapportering (§ 8, § 11)
                 * @enum {string}
                 */
                reason: "manglende-rapportering" | "ikke-prioritert" | "utenfor-ordningen" | "for-sent" | "mangelfull-soknad" | "annet";
                /**
                 * Utdyping
                 * @description Hva begrunnelsen betyr for akkurat denne søknaden
                 */
                explanation: string;
            }[];
        };
        /** Beslutning i sak */
        CaseDecision: {
            /**
             * @description Alltid «case-decision»; forteller hvilket dokument dette er (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            documentType: "case-decision";
            /**
             * Skjemaversjon
             * @description Hovedversjonen av skjemaet dokumentet følger, her 1
             * @constant
             */
            schemaVersion: 1;
            /**
             * Beslutningens id
             * @description Unik id for beslutningen: små bokstaver a–z, sifre og bindestrek
             */
            id: string;
            /**
             * Saksnummer
             * @description Statsforvalterens saksnummer, for eksempel 2024/1234
             */
            caseNumber: string;
            /**
             * Utlysning
             * @description Utlysningen søknaden ble sendt under
             */
            callId: string;
            /**
             * Søknadens id
             * @description Id-en til søknaden beslutningen gjelder
             */
            applicationId: string;
            /**
             * Besluttet av
             * @description Statsforvalteren, eller Arbeids- og velferdsdirektoratet for nasjonale forsøk (§ 8)
             */
            decidedBy: components["schemas"]["Authority"];
            /**
             * Saksbehandler
             * @description Navnet på saksbehandleren som har behandlet søknaden
             */
            caseworker: string;
            /**
             * Beslutningsdato
             * Format: date
             * @description Datoen søknaden ble avgjort
             */
            decidedOn: string;
            /**
             * Utfall
             * @description Innvilget eller avslått; avgjørelsen er ikke et enkeltvedtak og kan ikke påklages (§ 9)
             */
            outcome: {
                /**
                 * Resultat
                 * @description «granted»: søknaden er innvilget
                 * @constant
                 */
                result: "granted";
                /**
                 * Tilskudd (kr)
                 * @description Innvilget tilskudd i hele kroner, høyst det søknaden ba om
                 */
                amount: number;
                /**
                 * Vilkår
                 * @description Vilkårene som skal stå i tilskuddsbrevet, ett per linje
                 */
                conditions: string[];
                /**
                 * Forventet tilskudd de neste årene
                 * @description For tiltak over flere år (inntil 36 måneder, § 5): holdes av i neste års ramme før nye tiltak vurderes. Uten beløp regnes årets tilskudd for månedene som gjenstår.
                 */
                expectedFollowingYears?: {
                    /**
                     * År
                     * @description Tilskuddsåret beløpet gjelder, for eksempel neste år
                     */
                    year: number;
                    /**
                     * Forventet tilskudd (kr)
                     * @description Beløpet statsforvalteren regner med å gi tiltaket dette året
                     */
                    amount: number;
                }[];
            } | {
                /**
                 * Resultat
                 * @description «rejected»: søknaden er avslått
                 * @constant
                 */
                result: "rejected";
                /**
                 * Begrunnelser
                 * @description Én eller flere begrunnelser som skal stå i avslagsbrevet
                 */
                reasons: ("manglende-rapportering" | "ikke-prioritert" | "utenfor-ordningen" | "for-sent" | "mangelfull-soknad" | "annet")[];
                /**
                 * Utdyping av begrunnelsene
                 * @description Det saksbehandleren skrev til Nav-kontoret om hver begrunnelse da saken ble avgjort; avslagsbrevet tar det med seg
                 */
                explanations?: {
                    /**
                     * Begrunnelse
                     * @description Hvorfor søknaden er avslått, for eksempel manglende rapportering (§ 8, § 11)
                     * @enum {string}
                     */
                    reason: "manglende-rapportering" | "ikke-prioritert" | "utenfor-ordningen" | "for-sent" | "mangelfull-soknad" | "annet";
                    /**
                     * Utdyping
                     * @description Hva begrunnelsen betyr for akkurat denne søknaden
                     */
                    explanation: string;
                }[];
            };
            /**
             * Vurdering
             * @description Skjønnsmessig vurdering mot målene for ordningen (§ 5)
             */
            assessment: string;
        };
        /** Utbetaling */
        Payment: {
            /**
             * @description Alltid «payment»; forteller hvilket dokument dette er (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            documentType: "payment";
            /**
             * Skjemaversjon
             * @description Hovedversjonen av skjemaet dokumentet følger, her 1
             * @constant
             */
            schemaVersion: 1;
            /**
             * Utbetalingens id
             * @description Unik id for utbetalingen: små bokstaver a–z, sifre og bindestrek
             */
            id: string;
            case: components["schemas"]["CaseReference"];
            /**
             * Utbetalt av
             * @description Statsforvalteren, eller Arbeids- og velferdsdirektoratet for nasjonale forsøk (§ 10)
             */
            payer: components["schemas"]["Authority"];
            /**
             * Utbetalingsdato
             * Format: date
             * @description Datoen pengene ble utbetalt
             */
            paidOn: string;
            /**
             * Tilskudd etter tilskuddsbrevet (kr)
             * @description Tilskuddet slik det står i tilskuddsbrevet, før fratrekk
             */
            grantedAmount: number;
            /**
             * Fratrekk
             * @description Ubenyttede midler overført fra fjoråret (§ 10)
             */
            deductions: {
                /**
                 * Årsak
                 * @description Hvorfor beløpet trekkes fra: ubenyttede midler overført fra fjoråret (§ 10)
                 * @enum {string}
                 */
                reason: "overfort-fra-fjoraret";
                /**
                 * Fra år
                 * @description Tilskuddsåret midlene ble overført fra, for eksempel 2023
                 */
                fromYear: number;
                /**
                 * Beløp (kr)
                 * @description Beløpet som trekkes fra, i hele kroner
                 */
                amount: number;
            }[];
            /**
             * Utbetalt (kr)
             * @description Tilskudd minus fratrekk
             */
            amount: number;
            /**
             * Kontonummer
             * @description Kontonummeret tilskuddet er utbetalt til, elleve sifre
             */
            accountNumber: string;
        };
        /**
         * Sak
         * @description Saken dokumentet hører til: saksnummer, utlysning, mottaker og tiltak
         */
        CaseReference: {
            /**
             * Saksnummer
             * @description Statsforvalterens saksnummer, for eksempel 2024/1234
             */
            caseNumber: string;
            /**
             * Utlysning
             * @description Utlysningen tilskuddet ble gitt under
             */
            callId: string;
            /**
             * Mottakerens organisasjonsnummer
             * @description Nav-kontorets organisasjonsnummer fra søknaden, ni sifre
             */
            organisationNumber: string;
            /**
             * Tiltakets navn
             * @description Navnet på tiltaket slik det står i søknaden
             */
            measureName: string;
        };
        /** Send forslaget tilbake */
        ProposalReturn: {
            /**
             * @description Hvorfor forslaget sendes tilbake: «feil-belop» beløpet er feil eller ikke godt nok begrunnet, «mangelfull-vurdering» vurderingen mot tildelingskriteriene er mangelfull (§ 5), «utenfor-rammen» tilskuddet går ut over rammen eller foran bedre prioriterte søknader, «feil-vilkar» vilkårene er feil eller mangler, «feil-mottaker» mottaker, kontonummer eller sak stemmer ikke, «mangler-grunnlag» grunnlaget mangler, for eksempel bekreftelse eller rapport (§ 8, § 10, § 11), «annet» annen grunn
             * @enum {string}
             */
            reason: "feil-belop" | "mangelfull-vurdering" | "utenfor-rammen" | "feil-vilkar" | "feil-mottaker" | "mangler-grunnlag" | "annet";
            /** @description Hva saksbehandleren skal se på eller endre */
            comment: string;
        };
        /** Bekreftelse av tilskudd */
        Acceptance: {
            /**
             * Dokumenttype
             * @description Alltid «acceptance»; forteller hvilket dokument dette er
             * @constant
             */
            documentType: "acceptance";
            /**
             * Skjemaversjon
             * @description Hovedversjonen av skjemaet dokumentet følger, her 2
             * @constant
             */
            schemaVersion: 2;
            /**
             * Bekreftelsens id
             * @description Unik id for bekreftelsen: små bokstaver a–z, sifre og bindestrek
             */
            id: string;
            case: components["schemas"]["CaseReference"];
            /**
             * Vi aksepterer vilkårene i tilskuddsbrevet
             * @description Tilskuddet bortfaller om vilkårene ikke oppfylles (§ 13)
             */
            acceptsTerms: boolean;
            /**
             * Kontonummer for utbetaling
             * @description Kontonummeret tilskuddet skal utbetales til, elleve sifre
             */
            accountNumber: string;
            /**
             * Eget koststed for tiltaket
             * @description Det skal føres eget prosjektregnskap med eget koststed (§ 11)
             */
            costCentre: string;
            /**
             * Signaturer
             * @description Kommunedirektøren/rådmannen, eller en annen med fullmakt til å forplikte kommunen, signerer i løsningen (§ 10); settes av løsningen
             */
            signatures?: (components["schemas"]["SignatureRecord"] | components["schemas"]["TypedSignature"])[];
            /**
             * Returnert
             * Format: date-time
             * @description Settes når den signerte bekreftelsen sendes tilbake til statsforvalteren
             */
            submittedAt?: string;
        };
        /** Statusrapport med regnskap */
        StatusReport: {
            /**
             * Dokumenttype
             * @description Alltid «status-report»; forteller hvilket dokument dette er
             * @constant
             */
            documentType: "status-report";
            /**
             * Skjemaversjon
             * @description Hovedversjonen av skjemaet dokumentet følger, her 2
             * @constant
             */
            schemaVersion: 2;
            /**
             * Rapportens id
             * @description Unik id for rapporten: små bokstaver a–z, sifre og bindestrek
             */
            id: string;
            case: components["schemas"]["CaseReference"];
            /**
             * Sendt inn
             * Format: date-time
             * @description Settes når rapporten sendes inn
             */
            submittedAt?: string;
            /**
             * Signaturer
             * @description Den som sender rapporten, signerer den i løsningen på vegne av kommunen; settes av løsningen
             */
            signatures?: (components["schemas"]["SignatureRecord"] | components["schemas"]["TypedSignature"])[];
            /**
             * Rapporteringsår
             * @description Året rapporten og regnskapet gjelder, det samme som tilskuddsåret
             */
            reportingYear: number;
            /**
             * Rapport
             * @description Full rapport når tiltaket er i gang, kort rapport når det ikke har startet
             */
            report: {
                /**
                 * Tiltaket er i gang
                 * @description «started»: full statusrapport med regnskap
                 * @constant
                 */
                status: "started";
                /**
                 * Status for gjennomføring
                 * @description Hva er gjort i året, og hva gjenstår
                 */
                progress: string;
                /**
                 * Lokal måloppnåelse
                 * @description Vurdert mot relevante kriterier for måloppnåelse (§ 3, § 11)
                 */
                goalAchievement: components["schemas"]["CriterionAssessment"][];
                /**
                 * Brukermedvirkning
                 * @description Hvordan brukerne har vært med i arbeidet i året
                 */
                userInvolvement: string;
                accounts: components["schemas"]["Accounts"];
                unusedFunds: components["schemas"]["UnusedFunds"];
            } | {
                /**
                 * Tiltaket har ikke startet
                 * @description «not-started»: kort rapport når hele tilskuddet søkes overført
                 * @constant
                 */
                status: "not-started";
                /**
                 * Hvorfor tiltaket ikke har startet
                 * @description For eksempel at stillingen ikke er besatt ennå
                 */
                reason: string;
                /**
                 * Forventet oppstart
                 * Format: date
                 * @description Datoen dere regner med at tiltaket starter
                 */
                expectedStart: string;
                /**
                 * Mottatt tilskudd (kr)
                 * @description Tilskudd utbetalt for rapporteringsåret, i hele kroner
                 */
                grantReceived: number;
                /**
                 * Søkes overført til neste år (kr)
                 * @description Hele det mottatte tilskuddet søkes overført (§ 10)
                 */
                transferRequested: number;
            };
        };
        /**
         * Måloppnåelse for kriterium
         * @description Vurdering av ett kriterium for måloppnåelse (§ 3)
         */
        CriterionAssessment: {
            /**
             * Kriterium (§ 3)
             * @description Hvilket kriterium for måloppnåelse vurderingen gjelder
             * @enum {string}
             */
            criterion: "individuell-tilpasning" | "brukermedvirkning" | "tidlig-innsats" | "kompetanse" | "samordning" | "nye-arbeidsmetoder" | "nye-samarbeidsrelasjoner" | "inkludering-og-levekar";
            /**
             * Måloppnåelse
             * @description Oppnådd, delvis, ikke oppnådd eller ikke relevant
             * @enum {string}
             */
            achievement: "achieved" | "partly" | "not-achieved" | "not-relevant";
            /**
             * Beskrivelse
             * @description Hva som er oppnådd for dette kriteriet, gjerne med eksempler
             */
            description: string;
        };
        /**
         * Regnskap
         * @description Tiltakets eget prosjektregnskap med eget koststed (§ 11)
         */
        Accounts: {
            /**
             * Regnskap per
             * Format: date
             * @description 31. desember i rapporteringsåret (§ 11)
             */
            asOf: string;
            /**
             * Koststed
             * @description Tiltakets eget koststed (§ 11)
             */
            costCentre: string;
            /**
             * Regnskapslinjer
             * @description Én linje for hver linje i det godkjente budsjettet, så regnskapet kan sammenlignes med det (§ 11)
             */
            lines: components["schemas"]["AccountsLine"][];
            /**
             * Mottatt tilskudd i året (kr)
             * @description Tilskudd utbetalt for rapporteringsåret, i hele kroner
             */
            grantReceived: number;
            /**
             * Overført fra fjoråret (kr)
             * @description Ubenyttede midler som er godkjent overført fra året før, i hele kroner; 0 om ingen (§ 10)
             */
            transferredFromPreviousYear: number;
            /**
             * Herav dekket av tilskuddet (kr)
             * @description Den delen av kostnadene som er ført mot tilskuddet; resten er egenfinansiering
             */
            grantSpent: number;
            /**
             * Vedlegg
             * @description Dokumentasjon av kostnadene, for eksempel bilag, lønnslister eller utskrift fra regnskapet; husk statsforvalterens saksnummer
             */
            attachments?: components["schemas"]["AttachmentReference"][];
        };
        /**
         * Regnskapslinje
         * @description Regnskap mot budsjett for én budsjettlinje
         */
        AccountsLine: {
            /**
             * Budsjettlinje
             * @description Id-en til linjen i det godkjente budsjettet
             */
            budgetLineId: string;
            /**
             * Post
             * @description Navnet på budsjettlinjen, for eksempel stillingstittelen
             */
            label: string;
            /**
             * Budsjett (kr)
             * @description Beløpet i det godkjente budsjettet, i hele kroner
             */
            budgeted: number;
            /**
             * Regnskap (kr)
             * @description Faktiske kostnader i regnskapet, i hele kroner
             */
            actual: number;
            /**
             * Kommentar til avvik
             * @description Forklar store forskjeller mellom budsjett og regnskap
             */
            comment?: string;
        };
        /**
         * Ubenyttede midler
         * @description Midler som ikke er brukt, fordelt på overføring og tilbakebetaling (§ 10)
         */
        UnusedFunds: {
            /**
             * Søkes overført til neste år (kr)
             * @description Den delen av de ubenyttede midlene dere søker om å få overført (§ 10)
             */
            transferRequested: number;
            /**
             * Tilbakebetales (kr)
             * @description Resten av de ubenyttede midlene, som betales tilbake (§ 10)
             */
            toBeRepaid: number;
        };
        /** Sluttrapport */
        FinalReport: {
            /**
             * Dokumenttype
             * @description Alltid «final-report»; forteller hvilket dokument dette er
             * @constant
             */
            documentType: "final-report";
            /**
             * Skjemaversjon
             * @description Hovedversjonen av skjemaet dokumentet følger, her 2
             * @constant
             */
            schemaVersion: 2;
            /**
             * Rapportens id
             * @description Unik id for rapporten: små bokstaver a–z, sifre og bindestrek
             */
            id: string;
            case: components["schemas"]["CaseReference"];
            /**
             * Sendt inn
             * Format: date-time
             * @description Settes når rapporten sendes inn
             */
            submittedAt?: string;
            /**
             * Signaturer
             * @description Den som sender rapporten, signerer den i løsningen på vegne av kommunen; settes av løsningen
             */
            signatures?: (components["schemas"]["SignatureRecord"] | components["schemas"]["TypedSignature"])[];
            /**
             * Tiltakets periode
             * @description Fra oppstart til avslutning; tilskudd kan gis i inntil tre år (§ 5)
             */
            period: {
                /**
                 * Fra
                 * Format: date
                 * @description Tiltakets første dag
                 */
                from: string;
                /**
                 * Til
                 * Format: date
                 * @description Tiltakets siste dag
                 */
                to: string;
            };
            /**
             * Sammendrag
             * @description Kort om hva tiltaket har gjort og oppnådd
             */
            summary: string;
            /**
             * Måloppnåelse
             * @description Alle kriteriene for måloppnåelse i § 3 skal vurderes
             */
            goalAchievement: components["schemas"]["CriterionAssessment"][];
            /**
             * Implementering i ordinær drift
             * @description Om og hvordan erfaringene fra tiltaket er videreført i ordinær drift (§ 7)
             */
            implementation: {
                /**
                 * Videreført i ordinær drift
                 * @description Ja, delvis eller nei
                 * @enum {string}
                 */
                status: "implemented" | "partly" | "not-implemented";
                /**
                 * Hvordan tiltaket er videreført
                 * @description Avtaler, planer, budsjett
                 */
                description: string;
                /**
                 * Stillinger videreført med kommunale midler (årsbeløp, kr)
                 * @description Hva kommunen selv betaler per år for stillingene som er videreført
                 */
                fundedPositionsContinued?: number;
            };
            /**
             * Erfaringer andre kan ha nytte av
             * @description Erfaringer skal deles, så andre får tilgang til lure grep
             */
            experiencesToShare: string;
            /**
             * Brukermedvirkning
             * @description Hvordan brukerne har vært med gjennom hele tiltaket
             */
            userInvolvement: string;
            accounts: components["schemas"]["Accounts"];
            unusedFunds: components["schemas"]["UnusedFunds"];
            /**
             * Vedlegg
             * @description Evalueringer, planer, avtaler og annet som viser hva tiltaket har oppnådd og hvordan det er videreført
             */
            attachments?: components["schemas"]["AttachmentReference"][];
        };
        /** Overføring av ubenyttede midler */
        TransferRequest: {
            /**
             * Dokumenttype
             * @description Alltid «transfer-request»; forteller hvilket dokument dette er
             * @constant
             */
            documentType: "transfer-request";
            /**
             * Skjemaversjon
             * @description Hovedversjonen av skjemaet dokumentet følger, her 1
             * @constant
             */
            schemaVersion: 1;
            /**
             * Forespørselens id
             * @description Unik id for forespørselen: små bokstaver a–z, sifre og bindestrek
             */
            id: string;
            case: components["schemas"]["CaseReference"];
            /**
             * Overføres fra år
             * @description Tilskuddsåret de ubenyttede midlene ble gitt for
             */
            fromYear: number;
            /**
             * Beløp som ønskes overført (kr)
             * @description Høyst det statusrapporten viser som ubenyttet, i hele kroner (§ 10)
             */
            amount: number;
            /**
             * Hvorfor midlene ikke er brukt
             * @description For eksempel sen oppstart eller at en stilling har stått ledig en periode
             */
            reason: string;
            /**
             * Planlagt bruk neste år
             * @description Hva midlene skal brukes til i tiltaket neste år
             */
            plannedUse: string;
            /**
             * Dato
             * Format: date
             * @description Datoen forespørselen sendes statsforvalteren
             */
            requestedOn: string;
            /**
             * Beslutning om overføring
             * @description Fylles ut av statsforvalteren; overførte midler trekkes fra neste års utbetaling (§ 10)
             */
            decision?: {
                /**
                 * Godkjent
                 * @description Om statsforvalteren godkjenner overføringen
                 */
                approved: boolean;
                /**
                 * Godkjent beløp (kr)
                 * @description Beløpet som kan overføres, høyst det som er søkt; 0 ved avslag
                 */
                approvedAmount: number;
                /**
                 * Beslutningsdato
                 * Format: date
                 * @description Datoen statsforvalteren avgjorde forespørselen
                 */
                decidedOn: string;
            };
        };
        /** Statsforvalterens beslutning om overføring (§ 10) */
        TransferDecision: {
            approved: boolean;
            approvedAmount: number;
            /** Format: date */
            decidedOn: string;
        };
        /** Krav om tilbakebetaling */
        RepaymentClaim: {
            /**
             * Dokumenttype
             * @description Alltid «repayment-claim»; forteller hvilket dokument dette er
             * @constant
             */
            documentType: "repayment-claim";
            /**
             * Skjemaversjon
             * @description Hovedversjonen av skjemaet dokumentet følger, her 2
             * @constant
             */
            schemaVersion: 2;
            /**
             * Kravets id
             * @description Unik id for kravet: små bokstaver a–z, sifre og bindestrek
             */
            id: string;
            case: components["schemas"]["CaseReference"];
            /**
             * Krevd av
             * @description Statsforvalteren, eller Arbeids- og velferdsdirektoratet for nasjonale forsøk
             */
            claimedBy: components["schemas"]["Authority"];
            /**
             * Årsak
             * @description Hvorfor tilskuddet kreves tilbake (§ 10, § 13)
             * @enum {string}
             */
            reason: "ikke-godkjent-overfort" | "brukt-i-strid-med-regelverket" | "for-mye-utbetalt" | "bortfall";
            /**
             * Begrunnelse
             * @description Hva kravet gjelder, og hvordan beløpet er regnet ut
             */
            explanation: string;
            /**
             * Beløp (kr)
             * @description Beløpet som skal betales tilbake, i hele kroner
             */
            amount: number;
            /**
             * Forfallsdato
             * Format: date
             * @description Siste dag for betaling, etter kravets dato
             */
            dueOn: string;
            /**
             * Dato
             * Format: date
             * @description Datoen kravet sendes
             */
            issuedOn: string;
            /**
             * Betaling
             * @description Hvor og hvordan beløpet skal betales tilbake (§ 10)
             */
            payTo: {
                /**
                 * Betales til
                 * @description Statsforvalteren, eller Arbeids- og velferdsdirektoratet når for mye er utbetalt (§ 10)
                 * @enum {string}
                 */
                recipient: "county-office" | "directorate";
                /**
                 * Kontonummer
                 * @description Kontonummeret beløpet skal betales til, elleve sifre
                 */
                accountNumber: string;
                reference: components["schemas"]["BudgetReference"];
            };
        };
        /**
         * Referanse
         * @description Kapittel, post og ordning (§ 10)
         */
        BudgetReference: {
            /**
             * Kapittel
             * @description Statsbudsjettets kapittel, for eksempel 0621
             */
            chapter: string;
            /**
             * Post
             * @description Posten under kapitlet, for eksempel 63
             */
            post: string;
            /**
             * Ordning
             * @description Tilskuddsordningens navn
             */
            scheme: string;
        };
        NewWebhookSubscription: {
            /**
             * Format: uri
             * @description Mottakerens adresse; https i produksjon
             */
            url: string;
            /** @description Bare disse hendelsestypene; uten types alle */
            types?: components["schemas"]["EventType"][];
            /** @description Lever fra denne posisjonen i strømmen (for å ta igjen); uten after fra nå */
            after?: string;
        };
        /**
         * Hendelsestype
         * @enum {string}
         */
        EventType: "no.sosialtilskudd.application.created" | "no.sosialtilskudd.application.signing_requested" | "no.sosialtilskudd.application.signed" | "no.sosialtilskudd.application.signing_cancelled" | "no.sosialtilskudd.application.submitted" | "no.sosialtilskudd.application.corrected" | "no.sosialtilskudd.application.withdrawn" | "no.sosialtilskudd.case.assigned" | "no.sosialtilskudd.case.granted" | "no.sosialtilskudd.case.rejected" | "no.sosialtilskudd.letter.issued" | "no.sosialtilskudd.acceptance.received" | "no.sosialtilskudd.payment.registered" | "no.sosialtilskudd.status_report.received" | "no.sosialtilskudd.final_report.received" | "no.sosialtilskudd.transfer.requested" | "no.sosialtilskudd.transfer.decided" | "no.sosialtilskudd.repayment.claimed" | "no.sosialtilskudd.case.lapsed" | "no.sosialtilskudd.case.closed" | "no.sosialtilskudd.message.sent" | "no.sosialtilskudd.assessment.recorded" | "no.sosialtilskudd.proposal.made" | "no.sosialtilskudd.proposal.approved" | "no.sosialtilskudd.proposal.returned" | "no.sosialtilskudd.case.changed";
        NewCaseMessage: {
            /** @description Meldingen, som ren tekst */
            body: string;
            /** @description Filer lastet opp til meldinger i saken av avsenderens side (`reference` fra opplastingen), ferdig skannet */
            attachments?: components["schemas"]["AttachmentReference"][];
        };
        /**
         * Fullmakt (ramme)
         * @description Direktoratets fullmakt til statsforvalteren (eller direktoratet selv for nasjonale forsøk) til å gi tilskudd under en utlysning, innenfor en ramme.
         */
        Frame: {
            /**
             * Dokumenttype
             * @description Alltid «frame»; forteller hvilket dokument dette er
             * @constant
             */
            documentType: "frame";
            /**
             * Skjemaversjon
             * @description Hovedversjonen av skjemaet dokumentet følger, her 1
             * @constant
             */
            schemaVersion: 1;
            /**
             * Fullmaktens id
             * @description Samme id i alle versjoner av fullmakten, for eksempel fullmakt-2025-innlandet
             */
            id: string;
            /**
             * Versjon
             * @description 1 for den første fullmakten; hver endring i løpet av året er en ny versjon med neste nummer
             */
            version: number;
            /**
             * Utlysning
             * @description Utlysningen rammen gjelder, for eksempel for 2025
             */
            callId: string;
            /**
             * Fullmakt til
             * @description Statsforvalteren som får rammen, eller Arbeids- og velferdsdirektoratet selv for nasjonale forsøk (§ 8)
             */
            holder: components["schemas"]["Authority"];
            /**
             * Kapittel og post
             * @description Statsbudsjettets kapittel og post rammen belastes, for eksempel kapittel 0621 post 63
             */
            budget: components["schemas"]["BudgetReference"];
            /**
             * Ramme (kr)
             * @description Hvor mye som kan gis i tilskudd under utlysningen, i hele kroner; videreførte tiltak tas av samme ramme
             */
            amount: number;
            /**
             * Utstedt av
             * @description Arbeids- og velferdsdirektoratet, og hvem der
             */
            issuedBy: {
                /**
                 * Utstedt av
                 * @description «directorate»: fullmakten gis alltid av Arbeids- og velferdsdirektoratet
                 * @constant
                 */
                authority: "directorate";
                /**
                 * Navn
                 * @description Den i direktoratet som ga fullmakten
                 */
                name: string;
            };
            /**
             * Dato
             * Format: date
             * @description Datoen denne versjonen av fullmakten ble gitt
             */
            issuedOn: string;
            /**
             * Referanse
             * @description Direktoratets brev eller saksnummer for fullmakten
             */
            reference?: string;
            /**
             * Hvorfor rammen er endret
             * @description Påkrevd fra versjon 2: hva som er endret, for eksempel økt ramme etter revidert budsjett
             */
            changeReason?: string;
        };
        /**
         * Vurdering av søknad
         * @description Statsforvalterens vurdering av én søknad mot tildelingskriteriene, unntakene og prioriteringene (§ 5, § 6), med innstilling.
         */
        Assessment: {
            /**
             * Dokumenttype
             * @description Alltid «assessment»; forteller hvilket dokument dette er
             * @constant
             */
            documentType: "assessment";
            /**
             * Skjemaversjon
             * @description Hovedversjonen av skjemaet dokumentet følger, her 1
             * @constant
             */
            schemaVersion: 1;
            /**
             * Vurderingens id
             * @description Unik id for vurderingen: små bokstaver a–z, sifre og bindestrek
             */
            id: string;
            /**
             * Søknadens id
             * @description Id-en til søknaden som vurderes
             */
            applicationId: string;
            /**
             * Saksnummer
             * @description Statsforvalterens saksnummer, for eksempel 2024/1234
             */
            caseNumber: string;
            /**
             * Utlysning
             * @description Utlysningen søknaden ble sendt under
             */
            callId: string;
            /**
             * Vurdert av
             * @description Myndigheten og saksbehandleren som har vurdert søknaden
             */
            assessedBy: {
                authority: components["schemas"]["Authority"];
                /**
                 * Saksbehandler
                 * @description Navnet på den som har vurdert søknaden
                 */
                name: string;
            };
            /**
             * Dato
             * Format: date
             * @description Datoen vurderingen ble gjort
             */
            assessedOn: string;
            /**
             * Tildelingskriterier
             * @description Hvert kriterium i § 5 får poeng fra 0 til 3, med begrunnelse
             */
            criteria: {
                /**
                 * Helhetlig lokal innsats for å forebygge og redusere fattigdom og sosial eksklusjon
                 * @description Tildelingskriterium (§ 5)
                 */
                "helhetlig-innsats-fattigdom": {
                    /**
                     * Poeng
                     * @description Hvor godt søknaden ivaretar kriteriet: 0 ikke ivaretatt, 1 i liten grad, 2 i noen grad, 3 i stor grad
                     * @enum {number}
                     */
                    score: 0 | 1 | 2 | 3;
                    /**
                     * Begrunnelse
                     * @description Hvorfor søknaden får denne poengsummen på kriteriet
                     */
                    justification?: string;
                };
                /**
                 * Individuell tilpasning og helhetlig oppfølging av den enkelte og dens familie
                 * @description Tildelingskriterium (§ 5)
                 */
                "individuell-tilpasning": {
                    /**
                     * Poeng
                     * @description Hvor godt søknaden ivaretar kriteriet: 0 ikke ivaretatt, 1 i liten grad, 2 i noen grad, 3 i stor grad
                     * @enum {number}
                     */
                    score: 0 | 1 | 2 | 3;
                    /**
                     * Begrunnelse
                     * @description Hvorfor søknaden får denne poengsummen på kriteriet
                     */
                    justification?: string;
                };
                /**
                 * Styrket brukermedvirkning og brukerorientering på system- og individnivå
                 * @description Tildelingskriterium (§ 5)
                 */
                brukermedvirkning: {
                    /**
                     * Poeng
                     * @description Hvor godt søknaden ivaretar kriteriet: 0 ikke ivaretatt, 1 i liten grad, 2 i noen grad, 3 i stor grad
                     * @enum {number}
                     */
                    score: 0 | 1 | 2 | 3;
                    /**
                     * Begrunnelse
                     * @description Hvorfor søknaden får denne poengsummen på kriteriet
                     */
                    justification?: string;
                };
                /**
                 * Utvikling av nye arbeidsmetoder og samarbeidsformer
                 * @description Tildelingskriterium (§ 5)
                 */
                "nye-arbeidsmetoder": {
                    /**
                     * Poeng
                     * @description Hvor godt søknaden ivaretar kriteriet: 0 ikke ivaretatt, 1 i liten grad, 2 i noen grad, 3 i stor grad
                     * @enum {number}
                     */
                    score: 0 | 1 | 2 | 3;
                    /**
                     * Begrunnelse
                     * @description Hvorfor søknaden får denne poengsummen på kriteriet
                     */
                    justification?: string;
                };
                /**
                 * Kompetanseheving, økt kunnskap og bedre oversikter over levekårsutfordringer i kommunene
                 * @description Tildelingskriterium (§ 5)
                 */
                kompetanseheving: {
                    /**
                     * Poeng
                     * @description Hvor godt søknaden ivaretar kriteriet: 0 ikke ivaretatt, 1 i liten grad, 2 i noen grad, 3 i stor grad
                     * @enum {number}
                     */
                    score: 0 | 1 | 2 | 3;
                    /**
                     * Begrunnelse
                     * @description Hvorfor søknaden får denne poengsummen på kriteriet
                     */
                    justification?: string;
                };
                /**
                 * Samarbeid mellom tjenester
                 * @description Tildelingskriterium (§ 5)
                 */
                "samarbeid-mellom-tjenester": {
                    /**
                     * Poeng
                     * @description Hvor godt søknaden ivaretar kriteriet: 0 ikke ivaretatt, 1 i liten grad, 2 i noen grad, 3 i stor grad
                     * @enum {number}
                     */
                    score: 0 | 1 | 2 | 3;
                    /**
                     * Begrunnelse
                     * @description Hvorfor søknaden får denne poengsummen på kriteriet
                     */
                    justification?: string;
                };
                /**
                 * Interkommunalt samarbeid
                 * @description Tildelingskriterium (§ 5)
                 */
                "interkommunalt-samarbeid": {
                    /**
                     * Poeng
                     * @description Hvor godt søknaden ivaretar kriteriet: 0 ikke ivaretatt, 1 i liten grad, 2 i noen grad, 3 i stor grad
                     * @enum {number}
                     */
                    score: 0 | 1 | 2 | 3;
                    /**
                     * Begrunnelse
                     * @description Hvorfor søknaden får denne poengsummen på kriteriet
                     */
                    justification?: string;
                };
                /**
                 * Styrket forebyggende arbeid og tidlig innsats
                 * @description Tildelingskriterium (§ 5)
                 */
                "forebygging-tidlig-innsats": {
                    /**
                     * Poeng
                     * @description Hvor godt søknaden ivaretar kriteriet: 0 ikke ivaretatt, 1 i liten grad, 2 i noen grad, 3 i stor grad
                     * @enum {number}
                     */
                    score: 0 | 1 | 2 | 3;
                    /**
                     * Begrunnelse
                     * @description Hvorfor søknaden får denne poengsummen på kriteriet
                     */
                    justification?: string;
                };
            };
            /**
             * Det gis ikke tilskudd til
             * @description Hvert unntak i utlysningen kontrolleres (§ 5)
             */
            exclusions: {
                /**
                 * Implementering av ferdig utviklede metoder og arbeidsmåter
                 * @description Det gis ikke tilskudd til dette
                 */
                "ferdig-utviklede-metoder"?: {
                    /**
                     * Gjelder søknaden
                     * @description Ja når tiltaket faller inn under unntaket; da kan det ikke innstilles på tilskudd
                     */
                    applies: boolean;
                    /**
                     * Merknad
                     * @description Hva i søknaden vurderingen bygger på
                     */
                    note?: string;
                };
                /**
                 * Søknader som kun beskriver kapasitetsøkning i tjenesten
                 * @description Det gis ikke tilskudd til dette
                 */
                "kun-kapasitetsokning"?: {
                    /**
                     * Gjelder søknaden
                     * @description Ja når tiltaket faller inn under unntaket; da kan det ikke innstilles på tilskudd
                     */
                    applies: boolean;
                    /**
                     * Merknad
                     * @description Hva i søknaden vurderingen bygger på
                     */
                    note?: string;
                };
                /**
                 * Tiltak hvor det forekommer direkte utbetalinger til bruker (§ 5)
                 * @description Det gis ikke tilskudd til dette
                 */
                "direkte-utbetaling-til-bruker"?: {
                    /**
                     * Gjelder søknaden
                     * @description Ja når tiltaket faller inn under unntaket; da kan det ikke innstilles på tilskudd
                     */
                    applies: boolean;
                    /**
                     * Merknad
                     * @description Hva i søknaden vurderingen bygger på
                     */
                    note?: string;
                };
            };
            /**
             * Prioriterte områder
             * @description Hvor godt tiltaket svarer på utlysningens prioriteringer
             */
            priorityFit: {
                /**
                 * Prioriterte områder tiltaket svarer på
                 * @description Utlysningens prioriterte områder, slik saksbehandleren vurderer tiltaket
                 */
                areas: ("barnefamilier" | "ungdom" | "boligsosialt-arbeid" | "helhetlig-tjenestetilbud" | "barnefamilier-ungdom-innvandrere-langtidsmottakere" | "innvandrere-langtidsmottakere" | "sarbare-overganger" | "forebygging-tidlig-innsats" | "videreforing-stillinger")[];
                /**
                 * Vurdering av prioriteringene
                 * @description Hvordan tiltaket svarer på utlysningens prioriterte områder (§ 6)
                 */
                justification: string;
            };
            /**
             * Innstilling
             * @description Tilskudd med beløp, eller avslag med begrunnelse
             */
            proposal: {
                /**
                 * Innstilling
                 * @description «grant»: søknaden innstilles på tilskudd
                 * @constant
                 */
                recommendation: "grant";
                /**
                 * Foreslått tilskudd (kr)
                 * @description Høyst det søknaden ber om og det utlysningens sats gir for stillingene
                 */
                amount: number;
                /**
                 * Begrunnelse for beløpet
                 * @description Påkrevd når foreslått tilskudd er et annet enn søkt beløp
                 */
                amountReason?: string;
            } | {
                /**
                 * Innstilling
                 * @description «reject»: søknaden innstilles på avslag
                 * @constant
                 */
                recommendation: "reject";
                /**
                 * Begrunnelser
                 * @description Én eller flere begrunnelser for avslaget
                 */
                reasons: ("manglende-rapportering" | "ikke-prioritert" | "utenfor-ordningen" | "for-sent" | "mangelfull-soknad" | "annet")[];
            };
            /**
             * Samlet vurdering
             * @description Skjønnsmessig vurdering mot målene for ordningen (§ 5); går inn i beslutningen
             */
            summary: string;
        };
        /**
         * Hvor langt saken er kommet i runden
         * @description «submitted» sendt inn, ikke vurdert; «assessed» vurdert (innstillingens beløp regnes som foreslått); «proposed» vedtak foreslått, venter på godkjenning; «granted» innvilget; «rejected» avslått; «withdrawn» trukket
         * @enum {string}
         */
        RoundStage: "submitted" | "assessed" | "proposed" | "granted" | "rejected" | "withdrawn";
        /** Hendelse i en sak (CloudEvents 1.0) */
        CloudEvent: {
            /** @constant */
            specversion: "1.0";
            /**
             * Format: uuid
             * @description Hendelsens id; samme som webhook-id ved levering
             */
            id: string;
            /** @description Saken: /v1/applications/{applicationId} */
            source: string;
            /** @description Hendelsestypen, for eksempel no.sosialtilskudd.letter.issued. Nye typer kan komme: hopp over typer du ikke kjenner. */
            type: string;
            /** @description Saksnummeret, når saken har fått ett */
            subject?: string;
            /** Format: date-time */
            time: string;
            /** @constant */
            datacontenttype: "application/json";
            /** @description Hendelsens nummer i saken (CloudEvents Sequence), ti sifre: ordner sakens hendelser */
            sequence: string;
            data: components["schemas"]["EventData"];
        };
        EventData: {
            /**
             * Format: uuid
             * @description Tjenerens id for ressursen
             */
            applicationId: string;
            caseNumber: string | null;
            callId: string;
            organisationNumber: string;
            applicantName: string;
            measureName: string;
            authority: components["schemas"]["EventParty"];
            /** @description Handlingen i revisjonsloggen */
            action: string;
            fromState: components["schemas"]["CaseState"] | null;
            toState: components["schemas"]["CaseState"] | null;
            actorRole: string;
            document?: {
                id: string;
                documentType: string;
                href: string;
            };
            journal?: components["schemas"]["EventJournal"];
        };
        /** Avsender eller mottaker */
        EventParty: {
            /** @constant */
            kind: "nav-office";
            name: string;
            organisationNumber: string;
        } | {
            /** @constant */
            kind: "county-office";
            countyOfficeId: string;
            name: string;
        } | {
            /** @constant */
            kind: "directorate";
            name: string;
        };
        /** Det et arkiv trenger for å journalføre dokumentet */
        EventJournal: {
            title: string;
            /**
             * Format: date
             * @description Dokumentdato (Oslo)
             */
            date: string;
            /**
             * @description Inngående eller utgående for statsforvalteren
             * @enum {string}
             */
            direction: "incoming" | "outgoing";
            sender: components["schemas"]["EventParty"];
            recipient: components["schemas"]["EventParty"];
            /** @description Hvor en med tilgang henter dokumentet i API-et */
            documentHref: string;
            /** @description Filene dokumentet ble sendt med (en melding i saken), som egne dokumenter i journalposten */
            attachments?: {
                id: string;
                fileName: string;
                mediaType: string;
                size: number;
                sha256: string;
                /** @description Hvor en med tilgang henter filen i API-et */
                href: string;
            }[];
        };
        /** Problem (RFC 9457) */
        Problem: {
            /** @description URI som identifiserer problemtypen */
            type: string;
            title: string;
            status: number;
            /** @description Maskinlesbar kode, for eksempel VALIDATION_FAILED eller LIFECYCLE_ILLEGAL_TRANSITION */
            code: string;
            detail?: string;
            instance?: string;
            /** @description Domenets regelbrudd, med kode og JSON Pointer */
            issues?: components["schemas"]["Issue"][];
        };
        /** Feil i et dokument */
        Issue: {
            /** @description Stabil regelkode, for eksempel ORGNR_CHECKSUM */
            code: string;
            /** @description JSON Pointer (RFC 6901) til feltet, "" for hele dokumentet */
            path: string;
            /** @description Melding på bokmål, innledet med feltets navn */
            message: string;
            /** @description Melding på nynorsk */
            messageNn?: string;
            /** @description Hjemmel, for eksempel § 5, eller utlysningen */
            source?: string;
        };
        /**
         * Utlysning
         * @description Ett års kunngjøring av en tilskuddsordning: frister, satser, prioriteringer og unntak.
         */
        Call: {
            /**
             * Dokumenttype
             * @description Alltid «call»; forteller hvilket dokument dette er
             * @constant
             */
            documentType: "call";
            /**
             * Skjemaversjon
             * @description Hovedversjonen av skjemaet dokumentet følger, her 1
             * @constant
             */
            schemaVersion: 1;
            /**
             * Utlysningens id
             * @description For eksempel utvikling-sosiale-tjenester-2024
             */
            id: string;
            /**
             * Tilskuddsordning
             * @description Ordningen som kunngjøres, for eksempel utvikling-sosiale-tjenester
             * @enum {string}
             */
            schemeId: "utvikling-sosiale-tjenester" | "kommunalt-rusarbeid";
            /**
             * Tilskuddsår
             * @description Året tilskuddet gis for
             */
            year: number;
            /**
             * Tittel
             * @description Utlysningens navn, med ordning og år
             */
            title: string;
            /**
             * Søknadsfrist
             * @description Dato og klokkeslett fra kunngjøringen; flyttes ikke til neste virkedag av seg selv
             */
            applicationDeadline: components["schemas"]["Deadline"];
            /**
             * Frist for status- og regnskapsrapport
             * @description For midler tildelt dette året (§ 11). Utelates når kilden ikke oppgir den.
             */
            reportingDeadline?: components["schemas"]["Deadline"];
            /**
             * Største beløp per 100 % stilling (kr)
             * @description Lønn og sosiale utgifter for ett år. Utelates når kunngjøringen ikke oppgir beløpet.
             */
            maxPerFullTimePosition?: number;
            /**
             * Kompetansemidler
             * @description Om utlysningen gir egne kompetansemidler, og eventuelt største beløp per tiltak
             */
            competenceFunds: {
                /**
                 * Ingen egne kompetansemidler
                 * @description «none»: utlysningen gir ikke egne kompetansemidler
                 * @constant
                 */
                status: "none";
            } | {
                /**
                 * Kompetansemidler kan søkes
                 * @description «allowed»: tiltak kan søke om egne kompetansemidler
                 * @constant
                 */
                status: "allowed";
                /**
                 * Største beløp per tiltak (kr)
                 * @description Utelates når kunngjøringen ikke oppgir beløpet.
                 */
                maxPerMeasure?: number;
            };
            /**
             * Tilskuddsperiode (måneder)
             * @description Tilskudd gis for ett år av gangen (§ 5).
             */
            grantPeriodMonths: number;
            /**
             * Lengste varighet per tiltak (måneder)
             * @description Utelates når ordningen ikke har en slik grense.
             */
            maxMonthsPerMeasure?: number;
            /**
             * Flest tilskuddsår per tiltak
             * @description Utelates når ordningen ikke har en slik grense.
             */
            maxYearsPerMeasure?: number;
            /**
             * Bare videreføring
             * @description Bare videreføring av eksisterende tiltak eller stillinger kan søkes.
             */
            continuationOnly: boolean;
            /**
             * Bare for mottakere i år
             * @description Bare kommuner som fikk tilskudd dette året kan søke.
             */
            eligibleIfGrantedIn?: number;
            /**
             * Prioriterte områder
             * @description Prioriteringene som framgår av kunngjøringen (§ 6)
             */
            priorityAreas: {
                /**
                 * Særskilt prioriterte områder
                 * @description Områdene kunngjøringen trekker fram først, for eksempel barnefamilier og ungdom
                 */
                special: ("barnefamilier" | "ungdom" | "boligsosialt-arbeid" | "helhetlig-tjenestetilbud" | "barnefamilier-ungdom-innvandrere-langtidsmottakere" | "innvandrere-langtidsmottakere" | "sarbare-overganger" | "forebygging-tidlig-innsats" | "videreforing-stillinger")[];
                /**
                 * Øvrige prioriterte områder
                 * @description De andre områdene kunngjøringen prioriterer
                 */
                general: ("barnefamilier" | "ungdom" | "boligsosialt-arbeid" | "helhetlig-tjenestetilbud" | "barnefamilier-ungdom-innvandrere-langtidsmottakere" | "innvandrere-langtidsmottakere" | "sarbare-overganger" | "forebygging-tidlig-innsats" | "videreforing-stillinger")[];
            };
            /**
             * Det gis ikke tilskudd til
             * @description Tiltak kunngjøringen utelukker, for eksempel direkte utbetalinger til bruker (§ 5)
             */
            exclusions: ("ferdig-utviklede-metoder" | "kun-kapasitetsokning" | "direkte-utbetaling-til-bruker")[];
            /**
             * Nasjonale forsøk
             * @description Søknader sendes Arbeids- og velferdsdirektoratet (§ 7).
             */
            nationalTrials: {
                /**
                 * Id
                 * @description Id-en søknader bruker for forsøket: små bokstaver a–z, sifre og bindestrek
                 */
                id: string;
                /**
                 * Modell
                 * @description Navnet på forsøksmodellen, for eksempel SSA
                 */
                title: string;
            }[];
            /**
             * Kilder
             * @description Hvor opplysningene i utlysningen er hentet fra
             */
            sources: string[];
        };
        /**
         * Utsatt søknadsfrist
         * @description Den nye fristen og hvem den gjelder: søknader til myndigheten i grantedBy, alle eller én søker
         */
        PublicDeadlineExtension: {
            /**
             * Utlysning
             * @description Utlysningen med fristen som utsettes
             */
            callId: string;
            /**
             * Gitt av
             * @description Myndigheten som gir utsettelsen; den gjelder bare søknader som sendes dit
             */
            grantedBy: components["schemas"]["Authority"];
            /**
             * Gjelder
             * @description Alle søkere hos myndigheten, eller én søker
             */
            appliesTo: {
                /**
                 * Omfang
                 * @description «all»: alle søkere som sender søknaden til denne myndigheten
                 * @constant
                 */
                scope: "all";
            } | {
                /**
                 * Omfang
                 * @description «applicant»: bare søkeren med organisasjonsnummeret som er oppgitt
                 * @constant
                 */
                scope: "applicant";
                /**
                 * Organisasjonsnummer
                 * @description Organisasjonsnummeret til Nav-kontoret som får utsatt frist, ni sifre
                 */
                organisationNumber: string;
            };
            /**
             * Ny frist
             * @description Den utsatte fristen, senere enn utlysningens frist
             */
            deadline: components["schemas"]["Deadline"];
        };
        /** Registrert utsatt søknadsfrist */
        DeadlineExtensionRecord: {
            /**
             * Format: uuid
             * @description Tjenerens id for ressursen
             */
            id: string;
            /** Format: date-time */
            createdAt: string;
            createdBy: components["schemas"]["Actor"];
            document: components["schemas"]["DeadlineExtension"];
        };
        /** Hvem som gjorde det */
        Actor: {
            sub: string;
            name: string;
            /**
             * @description Rollen personen handlet i; «system» når tjenesten selv gjorde det (skanning av vedlegg)
             * @enum {string}
             */
            role: "nav-office" | "nav-office-head" | "municipal-executive" | "county-caseworker" | "county-approver" | "directorate" | "system";
        };
        CountyOfficeInfo: {
            /** @enum {string} */
            id: "agder" | "innlandet" | "more-og-romsdal" | "nordland" | "ostfold-buskerud-oslo-akershus" | "rogaland" | "troms-og-finnmark" | "trondelag" | "vestfold-og-telemark" | "vestland";
            name: string;
            phone: string;
            countyNumbers: string[];
        };
        NavOfficeInfo: {
            organisationNumber: string;
            name: string;
            municipalities: string[];
            /** @enum {string} */
            countyOfficeId: "agder" | "innlandet" | "more-og-romsdal" | "nordland" | "ostfold-buskerud-oslo-akershus" | "rogaland" | "troms-og-finnmark" | "trondelag" | "vestfold-og-telemark" | "vestland";
        };
        MunicipalityInfo: {
            number: string;
            name: string;
            countyNumber: string;
        };
        ValidationResult: {
            ok: boolean;
            documentType: string | null;
            issues: components["schemas"]["Issue"][];
            /** @description Regler som mangler kontekst og ikke ble kjørt */
            notChecked: string[];
        };
        /** Innlogget bruker */
        Principal: {
            sub: string;
            name: string;
            role: components["schemas"]["Role"];
            /** @description Nav-kontoret personen handler for (nav-office, nav-office-head) */
            organisationNumber: string | null;
            /** @description Kommunen kommunedirektøren/rådmannen handler for (municipal-executive) */
            municipalityNumber: string | null;
            countyOfficeId: ("agder" | "innlandet" | "more-og-romsdal" | "nordland" | "ostfold-buskerud-oslo-akershus" | "rogaland" | "troms-og-finnmark" | "trondelag" | "vestfold-og-telemark" | "vestland") | null;
        };
        /**
         * Rolle
         * @description «nav-office» ansatt ved Nav-kontoret, «nav-office-head» Nav-leder, «municipal-executive» kommunedirektør/rådmann (kommunens administrative ledelse), «county-caseworker» saksbehandler hos statsforvalteren, «county-approver» godkjenner hos statsforvalteren (totrinnskontroll), «directorate» Arbeids- og velferdsdirektoratet
         * @enum {string}
         */
        Role: "nav-office" | "nav-office-head" | "municipal-executive" | "county-caseworker" | "county-approver" | "directorate";
        /** Demobruker for utviklingsinnlogging */
        DemoUser: {
            id: string;
            principal: components["schemas"]["Principal"];
        };
        Token: {
            accessToken: string;
            /** @constant */
            tokenType: "Bearer";
            expiresIn: number;
            principal: components["schemas"]["Principal"];
        };
        ApplicationList: {
            items: components["schemas"]["ApplicationSummary"][];
            /** @description Send som cursor for neste side; null på siste side */
            nextCursor: string | null;
        };
        ApplicationSummary: {
            /**
             * Format: uuid
             * @description Tjenerens id for ressursen
             */
            id: string;
            state: components["schemas"]["CaseState"];
            stateLabel: string;
            caseNumber: string | null;
            callId: string;
            organisationNumber: string;
            applicantName: string;
            measureName: string;
            requestedGrant: number;
            authority: components["schemas"]["Authority"];
            caseworker: string | null;
            submittedAt: string | null;
            /** Format: date-time */
            updatedAt: string;
            /** @description Rollene som ennå ikke har signert et utkast som er sendt til signering; tom ellers */
            awaitingSignatureFrom: components["schemas"]["SignerRole"][];
        };
        /**
         * Rollen en signatur gis i
         * @enum {string}
         */
        SignerRole: "nav-office-head" | "municipal-executive" | "nav-office";
        /** Søknad med saksstatus */
        ApplicationCase: {
            /**
             * Format: uuid
             * @description Tjenerens id for ressursen
             */
            id: string;
            state: components["schemas"]["CaseState"];
            stateLabel: string;
            allowedEvents: components["schemas"]["CaseEvent"][];
            /** @description Samme verdi som ETag-headeren; send den i If-Match ved endring */
            etag: string;
            /** @description Antall innsendte versjoner; 0 for et utkast */
            version: number;
            caseNumber: string | null;
            callId: string;
            organisationNumber: string;
            authority: components["schemas"]["Authority"];
            caseworker: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            submittedAt: string | null;
            /** @description Regler den innsendte versjonen ikke kunne kontrolleres mot, fordi tjeneren mangler historikken (for eksempel fjorårets rapport fra før systemet, CONTINUATION_REPORT_MISSING). Statsforvalteren vurderer dem selv. Tom for et utkast. */
            notChecked: string[];
            signing: components["schemas"]["SigningStatus"];
            document: components["schemas"]["Application"];
        };
        /** @enum {string} */
        CaseEvent: "submit" | "withdraw" | "grant" | "reject" | "accept" | "pay" | "report" | "reportFinal" | "claimRepayment" | "lapse" | "close";
        /** Signering (§ 7) */
        SigningStatus: {
            /**
             * @description «editing»: utkastet kan endres; «awaiting-signatures»: sendt til signering og låst; «signed»: begge har signert (eller søknaden er sendt inn)
             * @enum {string}
             */
            state: "editing" | "awaiting-signatures" | "signed";
            /** @description Når utkastet ble sendt til signering */
            requestedAt: string | null;
            requestedBy: components["schemas"]["Actor"] | null;
            /** @description SHA-256 av innholdet slik det er nå (kanonisk JSON, RFC 8785, uten signaturene og submittedAt): det en signatur nå gjelder; send den når du signerer */
            documentSha256: string;
            /** @description Signaturene § 7 krever: Nav-leder og kommunedirektør/rådmann */
            required: {
                /** @description Én av disse rollene må signere */
                roles: components["schemas"]["SignerRole"][];
                /** @description Signaturen som gjelder, eller null */
                signature: components["schemas"]["SignatureRecord"] | null;
            }[];
        };
        /** Innsendt versjon (uforanderlig) */
        ApplicationVersion: {
            version: number;
            /** @enum {string} */
            reason: "submitted" | "correction";
            /** Format: date-time */
            createdAt: string;
            createdBy: components["schemas"]["Actor"];
            document: components["schemas"]["Application"];
        };
        /** Lagret versjon av utkastet */
        DraftRevision: {
            /** @description Løpenummer for lagringen */
            id: number;
            /** @description Utkastets versjon (ETag "r<revision>") lagringen ga, eller bygde på */
            revision: number;
            /** @description false: en versjon lagret samtidig med en annens, som ble valgt bort og tatt vare på (ingenting går tapt) */
            applied: boolean;
            /** Format: date-time */
            savedAt: string;
            savedBy: components["schemas"]["Actor"];
            /** @description JSON Pointer til hvert felt som ble endret */
            changedFields: string[];
            /** @description Antall endrede felt utover dem som er listet */
            moreFields: number;
        };
        DraftRevisionWithDocument: {
            /** @description Løpenummer for lagringen */
            id: number;
            /** @description Utkastets versjon (ETag "r<revision>") lagringen ga, eller bygde på */
            revision: number;
            /** @description false: en versjon lagret samtidig med en annens, som ble valgt bort og tatt vare på (ingenting går tapt) */
            applied: boolean;
            /** Format: date-time */
            savedAt: string;
            savedBy: components["schemas"]["Actor"];
            /** @description JSON Pointer til hvert felt som ble endret */
            changedFields: string[];
            /** @description Antall endrede felt utover dem som er listet */
            moreFields: number;
            document: components["schemas"]["Application"];
        };
        /** Vedlegg */
        Attachment: {
            /**
             * Format: uuid
             * @description Tjenerens id for ressursen
             */
            id: string;
            /**
             * Format: uuid
             * @description Tjenerens id for ressursen
             */
            applicationId: string;
            documentType: components["schemas"]["AttachmentDocumentType"];
            fileName: string;
            /**
             * @description Filtypen innholdet viser, ikke navnet
             * @enum {string}
             */
            mediaType: "application/pdf" | "image/png" | "image/jpeg" | "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" | "application/vnd.openxmlformats-officedocument.wordprocessingml.document" | "application/vnd.oasis.opendocument.text";
            size: number;
            sha256: string;
            scan: components["schemas"]["AttachmentScan"];
            /** Format: date-time */
            uploadedAt: string;
            uploadedBy: components["schemas"]["Actor"];
            /** @description true når et innsendt dokument viser til filen: den kan da verken slettes eller byttes */
            locked: boolean;
            /** @description Slik dokumentet viser til filen: legg den i attachments */
            reference: components["schemas"]["AttachmentReference"];
        };
        /** Skanning for skadelig programvare */
        AttachmentScan: {
            /**
             * @description «pending»: venter på skanning; «clean»: ingen skadelig kode funnet; «infected»: skadelig kode funnet, filen er slettet; «not-scanned»: tjenesten har ingen skanner, så filen er ikke kontrollert
             * @enum {string}
             */
            state: "pending" | "clean" | "infected" | "not-scanned";
            /** @description Det skanneren fant, når filen er infisert */
            finding: string | null;
            scannedAt: string | null;
        };
        LetterRecord: {
            /**
             * Format: uuid
             * @description Tjenerens id for ressursen
             */
            id: string;
            /**
             * Format: uuid
             * @description Tjenerens id for ressursen
             */
            applicationId: string;
            /** Format: date-time */
            createdAt: string;
            createdBy: components["schemas"]["Actor"];
            supersedes: string | null;
            document: components["schemas"]["Letter"];
        };
        /** Hendelse i revisjonsloggen */
        AuditEvent: {
            id: number;
            /**
             * Format: uuid
             * @description Tjenerens id for ressursen
             */
            applicationId: string;
            /** Format: date-time */
            at: string;
            actor: components["schemas"]["Actor"];
            /** @description For eksempel submit, grant, letter, correction */
            action: string;
            fromState: components["schemas"]["CaseState"] | null;
            toState: components["schemas"]["CaseState"] | null;
            detail: {
                [key: string]: unknown;
            } | null;
        };
        /** Forslag til godkjenning */
        ApprovalRecord: {
            /**
             * Format: uuid
             * @description Tjenerens id for ressursen
             */
            id: string;
            /**
             * Format: uuid
             * @description Tjenerens id for ressursen
             */
            applicationId: string;
            /**
             * @description «proposed» venter på godkjenning, «approved» godkjent og registrert, «returned» sendt tilbake
             * @enum {string}
             */
            state: "proposed" | "approved" | "returned";
            approval: components["schemas"]["Approval"];
            /** @description Beslutningen eller utbetalingen slik den ble foreslått */
            proposed: components["schemas"]["CaseDecision"] | components["schemas"]["Payment"];
            /** @description Dokumentet som ble registrert i saken da forslaget ble godkjent */
            filedRecordId: string | null;
        };
        /**
         * Forslag til godkjenning
         * @description Totrinnskontroll: en beslutning eller utbetaling foreslått av én person og godkjent eller sendt tilbake av en annen med godkjennerrollen.
         */
        Approval: {
            /**
             * Dokumenttype
             * @description Alltid «approval»; forteller hvilket dokument dette er
             * @constant
             */
            documentType: "approval";
            /**
             * Skjemaversjon
             * @description Hovedversjonen av skjemaet dokumentet følger, her 1
             * @constant
             */
            schemaVersion: 1;
            /**
             * Forslagets id
             * @description Unik id for forslaget: små bokstaver a–z, sifre og bindestrek
             */
            id: string;
            /**
             * Forslaget gjelder
             * @description Beslutningen eller utbetalingen som skal godkjennes
             */
            subject: {
                /**
                 * Gjelder
                 * @description «case-decision» for en beslutning i sak, «payment» for en utbetaling
                 * @enum {string}
                 */
                documentType: "case-decision" | "payment";
                /**
                 * Dokumentets id
                 * @description Id-en til beslutningen eller utbetalingen
                 */
                documentId: string;
                /**
                 * Saksnummer
                 * @description Statsforvalterens saksnummer, for eksempel 2024/1234
                 */
                caseNumber: string;
                /**
                 * Beløp (kr)
                 * @description Tilskuddet eller utbetalingen forslaget gjelder; 0 for avslag
                 */
                amount: number;
            };
            /**
             * Foreslått av
             * @description Saksbehandleren som la fram forslaget
             */
            proposedBy: components["schemas"]["ApprovalActor"];
            /**
             * Tidspunkt
             * Format: date-time
             * @description Når forslaget ble lagt fram
             */
            proposedAt: string;
            /**
             * Avgjørelse
             * @description Mangler så lenge forslaget venter på godkjenning
             */
            resolution?: {
                /**
                 * Resultat
                 * @description «approved»: godkjent
                 * @constant
                 */
                result: "approved";
                /**
                 * Godkjent av
                 * @description En annen enn forslagsstilleren, med godkjennerrollen
                 */
                by: components["schemas"]["ApprovalActor"];
                /**
                 * Tidspunkt
                 * Format: date-time
                 * @description Når forslaget ble godkjent
                 */
                at: string;
            } | {
                /**
                 * Resultat
                 * @description «returned»: sendt tilbake til saksbehandleren
                 * @constant
                 */
                result: "returned";
                /**
                 * Sendt tilbake av
                 * @description Godkjenneren som sendte forslaget tilbake
                 */
                by: components["schemas"]["ApprovalActor"];
                /**
                 * Tidspunkt
                 * Format: date-time
                 * @description Når forslaget ble sendt tilbake
                 */
                at: string;
                /**
                 * Årsak
                 * @description Hvorfor forslaget sendes tilbake
                 * @enum {string}
                 */
                reason: "feil-belop" | "mangelfull-vurdering" | "utenfor-rammen" | "feil-vilkar" | "feil-mottaker" | "mangler-grunnlag" | "annet";
                /**
                 * Kommentar
                 * @description Hva saksbehandleren skal se på eller endre
                 */
                comment: string;
            };
        };
        /**
         * Person
         * @description Hvem som handlet, med rolle og myndighet
         */
        ApprovalActor: {
            /**
             * Bruker-id
             * @description Brukerens id fra innloggingen
             */
            id: string;
            /**
             * Navn
             * @description Fullt navn
             */
            name: string;
            /**
             * Rolle
             * @description Saksbehandler eller godkjenner hos statsforvalteren, eller direktoratet
             * @enum {string}
             */
            role: "county-caseworker" | "county-approver" | "directorate";
            /**
             * Handler for
             * @description Statsforvalteren eller direktoratet brukeren handler for
             */
            authority: components["schemas"]["Authority"];
        };
        /**
         * Sakens dokumenter
         * @description Gjeldende versjon av hvert dokument
         */
        CaseFile: {
            decision: components["schemas"]["CaseDecisionRecord"] | null;
            letter: components["schemas"]["LetterRecord"] | null;
            acceptance: components["schemas"]["AcceptanceRecord"] | null;
            payments: components["schemas"]["PaymentRecord"][];
            statusReports: components["schemas"]["StatusReportRecord"][];
            finalReport: components["schemas"]["FinalReportRecord"] | null;
            transferRequests: components["schemas"]["TransferRequestRecord"][];
            repaymentClaims: components["schemas"]["RepaymentClaimRecord"][];
        };
        CaseDecisionRecord: {
            /**
             * Format: uuid
             * @description Tjenerens id for ressursen
             */
            id: string;
            /**
             * Format: uuid
             * @description Tjenerens id for ressursen
             */
            applicationId: string;
            /** Format: date-time */
            createdAt: string;
            createdBy: components["schemas"]["Actor"];
            supersedes: string | null;
            document: components["schemas"]["CaseDecision"];
        };
        AcceptanceRecord: {
            /**
             * Format: uuid
             * @description Tjenerens id for ressursen
             */
            id: string;
            /**
             * Format: uuid
             * @description Tjenerens id for ressursen
             */
            applicationId: string;
            /** Format: date-time */
            createdAt: string;
            createdBy: components["schemas"]["Actor"];
            supersedes: string | null;
            document: components["schemas"]["Acceptance"];
        };
        PaymentRecord: {
            /**
             * Format: uuid
             * @description Tjenerens id for ressursen
             */
            id: string;
            /**
             * Format: uuid
             * @description Tjenerens id for ressursen
             */
            applicationId: string;
            /** Format: date-time */
            createdAt: string;
            createdBy: components["schemas"]["Actor"];
            supersedes: string | null;
            document: components["schemas"]["Payment"];
        };
        StatusReportRecord: {
            /**
             * Format: uuid
             * @description Tjenerens id for ressursen
             */
            id: string;
            /**
             * Format: uuid
             * @description Tjenerens id for ressursen
             */
            applicationId: string;
            /** Format: date-time */
            createdAt: string;
            createdBy: components["schemas"]["Actor"];
            supersedes: string | null;
            document: components["schemas"]["StatusReport"];
        };
        FinalReportRecord: {
            /**
             * Format: uuid
             * @description Tjenerens id for ressursen
             */
            id: string;
            /**
             * Format: uuid
             * @description Tjenerens id for ressursen
             */
            applicationId: string;
            /** Format: date-time */
            createdAt: string;
            createdBy: components["schemas"]["Actor"];
            supersedes: string | null;
            document: components["schemas"]["FinalReport"];
        };
        TransferRequestRecord: {
            /**
             * Format: uuid
             * @description Tjenerens id for ressursen
             */
            id: string;
            /**
             * Format: uuid
             * @description Tjenerens id for ressursen
             */
            applicationId: string;
            /** Format: date-time */
            createdAt: string;
            createdBy: components["schemas"]["Actor"];
            supersedes: string | null;
            document: components["schemas"]["TransferRequest"];
        };
        RepaymentClaimRecord: {
            /**
             * Format: uuid
             * @description Tjenerens id for ressursen
             */
            id: string;
            /**
             * Format: uuid
             * @description Tjenerens id for ressursen
             */
            applicationId: string;
            /** Format: date-time */
            createdAt: string;
            createdBy: components["schemas"]["Actor"];
            supersedes: string | null;
            document: components["schemas"]["RepaymentClaim"];
        };
        /**
         * Budsjett mot regnskap per tiltak
         * @description Ett element per tilskuddsår for tiltaket, fulgt bakover gjennom videreføringene (§ 11)
         */
        MeasureAccounts: {
            measureName: string;
            organisationNumber: string;
            years: components["schemas"]["MeasureYear"][];
        };
        MeasureYear: {
            /**
             * Format: uuid
             * @description Tjenerens id for ressursen
             */
            applicationId: string;
            caseNumber: string | null;
            callId: string;
            year: number;
            state: components["schemas"]["CaseState"];
            reportedIn: ("status-report" | "final-report") | null;
            lines: components["schemas"]["AccountsComparisonLine"][];
            totals: {
                budgeted: number;
                actual: number | null;
                grantReceived: number | null;
                grantSpent: number | null;
            };
        };
        AccountsComparisonLine: {
            budgetLineId: string;
            label: string;
            budgeted: number;
            actual: number | null;
            /** @description Regnskap minus budsjett */
            deviation: number | null;
        };
        EventPage: {
            items: {
                /** @description Posisjon i hendelsesstrømmen; 0 er før den første hendelsen */
                cursor: string;
                event: components["schemas"]["CloudEventOutput"];
            }[];
            /** @description Send som after neste gang; samme som after når det ikke var noe nytt */
            nextCursor: string;
        };
        CreatedWebhookSubscription: {
            /**
             * Format: uuid
             * @description Tjenerens id for ressursen
             */
            id: string;
            url: string;
            types: string[] | null;
            /**
             * @description disabled når mottakeren svarte 410 Gone
             * @enum {string}
             */
            status: "active" | "disabled";
            /** @description Alt til og med denne posisjonen er levert eller død */
            deliveredThrough: string;
            /** Format: date-time */
            createdAt: string;
            /** @description Nøkkelen signaturene lages med (Standard Webhooks, whsec_…). Vises bare nå. */
            secret: string;
        };
        WebhookSubscriptionList: {
            items: components["schemas"]["WebhookSubscription"][];
        };
        /** Webhook-abonnement */
        WebhookSubscription: {
            /**
             * Format: uuid
             * @description Tjenerens id for ressursen
             */
            id: string;
            url: string;
            types: string[] | null;
            /**
             * @description disabled når mottakeren svarte 410 Gone
             * @enum {string}
             */
            status: "active" | "disabled";
            /** @description Alt til og med denne posisjonen er levert eller død */
            deliveredThrough: string;
            /** Format: date-time */
            createdAt: string;
        };
        WebhookDeliveryList: {
            items: components["schemas"]["WebhookDelivery"][];
        };
        /** Levering av én hendelse */
        WebhookDelivery: {
            /**
             * Format: uuid
             * @description Tjenerens id for ressursen
             */
            eventId: string;
            /** @description Posisjon i hendelsesstrømmen; 0 er før den første hendelsen */
            cursor: string;
            /**
             * @description delivered: mottatt (2xx); retrying: prøves igjen; dead: ga opp etter siste forsøk; redeliver: bestilt på nytt
             * @enum {string}
             */
            status: "delivered" | "retrying" | "dead" | "redeliver";
            attempts: number;
            lastAttemptAt: string | null;
            /** @description HTTP-status fra siste forsøk; null når det ikke kom svar */
            lastStatus: number | null;
            lastError: string | null;
        };
        /** Varsel i utviklingspostkassen */
        DevMail: {
            kind: string;
            recipient: string;
            /** @enum {string} */
            language: "nb" | "nn";
            subject: string;
            body: string;
            /**
             * @description kept: ingen SMTP_URL, e-posten ble bare lagt her
             * @enum {string}
             */
            status: "pending" | "sent" | "kept" | "failed";
            /** Format: date-time */
            createdAt: string;
            sentAt: string | null;
        };
        /** Melding i saken */
        CaseMessage: {
            /**
             * Format: uuid
             * @description Tjenerens id for ressursen
             */
            id: string;
            /**
             * @description applicant: Nav-kontoret; handler: statsforvalteren (direktoratet for nasjonale forsøk)
             * @enum {string}
             */
            from: "applicant" | "handler";
            author: components["schemas"]["Actor"];
            body: string;
            /** Format: date-time */
            sentAt: string;
            /** @description Filene meldingen ble sendt med */
            attachments: components["schemas"]["MessageAttachment"][];
        };
        /** Vedlegg til en melding */
        MessageAttachment: {
            /**
             * Format: uuid
             * @description Tjenerens id for ressursen
             */
            id: string;
            /**
             * Format: uuid
             * @description Tjenerens id for ressursen
             */
            applicationId: string;
            /** @constant */
            documentType: "message";
            fileName: string;
            /**
             * @description Filtypen innholdet viser, ikke navnet
             * @enum {string}
             */
            mediaType: "application/pdf" | "image/png" | "image/jpeg" | "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" | "application/vnd.openxmlformats-officedocument.wordprocessingml.document" | "application/vnd.oasis.opendocument.text";
            size: number;
            sha256: string;
            scan: components["schemas"]["AttachmentScan"];
            /** Format: date-time */
            uploadedAt: string;
            uploadedBy: components["schemas"]["Actor"];
            /** @description true når filen er sendt med en melding: den kan da verken slettes eller byttes */
            locked: boolean;
            /** @description Slik dokumentet viser til filen: legg den i attachments */
            reference: components["schemas"]["AttachmentReference"];
        };
        /** Det offentlige registeret over tiltak */
        Register: {
            items: components["schemas"]["RegisterMeasure"][];
        };
        /** Tiltak i det offentlige registeret */
        RegisterMeasure: {
            /** @description Fast id for tiltaket i registeret: id-en til det første årets sak */
            id: string;
            /** @description Tiltakets navn */
            measure: string;
            navOffice: {
                name: string;
                organisationNumber: string;
            };
            /** @description Kommunene tiltaket gjelder, etter SSBs klassifikasjon det siste tilskuddsåret */
            municipalities: {
                number: string;
                name: string;
            }[];
            /** @description Statsforvalteren, eller direktoratet for nasjonale forsøk, som ga tilskuddet */
            authority: components["schemas"]["Authority"];
            /** @description Myndighetens navn det siste tilskuddsåret (bokmål) */
            authorityName: string;
            /** @description Årene tiltaket har fått tilskudd, eldste først */
            years: number[];
            grants: components["schemas"]["RegisterGrant"][];
            /** @description Sum innvilget over alle årene, i hele kroner */
            grantedAmount: number;
            /** @description Utlysningens prioriterte områder tiltaket svarer på, slik siste søknad oppga dem */
            priorityAreas: ("barnefamilier" | "ungdom" | "boligsosialt-arbeid" | "helhetlig-tjenestetilbud" | "barnefamilier-ungdom-innvandrere-langtidsmottakere" | "innvandrere-langtidsmottakere" | "sarbare-overganger" | "forebygging-tidlig-innsats" | "videreforing-stillinger")[];
            /**
             * @description «finished» når sluttrapporten er kommet eller saken er avsluttet; ellers «running»
             * @enum {string}
             */
            status: "running" | "finished";
            /** @description Sammendraget i sluttrapporten, når den er kommet */
            finalReportSummary: string | null;
        };
        /** Ett års tilskudd til tiltaket */
        RegisterGrant: {
            /** @description Tilskuddsåret (utlysningens år) */
            year: number;
            /** @description Statsforvalterens eller direktoratets saksnummer */
            caseNumber: string | null;
            /** @description Innvilget tilskudd i hele kroner */
            amount: number;
            /**
             * Format: date
             * @description Datoen tilskuddet ble innvilget
             */
            decidedOn: string;
        };
        /** @description En 360Giving-pakke (https://standard.threesixtygiving.org, versjon 1.4): ett tilskudd per år per tiltak */
        ThreeSixtyGivingPackage: {
            grants: {
                [key: string]: unknown;
            }[];
        } & {
            [key: string]: unknown;
        };
        /** Utstedt fullmakt (ramme) */
        FrameRecord: {
            /** Format: date-time */
            createdAt: string;
            createdBy: components["schemas"]["Actor"];
            document: components["schemas"]["Frame"];
        };
        AssessmentRecord: {
            /**
             * Format: uuid
             * @description Tjenerens id for ressursen
             */
            id: string;
            /**
             * Format: uuid
             * @description Tjenerens id for ressursen
             */
            applicationId: string;
            /** Format: date-time */
            createdAt: string;
            createdBy: components["schemas"]["Actor"];
            supersedes: string | null;
            document: components["schemas"]["Assessment"];
        };
        /** Tildelingsrunden */
        RoundBoard: {
            callId: string;
            authority: components["schemas"]["Authority"];
            /** @description Fullmakten som gjelder; null når ingen er gitt */
            frame: components["schemas"]["FrameRecord"] | null;
            /** @description null uten fullmakt */
            totals: components["schemas"]["FrameTotals"] | null;
            commitments: components["schemas"]["CommitmentUse"][];
            /** @description Alle innsendte saker i runden, uansett filter */
            caseCount: number;
            /** @description Sakene som passer filteret, rangert etter poeng */
            cases: components["schemas"]["RoundCase"][];
        };
        /** Bruk av rammen */
        FrameTotals: {
            /** @description Rammen i fullmakten som gjelder (kr) */
            frame: number;
            /** @description Holdt av til videreførte tiltak som ennå ikke er vurdert eller avgjort (§ 5) (kr) */
            committed: number;
            /** @description Foreslått i vurderinger og forslag som ikke er avgjort (kr) */
            proposed: number;
            /** @description Innvilget (kr) */
            granted: number;
            /** @description Rammen minus forpliktet, foreslått og innvilget; negativ når forslagene ikke får plass (kr) */
            remaining: number;
        };
        /** Forpliktelse mot rammen */
        CommitmentUse: {
            /** @description Fjorårets sak som bærer forventningen */
            caseNumber: string;
            applicationId: string;
            measureName: string;
            year: number;
            /** @description Hvilket år av tiltaket (2 eller 3) */
            measureYear: number;
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            months: number;
            /** @description Forventet tilskudd for året (kr) */
            amount: number;
            /**
             * @description «stated» beløpet står i vedtaket; «assumed» fjorårets tilskudd for årets måneder
             * @enum {string}
             */
            basis: "stated" | "assumed";
            /** @description Dokumentene beløpet er lest fra */
            sources: string[];
            /**
             * @description «held» holdt av til videreføringen er vurdert; «proposed»/«granted» videreføringen er vurdert/innvilget og teller der; «released» avslått eller trukket
             * @enum {string}
             */
            status: "held" | "proposed" | "granted" | "released";
            /** @description Videreføringens søknads-id, når den er søkt */
            continuedBy?: string;
        };
        /** Sak i tildelingsrunden */
        RoundCase: {
            /**
             * Format: uuid
             * @description Tjenerens id for ressursen
             */
            id: string;
            caseNumber: string;
            state: components["schemas"]["CaseState"];
            /** @description 1 for den best vurderte; uten når saken ikke er vurdert */
            rank?: number;
            applicationId: string;
            measureName: string;
            applicant: string;
            /** @enum {string} */
            kind: "new" | "continuation";
            /** @description Søkt tilskudd (kr) */
            requested: number;
            /** @description Sum poeng på tildelingskriteriene (§ 5) */
            score?: number;
            /** @description Hvor mange av utlysningens særlig prioriterte områder */
            specialPriorities: number;
            /** @description Vurderingen finner at et unntak gjelder */
            excluded: boolean;
            stage: components["schemas"]["RoundStage"];
            /** @description Det saken tar av rammen på sitt trinn: forslaget eller tilskuddet (kr) */
            amount: number;
        };
        /** Rammene i landet */
        FrameUseOverview: {
            callId: string;
            /** @description Statsforvalterne i navnerekkefølge, så direktoratet når utlysningen har nasjonale forsøk; også de uten fullmakt */
            holders: components["schemas"]["HolderFrameUse"][];
        };
        /** Ett embetes bruk av rammen */
        HolderFrameUse: {
            authority: components["schemas"]["Authority"];
            /** @description Fullmakten som gjelder, i korte trekk; null når ingen er gitt ennå */
            frame: {
                id: string;
                version: number;
                /** @description Rammen i fullmakten som gjelder (kr) */
                amount: number;
                /** @description Statsbudsjettets kapittel, for eksempel 0621 */
                chapter: string;
                /** @description Posten under kapitlet, for eksempel 63 */
                post: string;
                /**
                 * Format: date
                 * @description Datoen denne versjonen ble gitt
                 */
                issuedOn: string;
            } | null;
            /** @description null uten fullmakt */
            totals: components["schemas"]["FrameTotals"] | null;
            /** @description Innsendte saker i embetets runde */
            caseCount: number;
        };
        /** Hendelse i en sak (CloudEvents 1.0) */
        CloudEventOutput: {
            /** @constant */
            specversion: "1.0";
            /**
             * Format: uuid
             * @description Hendelsens id; samme som webhook-id ved levering
             */
            id: string;
            /** @description Saken: /v1/applications/{applicationId} */
            source: string;
            /** @description Hendelsestypen, for eksempel no.sosialtilskudd.letter.issued. Nye typer kan komme: hopp over typer du ikke kjenner. */
            type: string;
            /** @description Saksnummeret, når saken har fått ett */
            subject?: string;
            /** Format: date-time */
            time: string;
            /** @constant */
            datacontenttype: "application/json";
            /** @description Hendelsens nummer i saken (CloudEvents Sequence), ti sifre: ordner sakens hendelser */
            sequence: string;
            data: components["schemas"]["EventDataOutput"];
        };
        EventDataOutput: {
            /**
             * Format: uuid
             * @description Tjenerens id for ressursen
             */
            applicationId: string;
            caseNumber: string | null;
            callId: string;
            organisationNumber: string;
            applicantName: string;
            measureName: string;
            authority: components["schemas"]["EventPartyOutput"];
            /** @description Handlingen i revisjonsloggen */
            action: string;
            fromState: components["schemas"]["CaseState"] | null;
            toState: components["schemas"]["CaseState"] | null;
            actorRole: string;
            document?: {
                id: string;
                documentType: string;
                href: string;
            };
            journal?: components["schemas"]["EventJournalOutput"];
        };
        /** Avsender eller mottaker */
        EventPartyOutput: {
            /** @constant */
            kind: "nav-office";
            name: string;
            organisationNumber: string;
        } | {
            /** @constant */
            kind: "county-office";
            countyOfficeId: string;
            name: string;
        } | {
            /** @constant */
            kind: "directorate";
            name: string;
        };
        /** Det et arkiv trenger for å journalføre dokumentet */
        EventJournalOutput: {
            title: string;
            /**
             * Format: date
             * @description Dokumentdato (Oslo)
             */
            date: string;
            /**
             * @description Inngående eller utgående for statsforvalteren
             * @enum {string}
             */
            direction: "incoming" | "outgoing";
            sender: components["schemas"]["EventPartyOutput"];
            recipient: components["schemas"]["EventPartyOutput"];
            /** @description Hvor en med tilgang henter dokumentet i API-et */
            documentHref: string;
            /** @description Filene dokumentet ble sendt med (en melding i saken), som egne dokumenter i journalposten */
            attachments?: {
                id: string;
                fileName: string;
                mediaType: string;
                size: number;
                sha256: string;
                /** @description Hvor en med tilgang henter filen i API-et */
                href: string;
            }[];
        };
    };
    responses: {
        /** @description Forespørselen er ikke gyldig JSON eller har ugyldige parametere */
        Problem400: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Mangler eller ugyldig Bearer-token */
        Problem401: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Rollen har ikke tilgang til operasjonen */
        Problem403: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Finnes ikke, eller er ikke synlig for brukeren */
        Problem404: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Sakens tilstand tillater ikke operasjonen (livsløpet) */
        Problem409: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description If-Match stemmer ikke med gjeldende ETag: noen andre har endret utkastet */
        Problem412: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Forespørselen er for stor */
        Problem413: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description En del av adressen er for lang */
        Problem414: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Innholdstypen støttes ikke: application/json, og for et vedlegg en av de tillatte filtypene */
        Problem415: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Dokumentet bryter skjemaet eller reglene; se issues */
        Problem422: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description If-Match mangler */
        Problem428: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description For mange forespørsler fra samme adresse; vent så mange sekunder som Retry-After sier */
        Problem429: {
            headers: {
                /** @description Sekunder til neste forespørsel kan sendes */
                "Retry-After": number;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Headerne er for store */
        Problem431: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Feil hos tjeneren; prøv igjen senere */
        Problem500: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Tjeneren stenger, eller identitetstilbyderen svarer ikke så tokenet kan ikke kontrolleres nå; prøv igjen senere */
        Problem503: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status: "ok";
                    };
                };
            };
            400: components["responses"]["Problem400"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getOpenApiDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OpenAPI 3.1-dokumentet */
            200: {
                headers: {
                    /** @description Forespørsler som tillates fra samme adresse i perioden */
                    "X-RateLimit-Limit": number;
                    /** @description Forespørsler som gjenstår i perioden */
                    "X-RateLimit-Remaining": number;
                    /** @description Sekunder til perioden begynner på nytt */
                    "X-RateLimit-Reset": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            400: components["responses"]["Problem400"];
            429: components["responses"]["Problem429"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    listCalls: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Utlysningene */
            200: {
                headers: {
                    /** @description Forespørsler som tillates fra samme adresse i perioden */
                    "X-RateLimit-Limit": number;
                    /** @description Forespørsler som gjenstår i perioden */
                    "X-RateLimit-Remaining": number;
                    /** @description Sekunder til perioden begynner på nytt */
                    "X-RateLimit-Reset": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Call"][];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            429: components["responses"]["Problem429"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                callId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Utlysningen */
            200: {
                headers: {
                    /** @description Forespørsler som tillates fra samme adresse i perioden */
                    "X-RateLimit-Limit": number;
                    /** @description Forespørsler som gjenstår i perioden */
                    "X-RateLimit-Remaining": number;
                    /** @description Sekunder til perioden begynner på nytt */
                    "X-RateLimit-Reset": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
                };
            };
            400: components["responses"]["Problem400"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    listDeadlineExtensions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                callId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Utsettelsene */
            200: {
                headers: {
                    /** @description Forespørsler som tillates fra samme adresse i perioden */
                    "X-RateLimit-Limit": number;
                    /** @description Forespørsler som gjenstår i perioden */
                    "X-RateLimit-Remaining": number;
                    /** @description Sekunder til perioden begynner på nytt */
                    "X-RateLimit-Reset": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PublicDeadlineExtension"][];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            429: components["responses"]["Problem429"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    recordDeadlineExtension: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                callId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeadlineExtension"];
            };
        };
        responses: {
            /** @description Utsettelsen */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadlineExtensionRecord"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    listDeadlineExtensionRecords: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                callId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Utsettelsene */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DeadlineExtensionRecord"][];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    listCountyOffices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Embetene */
            200: {
                headers: {
                    /** @description Forespørsler som tillates fra samme adresse i perioden */
                    "X-RateLimit-Limit": number;
                    /** @description Forespørsler som gjenstår i perioden */
                    "X-RateLimit-Remaining": number;
                    /** @description Sekunder til perioden begynner på nytt */
                    "X-RateLimit-Reset": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CountyOfficeInfo"][];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            429: components["responses"]["Problem429"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    listNavOffices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Nav-kontorene */
            200: {
                headers: {
                    /** @description Forespørsler som tillates fra samme adresse i perioden */
                    "X-RateLimit-Limit": number;
                    /** @description Forespørsler som gjenstår i perioden */
                    "X-RateLimit-Remaining": number;
                    /** @description Sekunder til perioden begynner på nytt */
                    "X-RateLimit-Reset": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["NavOfficeInfo"][];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            429: components["responses"]["Problem429"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    listMunicipalities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Kommunene */
            200: {
                headers: {
                    /** @description Forespørsler som tillates fra samme adresse i perioden */
                    "X-RateLimit-Limit": number;
                    /** @description Forespørsler som gjenstår i perioden */
                    "X-RateLimit-Remaining": number;
                    /** @description Sekunder til perioden begynner på nytt */
                    "X-RateLimit-Reset": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["MunicipalityInfo"][];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            429: components["responses"]["Problem429"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    validateDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ValidationRequest"];
            };
        };
        responses: {
            /** @description Resultatet */
            200: {
                headers: {
                    /** @description Forespørsler som tillates fra samme adresse i perioden */
                    "X-RateLimit-Limit": number;
                    /** @description Forespørsler som gjenstår i perioden */
                    "X-RateLimit-Remaining": number;
                    /** @description Sekunder til perioden begynner på nytt */
                    "X-RateLimit-Reset": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationResult"];
                };
            };
            400: components["responses"]["Problem400"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Brukeren */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Principal"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    listDemoUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Demobrukerne */
            200: {
                headers: {
                    /** @description Forespørsler som tillates fra samme adresse i perioden */
                    "X-RateLimit-Limit": number;
                    /** @description Forespørsler som gjenstår i perioden */
                    "X-RateLimit-Remaining": number;
                    /** @description Sekunder til perioden begynner på nytt */
                    "X-RateLimit-Reset": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DemoUser"][];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    devLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DevLogin"];
            };
        };
        responses: {
            /** @description Token */
            200: {
                headers: {
                    /** @description Forespørsler som tillates fra samme adresse i perioden */
                    "X-RateLimit-Limit": number;
                    /** @description Forespørsler som gjenstår i perioden */
                    "X-RateLimit-Remaining": number;
                    /** @description Sekunder til perioden begynner på nytt */
                    "X-RateLimit-Reset": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Token"];
                };
            };
            400: components["responses"]["Problem400"];
            404: components["responses"]["Problem404"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            429: components["responses"]["Problem429"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    listApplications: {
        parameters: {
            query?: {
                state?: components["schemas"]["CaseState"];
                callId?: string;
                /** @description Standard 50 */
                limit?: number;
                /** @description nextCursor fra forrige side, uendret; uten cursor første side */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Én side */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationList"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    createApplication: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Application"];
            };
        };
        responses: {
            /** @description Utkastet */
            201: {
                headers: {
                    /** @description Versjonen av utkastet */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationCase"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tjenerens id for ressursen */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Søknaden */
            200: {
                headers: {
                    /** @description Versjonen av utkastet */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationCase"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    updateApplication: {
        parameters: {
            query?: never;
            header: {
                "If-Match": string;
            };
            path: {
                /** @description Tjenerens id for ressursen */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Application"];
            };
        };
        responses: {
            /** @description Utkastet */
            200: {
                headers: {
                    /** @description Versjonen av utkastet */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationCase"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            428: components["responses"]["Problem428"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    submitApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description Samme nøkkel og samme innhold gir samme svar uten å gjøre operasjonen på nytt */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Tjenerens id for ressursen */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Den innsendte søknaden */
            200: {
                headers: {
                    /** @description Versjonen av utkastet */
                    ETag: string;
                    /** @description Svaret er det første svaret på samme Idempotency-Key; operasjonen ble ikke gjort på nytt */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationCase"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    withdrawApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tjenerens id for ressursen */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Saken etter endringen */
            200: {
                headers: {
                    /** @description Versjonen av utkastet */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationCase"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    correctApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tjenerens id for ressursen */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Application"];
            };
        };
        responses: {
            /** @description Saken etter endringen */
            200: {
                headers: {
                    /** @description Versjonen av utkastet */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationCase"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    listApplicationVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tjenerens id for ressursen */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Versjonene */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ApplicationVersion"][];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getApplicationPdf: {
        parameters: {
            query?: {
                /** @description Bokmål (standard) eller nynorsk */
                language?: "nb" | "nn";
            };
            header?: never;
            path: {
                /** @description Tjenerens id for ressursen */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PDF */
            200: {
                headers: {
                    /** @description inline, med filnavnet kopien bør lagres under */
                    "Content-Disposition": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            414: components["responses"]["Problem414"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    requestSigning: {
        parameters: {
            query?: never;
            header: {
                "If-Match": string;
            };
            path: {
                /** @description Tjenerens id for ressursen */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SigningRequest"];
            };
        };
        responses: {
            /** @description Søknaden med signeringen */
            200: {
                headers: {
                    /** @description Versjonen av utkastet */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationCase"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            412: components["responses"]["Problem412"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            428: components["responses"]["Problem428"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    cancelSigning: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tjenerens id for ressursen */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Søknaden med signeringen */
            200: {
                headers: {
                    /** @description Versjonen av utkastet */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationCase"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    signApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tjenerens id for ressursen */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Signing"];
            };
        };
        responses: {
            /** @description Søknaden med signeringen */
            201: {
                headers: {
                    /** @description Versjonen av utkastet */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationCase"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    listDraftRevisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tjenerens id for ressursen */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Lagringene */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DraftRevision"][];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    keepDraftRevision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tjenerens id for ressursen */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParkedRevision"];
            };
        };
        responses: {
            /** @description Tatt vare på */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DraftRevision"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getDraftRevision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tjenerens id for ressursen */
                applicationId: string;
                revisionId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Versjonen */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DraftRevisionWithDocument"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    listAttachments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tjenerens id for ressursen */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Vedleggene */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Attachment"][];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    uploadAttachment: {
        parameters: {
            query: {
                /** @description Dokumentet vedlegget hører til */
                for: components["schemas"]["AttachmentDocumentType"];
                /** @description Filens navn slik personen kjenner den */
                fileName: string;
            };
            header?: never;
            path: {
                /** @description Tjenerens id for ressursen */
                applicationId: string;
            };
            cookie?: never;
        };
        /** @description Filen, uendret */
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description Lagret */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tjenerens id for ressursen */
                applicationId: string;
                /** @description Tjenerens id for ressursen */
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Vedlegget */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    deleteAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tjenerens id for ressursen */
                applicationId: string;
                /** @description Tjenerens id for ressursen */
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Vedlegget som ble slettet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    downloadAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tjenerens id for ressursen */
                applicationId: string;
                /** @description Tjenerens id for ressursen */
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Filen */
            200: {
                headers: {
                    "Content-Type": "application/pdf" | "image/png" | "image/jpeg" | "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" | "application/vnd.openxmlformats-officedocument.wordprocessingml.document" | "application/vnd.oasis.opendocument.text";
                    "Content-Disposition": string;
                    "X-Content-Type-Options": "nosniff";
                    "Content-Length": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/png": string;
                    "image/jpeg": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "application/vnd.oasis.opendocument.text": string;
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            414: components["responses"]["Problem414"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    assignApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tjenerens id for ressursen */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Assignment"];
            };
        };
        responses: {
            /** @description Saken etter endringen */
            200: {
                headers: {
                    /** @description Versjonen av utkastet */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationCase"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    lapseGrant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tjenerens id for ressursen */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Saken etter endringen */
            200: {
                headers: {
                    /** @description Versjonen av utkastet */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationCase"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    closeCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tjenerens id for ressursen */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Saken etter endringen */
            200: {
                headers: {
                    /** @description Versjonen av utkastet */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationCase"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getLetter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tjenerens id for ressursen */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Brevet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LetterRecord"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    issueLetter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tjenerens id for ressursen */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Letter"];
            };
        };
        responses: {
            /** @description Brevet */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LetterRecord"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getLetterPdf: {
        parameters: {
            query?: {
                /** @description Bokmål (standard) eller nynorsk */
                language?: "nb" | "nn";
            };
            header?: never;
            path: {
                /** @description Tjenerens id for ressursen */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PDF */
            200: {
                headers: {
                    /** @description inline, med filnavnet brevet bør lagres under */
                    "Content-Disposition": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            414: components["responses"]["Problem414"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getAuditLog: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tjenerens id for ressursen */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Hendelsene */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AuditEvent"][];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    decideApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description Samme nøkkel og samme innhold gir samme svar uten å gjøre operasjonen på nytt */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Tjenerens id for ressursen */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaseDecision"];
            };
        };
        responses: {
            /** @description Forslaget, som venter på godkjenning */
            202: {
                headers: {
                    /** @description Svaret er det første svaret på samme Idempotency-Key; operasjonen ble ikke gjort på nytt */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRecord"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    recordPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tjenerens id for ressursen */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Payment"];
            };
        };
        responses: {
            /** @description Forslaget, som venter på godkjenning */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRecord"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    listApprovals: {
        parameters: {
            query?: {
                state?: "proposed" | "approved" | "returned";
                applicationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Forslagene */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ApprovalRecord"][];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getApproval: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tjenerens id for ressursen */
                approvalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Forslaget */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRecord"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    approveProposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tjenerens id for ressursen */
                approvalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Forslaget med avgjørelsen */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRecord"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    returnProposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tjenerens id for ressursen */
                approvalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposalReturn"];
            };
        };
        responses: {
            /** @description Forslaget med avgjørelsen */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRecord"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getCaseFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tjenerens id for ressursen */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Dokumentene */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseFile"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    acceptGrant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tjenerens id for ressursen */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Acceptance"];
            };
        };
        responses: {
            /** @description Lagret */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptanceRecord"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    submitStatusReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tjenerens id for ressursen */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatusReport"];
            };
        };
        responses: {
            /** @description Lagret */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusReportRecord"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    submitFinalReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tjenerens id for ressursen */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FinalReport"];
            };
        };
        responses: {
            /** @description Lagret */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FinalReportRecord"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    requestTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tjenerens id for ressursen */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferRequest"];
            };
        };
        responses: {
            /** @description Lagret */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferRequestRecord"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    decideTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tjenerens id for ressursen */
                applicationId: string;
                /** @description Tjenerens id for ressursen */
                recordId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferDecision"];
            };
        };
        responses: {
            /** @description Forespørselen med beslutning */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferRequestRecord"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    claimRepayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tjenerens id for ressursen */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RepaymentClaim"];
            };
        };
        responses: {
            /** @description Lagret */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepaymentClaimRecord"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getBudgetVsAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tjenerens id for ressursen */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sammenligningen */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeasureAccounts"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /** @description nextCursor fra forrige side; uten after fra begynnelsen */
                after?: string;
                /** @description Standard 100 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Én side */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPage"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    listWebhookSubscriptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Abonnementene */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionList"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    createWebhookSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewWebhookSubscription"];
            };
        };
        responses: {
            /** @description Abonnementet, med nøkkelen */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhookSubscription"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            413: components["responses"]["Problem413"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getWebhookSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tjenerens id for ressursen */
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Abonnementet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscription"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    deleteWebhookSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tjenerens id for ressursen */
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Abonnementet som ble avsluttet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscription"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Standard 100 */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description Tjenerens id for ressursen */
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Leveringene */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryList"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    redeliverWebhookEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tjenerens id for ressursen */
                subscriptionId: string;
                /** @description Tjenerens id for ressursen */
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bestilt */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    listDevMail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De nyeste varslene */
            200: {
                headers: {
                    /** @description Forespørsler som tillates fra samme adresse i perioden */
                    "X-RateLimit-Limit": number;
                    /** @description Forespørsler som gjenstår i perioden */
                    "X-RateLimit-Remaining": number;
                    /** @description Sekunder til perioden begynner på nytt */
                    "X-RateLimit-Reset": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DevMail"][];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    listCaseMessages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tjenerens id for ressursen */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Meldingene */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CaseMessage"][];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    sendCaseMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tjenerens id for ressursen */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewCaseMessage"];
            };
        };
        responses: {
            /** @description Meldingen */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseMessage"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    uploadMessageAttachment: {
        parameters: {
            query: {
                /** @description Filens navn slik personen kjenner den */
                fileName: string;
            };
            header?: never;
            path: {
                /** @description Tjenerens id for ressursen */
                applicationId: string;
            };
            cookie?: never;
        };
        /** @description Filen, uendret */
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description Lagret */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageAttachment"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getMessageAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tjenerens id for ressursen */
                applicationId: string;
                /** @description Tjenerens id for ressursen */
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Vedlegget */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageAttachment"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    deleteMessageAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tjenerens id for ressursen */
                applicationId: string;
                /** @description Tjenerens id for ressursen */
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Vedlegget */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageAttachment"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    downloadMessageAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tjenerens id for ressursen */
                applicationId: string;
                /** @description Tjenerens id for ressursen */
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Filen */
            200: {
                headers: {
                    "Content-Type": "application/pdf" | "image/png" | "image/jpeg" | "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" | "application/vnd.openxmlformats-officedocument.wordprocessingml.document" | "application/vnd.oasis.opendocument.text";
                    "Content-Disposition": string;
                    "X-Content-Type-Options": "nosniff";
                    "Content-Length": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/png": string;
                    "image/jpeg": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "application/vnd.oasis.opendocument.text": string;
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            414: components["responses"]["Problem414"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getRegister: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tiltakene, nyeste først */
            200: {
                headers: {
                    /** @description Forespørsler som tillates fra samme adresse i perioden */
                    "X-RateLimit-Limit": number;
                    /** @description Forespørsler som gjenstår i perioden */
                    "X-RateLimit-Remaining": number;
                    /** @description Sekunder til perioden begynner på nytt */
                    "X-RateLimit-Reset": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Register"];
                };
            };
            400: components["responses"]["Problem400"];
            429: components["responses"]["Problem429"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getRegisterCsv: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tiltakene */
            200: {
                headers: {
                    /** @description Forespørsler som tillates fra samme adresse i perioden */
                    "X-RateLimit-Limit": number;
                    /** @description Forespørsler som gjenstår i perioden */
                    "X-RateLimit-Remaining": number;
                    /** @description Sekunder til perioden begynner på nytt */
                    "X-RateLimit-Reset": number;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            400: components["responses"]["Problem400"];
            429: components["responses"]["Problem429"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getRegister360Giving: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Pakken */
            200: {
                headers: {
                    /** @description Forespørsler som tillates fra samme adresse i perioden */
                    "X-RateLimit-Limit": number;
                    /** @description Forespørsler som gjenstår i perioden */
                    "X-RateLimit-Remaining": number;
                    /** @description Sekunder til perioden begynner på nytt */
                    "X-RateLimit-Reset": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThreeSixtyGivingPackage"];
                };
            };
            400: components["responses"]["Problem400"];
            429: components["responses"]["Problem429"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    listFrames: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                callId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Fullmaktene, én per embete */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["FrameRecord"][];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    issueFrame: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                callId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Frame"];
            };
        };
        responses: {
            /** @description Fullmakten */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FrameRecord"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    listFrameVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                callId: string;
                frameId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Versjonene */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["FrameRecord"][];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    listAssessments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tjenerens id for ressursen */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Vurderingene */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AssessmentRecord"][];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    recordAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tjenerens id for ressursen */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Assessment"];
            };
        };
        responses: {
            /** @description Vurderingen */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentRecord"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            413: components["responses"]["Problem413"];
            414: components["responses"]["Problem414"];
            415: components["responses"]["Problem415"];
            422: components["responses"]["Problem422"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getRoundBoard: {
        parameters: {
            query?: {
                stage?: components["schemas"]["RoundStage"];
                /** @description Nye tiltak eller videreføringer */
                kind?: "new" | "continuation";
                /** @description «true»: bare saker der vurderingen finner at et unntak gjelder */
                excluded?: "true" | "false";
            };
            header?: never;
            path: {
                callId: string;
                /** @description Statsforvalterens id, eller «directorate» for nasjonale forsøk */
                holder: "agder" | "innlandet" | "more-og-romsdal" | "nordland" | "ostfold-buskerud-oslo-akershus" | "rogaland" | "troms-og-finnmark" | "trondelag" | "vestfold-og-telemark" | "vestland" | "directorate";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Runden */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundBoard"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getRoundBoardCsv: {
        parameters: {
            query?: {
                stage?: components["schemas"]["RoundStage"];
                /** @description Nye tiltak eller videreføringer */
                kind?: "new" | "continuation";
                /** @description «true»: bare saker der vurderingen finner at et unntak gjelder */
                excluded?: "true" | "false";
            };
            header?: never;
            path: {
                callId: string;
                /** @description Statsforvalterens id, eller «directorate» for nasjonale forsøk */
                holder: "agder" | "innlandet" | "more-og-romsdal" | "nordland" | "ostfold-buskerud-oslo-akershus" | "rogaland" | "troms-og-finnmark" | "trondelag" | "vestfold-og-telemark" | "vestland" | "directorate";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sakene */
            200: {
                headers: {
                    /** @description attachment, med filnavnet filen bør lagres under */
                    "Content-Disposition": string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getFrameUse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                callId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Rammene */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FrameUseOverview"];
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    getFrameUseCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                callId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Rammene */
            200: {
                headers: {
                    /** @description attachment, med filnavnet filen bør lagres under */
                    "Content-Disposition": string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            400: components["responses"]["Problem400"];
            401: components["responses"]["Problem401"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            414: components["responses"]["Problem414"];
            431: components["responses"]["Problem431"];
            500: components["responses"]["Problem500"];
            503: components["responses"]["Problem503"];
        };
    };
    caseEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description Hendelsens id; samme ved hvert forsøk, så mottakeren kan se gjentak */
                "webhook-id": string;
                /** @description Sekunder siden 1970 da forsøket ble sendt */
                "webhook-timestamp": string;
                /** @description v1,<base64 HMAC-SHA256 over «webhook-id.webhook-timestamp.body» med nøkkelen> */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/cloudevents+json": components["schemas"]["CloudEvent"];
            };
        };
        responses: {
            /** @description Mottakeren finnes ikke lenger: abonnementet slås av */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Mottatt */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
