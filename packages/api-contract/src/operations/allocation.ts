import { COUNTY_OFFICE_IDS } from '@sosialtilskudd/domain';
import { z } from 'zod';
import { AssessmentDoc, AssessmentRecord, FrameDoc, FrameRecord } from '../documents.js';
import { documentBody, operation } from '../operation.js';
import { FrameUseOverview, RoundBoard, RoundStage } from '../round.js';
import { applicationPath, callPath, READ, WRITE } from './parameters.js';

const frameVersionsPath = callPath.extend({ frameId: z.string().max(64) });
const roundPath = callPath.extend({
  holder: z
    .enum([...COUNTY_OFFICE_IDS, 'directorate'])
    .meta({ description: 'Statsforvalterens id, eller «directorate» for nasjonale forsøk' }),
});
const roundQuery = z.object({
  stage: RoundStage.optional(),
  kind: z.enum(['new', 'continuation']).optional().meta({ description: 'Nye tiltak eller videreføringer' }),
  excluded: z
    .enum(['true', 'false'])
    .optional()
    .meta({ description: '«true»: bare saker der vurderingen finner at et unntak gjelder' }),
});
const ROUND_READERS = 'Statsforvalteren sin egen runde, direktoratet alle; andre embeter og søkerne får 403.';

const FRAME_USE_READERS =
  'Direktoratet ser alle embetene; statsforvalteren får bare sin egen linje; Nav-kontorene og kommunene får 403.';

/** A CSV file for spreadsheets set up for Norway, with the name to save it under. */
const csvAnswer = (description: string) => ({
  200: {
    description,
    content: { mediaType: 'text/csv' as const },
    headers: z.object({
      'Content-Disposition': z
        .string()
        .meta({ description: 'attachment, med filnavnet filen bør lagres under' }),
    }),
  },
});

const frameList = (description: string) => ({
  200: { description, content: z.object({ items: z.array(FrameRecord) }) },
});

