import type { TilskuddClient } from '@sosialtilskudd/api-client';
import { type CountyOfficeId, exampleFrame, findCall } from '@sosialtilskudd/domain';

/**
 * The demo county offices' 2025 frames, issued by the directorate on 10 January. Innlandet's 7 500 000 kr is
 * seed 000's («Tilskuddsbeløp inntil 7 500 000 kroner»); the other two are made-up figures of the same order, as
 * no source here gives them.
 */
export const DEMO_FRAMES: readonly { countyOfficeId: CountyOfficeId; slug: string; amount: number }[] = [
  { countyOfficeId: 'innlandet', slug: 'innlandet', amount: 7_500_000 },
  { countyOfficeId: 'ostfold-buskerud-oslo-akershus', slug: 'oslo', amount: 9_000_000 },
  { countyOfficeId: 'vestfold-og-telemark', slug: 'vestfold-telemark', amount: 5_500_000 },
];

export const DEMO_FRAMES_ISSUED_AT = '2025-01-10T10:00:00+01:00';

/** Issues the demo frames through the API, as the directorate's demo user, if the clock has reached the day. */
export async function issueDemoFrames(directorate: TilskuddClient, now: Date): Promise<void> {
  if (now < new Date(DEMO_FRAMES_ISSUED_AT)) return;
  const call = findCall('utvikling-sosiale-tjenester-2025');
  if (!call) throw new RangeError('The 2025 call is missing');
  for (const { countyOfficeId, slug, amount } of DEMO_FRAMES)
    await directorate.POST('/v1/calls/{callId}/frames', {
      params: { path: { callId: call.id } },
      body: {
        ...exampleFrame(call),
        id: `fullmakt-${call.year}-${slug}`,
        holder: { kind: 'county-office', countyOfficeId },
        amount,
        issuedBy: { authority: 'directorate', name: 'Eva Moe' },
      },
    });
}
