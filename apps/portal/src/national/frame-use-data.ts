import type { Schemas } from '@sosialtilskudd/api-client';
import { api } from '../api/client.js';
import { saveAnswer } from '../app/save-file.js';

/** Every holder's frame use under a call, as the API counts it with the round board's domain functions. */
export const loadFrameUse = (callId: string): Promise<Schemas['FrameUseOverview']> =>
  api.GET('/v1/calls/{callId}/frame-use', { params: { path: { callId } } });

/** The API's CSV of the same lines, fetched with the user's token and saved. */
export async function downloadFrameUseCsv(callId: string): Promise<void> {
  saveAnswer(
    await api.raw.GET('/v1/calls/{callId}/frame-use/csv', { params: { path: { callId } }, parseAs: 'blob' }),
    `rammer-${callId}.csv`,
  );
}
