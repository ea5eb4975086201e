/** Every generated file says so, and how to regenerate it. */
export const GENERATED_NOTICE =
  'Generert fra @sosialtilskudd/domain. Ikke rediger for hånd: kjør «pnpm generate». Generated file: run pnpm generate.';

export function jsonFile(content: Record<string, unknown>): string {
  return `${JSON.stringify({ $comment: GENERATED_NOTICE, ...content }, null, 2)}\n`;
}