/** The county offices' allocation round (issue 17): frames (fullmakter) under a call, assessments of the cases. */
export const ALLOCATION_OPERATIONS = {
  listFrames: operation({
    method: 'get',
    path: '/v1/calls/{callId}/frames',
    tag: 'Tildeling',
    summary: 'Fullmaktene i kraft under utlysningen',
    description:
      'Den gjeldende (høyeste) versjonen av hver fullmakt. Direktoratet ser alle, statsforvalteren sin egen; Nav-kontorene og kommunene får 403.',
    security: 'bearer',
    params: callPath,
    responses: frameList('Fullmaktene, én per embete'),
    problems: READ,
  }),
  listFrameVersions: operation({
    method: 'get',
    path: '/v1/calls/{callId}/frames/{frameId}/versions',
    tag: 'Tildeling',
    summary: 'Alle versjoner av én fullmakt, nyeste først',
    description: 'Endringer i løpet av året er nye versjoner; ingen versjon endres eller slettes.',
    security: 'bearer',
    params: frameVersionsPath,
    responses: frameList('Versjonene'),
    problems: READ,
  }),
  issueFrame: operation({
    method: 'post',
    path: '/v1/calls/{callId}/frames',
    tag: 'Tildeling',
    summary: 'Gi en fullmakt, eller en ny versjon av den',
    description:
      'Bare direktoratet. Versjon 1 for et embete som ikke har fullmakt under utlysningen, deretter neste versjon med endringsgrunn (FRAME_CHANGE_UNEXPLAINED). 422 FRAME_VERSION_NOT_NEXT, FRAME_ID_TAKEN (id-en hører til et annet embete eller en annen utlysning), FRAME_ALREADY_ISSUED (embetet har alt en fullmakt med en annen id); 409 FRAME_VERSION_TAKEN når samme versjon ble gitt samtidig.',
    security: 'bearer',
    params: callPath,
    body: documentBody(FrameDoc, 'frame'),
    responses: { 201: { description: 'Fullmakten', content: FrameRecord } },
    problems: WRITE,
  }),
  recordAssessment: operation({
    method: 'post',
    path: '/v1/applications/{applicationId}/assessments',
    tag: 'Tildeling',
    summary: 'Skriv en vurdering av søknaden',
    description:
      'Statsforvalteren som behandler saken (direktoratet for nasjonale forsøk), før saken er avgjort. Vurderingen dømmes av domenets regler med søknaden som kontekst (ASSESSMENT_*); den må gjelde denne saken (CASE_REFERENCE_MISMATCH) og være skrevet av myndigheten som behandler den (CASE_AUTHORITY_MISMATCH). En ny vurdering erstatter den forrige, som blir stående i historikken. I revisjonsloggen og hendelsesstrømmen (no.sosialtilskudd.assessment.recorded), uten innholdet.',
    security: 'bearer',
    params: applicationPath,
    body: documentBody(AssessmentDoc, 'assessment'),
    responses: { 201: { description: 'Vurderingen', content: AssessmentRecord } },
    problems: WRITE,
  }),
  listAssessments: operation({
    method: 'get',
    path: '/v1/applications/{applicationId}/assessments',
    tag: 'Tildeling',
    summary: 'Vurderingene av søknaden, nyeste (gjeldende) først',
    description:
      'For statsforvalteren som behandler saken og direktoratet; vurderingen er et internt arbeidsdokument, så søkeren (Nav-kontoret, kommunen) får 403.',
    security: 'bearer',
    params: applicationPath,
    responses: {
      200: { description: 'Vurderingene', content: z.object({ items: z.array(AssessmentRecord) }) },
    },
    problems: READ,
  }),
  getRoundBoard: operation({
    method: 'get',
    path: '/v1/calls/{callId}/rounds/{holder}',
    tag: 'Tildeling',
    summary: 'Tildelingsrunden: ramme, forpliktet, foreslått, innvilget, igjen, og sakene rangert',
    description: `Regnet av domenet fra dokumentene: fullmakten som gjelder, det fjorårets flerårige tilskudd binder (§ 5), hver sak på sitt trinn, rangert etter sum poeng i vurderingen, så antall særlig prioriterte områder, så saksnummer. Filteret gjelder bare listen; summene gjelder hele runden. ${ROUND_READERS}`,
    security: 'bearer',
    params: roundPath,
    query: roundQuery,
    responses: { 200: { description: 'Runden', content: RoundBoard } },
    problems: READ,
  }),
  getRoundBoardCsv: operation({
    method: 'get',
    path: '/v1/calls/{callId}/rounds/{holder}/csv',
    tag: 'Tildeling',
    summary: 'Sakene i runden som CSV, rangert og filtrert som i oversikten',
    description: `Semikolon som skilletegn, UTF-8 med BOM (for regneark med norsk oppsett), én linje per sak. ${ROUND_READERS}`,
    security: 'bearer',
    params: roundPath,
    query: roundQuery,
    responses: csvAnswer('Sakene'),
    problems: READ,
  }),
  getFrameUse: operation({
    method: 'get',
    path: '/v1/calls/{callId}/frame-use',
    tag: 'Tildeling',
    summary: 'Rammene i landet: hvert embetes ramme, forpliktet, foreslått, innvilget, igjen og antall saker',
    description: `Én linje per embete som kan ha fullmakt under utlysningen: alle statsforvalterne, og direktoratet når utlysningen har nasjonale forsøk. Regnet av domenet på samme måte som tildelingsrunden for hvert embete; et embete uten fullmakt står med frame og totals lik null. ${FRAME_USE_READERS}`,
    security: 'bearer',
    params: callPath,
    responses: { 200: { description: 'Rammene', content: FrameUseOverview } },
    problems: READ,
  }),
  getFrameUseCsv: operation({
    method: 'get',
    path: '/v1/calls/{callId}/frame-use/csv',
    tag: 'Tildeling',
    summary: 'Rammene i landet som CSV',
    description: `Semikolon som skilletegn, UTF-8 med BOM, én linje per embete; tomme beløp der ingen fullmakt er gitt. ${FRAME_USE_READERS}`,
    security: 'bearer',
    params: callPath,
    responses: csvAnswer('Rammene'),
    problems: READ,
  }),
};
