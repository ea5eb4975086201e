import { TilskuddProblemError } from '@sosialtilskudd/api-client';

/** Hands a file made in the browser (a letter fetched with the user's token, an export) to the browser as a download. */
export function saveFile(data: Blob, fileName: string): void {
  const url = URL.createObjectURL(data);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The file name the API gives in Content-Disposition, else one of our own. */
export function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get('Content-Disposition') ?? '';
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(header);
  return match?.[1] ? decodeURIComponent(match[1]) : fallback;
}

/** A file the API answered with (fetched as a blob with the user's token), saved; a refusal is thrown as its problem. */
export function saveAnswer(
  { data, error, response }: { data?: unknown; error?: unknown; response: Response },
  fallback: string,
): void {
  if (!response.ok || !(data instanceof Blob)) throw TilskuddProblemError.from(response, error);
  saveFile(data, fileNameOf(response, fallback));
}
