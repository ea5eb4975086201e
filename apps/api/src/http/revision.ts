/** "r12" from If-Match: "r12" (an ETag the server gave); undefined for anything else, which matches no revision. */
export function revisionOf(ifMatch: string): number | undefined {
  const m = /^(?:W\/)?"r(\d{1,9})"$/.exec(ifMatch.trim());
  return m ? Number(m[1]) : undefined;
}
