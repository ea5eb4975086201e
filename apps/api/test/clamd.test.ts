import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClamdError, parseReply, scanWithClamd } from '../src/attachments/clamd.js';
import { type Clamd, EICAR, startClamd } from './clamd.js';

async function* chunks(data: Buffer, size: number) {
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}

describe('the clamd client against a real clamd (INSTREAM)', () => {
  let clamd: Clamd;
  beforeAll(async () => {
    clamd = await startClamd();
  });
  afterAll(() => clamd?.stop());

  it('reports the EICAR test file as infected, naming the signature', async () => {
    expect(await scanWithClamd({ socket: clamd.socket }, chunks(EICAR, 7))).toEqual({
      infected: true,
      signature: 'Tilskudd.Test.EICAR.UNOFFICIAL',
    });
  });

  it('passes a clean 10 MB file sent in 256 KiB chunks', async () => {
    const clean = Buffer.alloc(10 * 1024 * 1024, 'budsjett ');
    expect(await scanWithClamd({ socket: clamd.socket }, chunks(clean, 256 * 1024))).toEqual({
      infected: false,
    });
  });

  it('an address nobody listens on is an error, not a verdict', async () => {
    await expect(scanWithClamd({ socket: `${clamd.socket}.none` }, chunks(EICAR, 64))).rejects.toBeInstanceOf(
      ClamdError,
    );
  });
});

describe('clamd replies', () => {
  it.each([
    ['stream: OK\0', { infected: false }],
    ['stream: Win.Test.EICAR_HDB-1 FOUND\0', { infected: true, signature: 'Win.Test.EICAR_HDB-1' }],
  ])('%j', (reply, verdict) => expect(parseReply(reply)).toEqual(verdict));

  it('an ERROR reply (a limit exceeded) is an error, never «clean»', () => {
    expect(() => parseReply('INSTREAM size limit exceeded. ERROR\0')).toThrow(ClamdError);
  });
});
