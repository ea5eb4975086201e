import { connect, type Socket } from 'node:net';

/** Where clamd listens: a Unix socket (`CLAMAV_SOCKET`) or a TCP address (`CLAMAV_HOST`, `CLAMAV_PORT`). */
export type ClamdAddress = { socket: string } | { host: string; port: number };

export type ScanVerdict = { infected: false } | { infected: true; signature: string };

/** clamd's own refusal (a size limit, a bad command) or a connection it dropped: the scan is to be tried again. */
export class ClamdError extends Error {
  override name = 'ClamdError';
}

const TIMEOUT_MS = 60_000;

function open(address: ClamdAddress): Socket {
  return 'socket' in address ? connect(address.socket) : connect(address.port, address.host);
}

/** clamd's INSTREAM chunk: a 4-byte big-endian length, then the bytes; a zero length ends the stream. */
function frame(chunk: Uint8Array): Uint8Array[] {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(chunk.length);
  return [length, chunk];
}

/** The reply to one INSTREAM: «stream: OK», «stream: <signature> FOUND», or «<reason> ERROR». */
export function parseReply(reply: string): ScanVerdict {
  const text = reply.replace(/\0+$/, '').trim();
  if (text === 'stream: OK') return { infected: false };
  const found = /^stream: (.+) FOUND$/.exec(text);
  if (found?.[1]) return { infected: true, signature: found[1] };
  throw new ClamdError(`clamd svarte «${text}»`);
}

/**
 * Streams the bytes to clamd with the INSTREAM command (the null-terminated «z» form) and returns its verdict.
 * One chunk is in flight at a time: writing waits for the socket to drain, so a file is never held whole.
 */
export async function scanWithClamd(
  address: ClamdAddress,
  chunks: AsyncIterable<Uint8Array>,
): Promise<ScanVerdict> {
  const socket = open(address);
  socket.setTimeout(TIMEOUT_MS);
  const replied = new Promise<string>((resolve, reject) => {
    const parts: Buffer[] = [];
    socket.on('data', (d: Buffer) => parts.push(d));
    socket.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    socket.on('timeout', () => socket.destroy(new ClamdError('clamd svarte ikke i tide')));
    socket.on('error', (e) => reject(e instanceof ClamdError ? e : new ClamdError(e.message)));
  });
  // An early reply (a limit exceeded) closes the stream while we still write: the reply says why.
  replied.catch(() => undefined);
  const write = (data: Uint8Array) =>
    new Promise<void>((resolve, reject) => {
      if (socket.destroyed) return reject(new ClamdError('clamd lukket forbindelsen'));
      socket.write(data, (error) => (error ? reject(new ClamdError(error.message)) : resolve()));
    });
  try {
    await write(Buffer.from('zINSTREAM\0'));
    for await (const chunk of chunks) for (const part of frame(chunk)) await write(part);
    await write(Buffer.alloc(4));
  } catch (error) {
    const reply = await replied.catch(() => '');
    if (reply) return parseReply(reply);
    throw error;
  }
  return parseReply(await replied);
}
