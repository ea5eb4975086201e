import { z } from 'zod';
import { FrameDoc, FrameRecord } from '../documents.js';
import { documentBody, operation } from '../operation.js';
import { callPath, READ, WRITE } from './parameters.js';

const frameVersionsPath = callPath.extend({ frameId: z.string().max(64) });
const frameList = (description: string) => ({
  200: { description, content: z.object({ items: z.array(FrameRecord) }) },
});

/** The county offices' allocation round (issue 17): frames (fullmakter) under a call. */
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
};
