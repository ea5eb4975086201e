import type { Schemas } from '@sosialtilskudd/api-client';
import { CALLS, COUNTY_OFFICE_IDS, type CountyOfficeId, findCallByYear } from '@sosialtilskudd/domain';
import { api } from '../api/client.js';
import type { Principal } from '../api/session.js';
import { saveAnswer } from '../app/save-file.js';
import type { TextKey } from '../i18n/texts.js';

export type RoundHolder = CountyOfficeId | 'directorate';
export type RoundStage = Schemas['RoundStage'];
type RoundKind = Schemas['RoundCase']['kind'];

/** The API's stages and kinds in its order, with their words; the filters list them from here. */
export const STAGE_TEXT: Record<RoundStage, TextKey> = {
  submitted: 'stageSubmitted',
  assessed: 'stageAssessed',
  proposed: 'stageProposed',
  granted: 'stageGranted',
  rejected: 'stageRejected',
  withdrawn: 'stageWithdrawn',
};
export const KIND_TEXT: Record<RoundKind, TextKey> = { new: 'kindNew', continuation: 'kindContinuation' };
export const ROUND_STAGES = Object.keys(STAGE_TEXT) as RoundStage[];
export const ROUND_KINDS = Object.keys(KIND_TEXT) as RoundKind[];

/** Which round is shown and which of its cases: everything the address says, in the API's terms. */
export interface RoundView {
  callId: string;
  holder: RoundHolder;
  stage?: RoundStage;
  kind?: RoundKind;
  excluded?: true;
}

/** Norwegian names in the address, as the case list has them (`utlysning`, `embete`). */
const PARAM = {
  callId: 'utlysning',
  holder: 'embete',
  stage: 'trinn',
  kind: 'type',
  excluded: 'unntak',
} as const;
const HOLDERS: readonly RoundHolder[] = [...COUNTY_OFFICE_IDS, 'directorate'];

const oneOf = <T extends string>(choices: readonly T[], value: string | null): T | undefined =>
  choices.find((choice) => choice === value);

/** The calls newest first: the chooser's order, and the newest is where a round is being run. */
export const roundCalls = () => [...CALLS].sort((a, b) => b.year - a.year);

/** The call the address names (`utlysning`), else this year's, else the newest. */
export function roundCallOf(params: URLSearchParams, year: number): string {
  const calls = roundCalls();
  return (
    oneOf(
      calls.map((c) => c.id),
      params.get(PARAM.callId),
    ) ??
    findCallByYear(year)?.id ??
    calls[0]?.id ??
    ''
  );
}

/**
 * The round the address names. A county caseworker sees only the own office's (the API refuses others); the
 * directorate chooses, the first county office by default. Without a call in the address: this year's call.
 */
export function roundViewOf(params: URLSearchParams, principal: Principal, year: number): RoundView {
  const callId = roundCallOf(params, year);
  const holder =
    principal.role === 'directorate'
      ? (oneOf(HOLDERS, params.get(PARAM.holder)) ?? COUNTY_OFFICE_IDS[0])
      : ((principal.countyOfficeId as CountyOfficeId | null) ?? COUNTY_OFFICE_IDS[0]);
  return {
    callId,
    holder,
    stage: oneOf(ROUND_STAGES, params.get(PARAM.stage)),
    kind: oneOf(ROUND_KINDS, params.get(PARAM.kind)),
    ...(params.get(PARAM.excluded) === 'ja' ? { excluded: true as const } : {}),
  };
}

/** The address of a call alone: `?utlysning=…`. */
export const callSearchOf = (callId: string): string => `?${new URLSearchParams({ [PARAM.callId]: callId })}`;

/** The address of a view; the holder only where it can be chosen (the directorate). */
export function roundSearchOf(view: RoundView, withHolder: boolean): string {
  const params = new URLSearchParams({ [PARAM.callId]: view.callId });
  if (withHolder) params.set(PARAM.holder, view.holder);
  if (view.stage) params.set(PARAM.stage, view.stage);
  if (view.kind) params.set(PARAM.kind, view.kind);
  if (view.excluded) params.set(PARAM.excluded, 'ja');
  return `?${params}`;
}

const requestOf = (view: RoundView) => ({
  params: {
    path: { callId: view.callId, holder: view.holder },
    query: {
      ...(view.stage ? { stage: view.stage } : {}),
      ...(view.kind ? { kind: view.kind } : {}),
      ...(view.excluded ? { excluded: 'true' as const } : {}),
    },
  },
});

export const loadRoundBoard = (view: RoundView): Promise<Schemas['RoundBoard']> =>
  api.GET('/v1/calls/{callId}/rounds/{holder}', requestOf(view));

/** The API's CSV of the cases as filtered on screen, fetched with the user's token and saved. */
export async function downloadRoundCsv(view: RoundView): Promise<void> {
  saveAnswer(
    await api.raw.GET('/v1/calls/{callId}/rounds/{holder}/csv', { ...requestOf(view), parseAs: 'blob' }),
    `tildelingsrunde-${view.callId}-${view.holder}.csv`,
  );
}
