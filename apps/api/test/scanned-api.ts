import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { clamdScanner } from '../src/attachments/scanner.js';
import { type Clamd, startClamd } from './clamd.js';
import { startTestApi, type TestApi } from './harness.js';

/**
 * For one describe block: an API whose uploads are scanned by a real clamd, or, with `unreachable`, by a clamd
 * that never answers (every file stays pending). Returns the API once the block has started it.
 */
export function scannedTestApi(scanner: 'clamd' | 'unreachable' = 'clamd'): () => TestApi {
  let clamd: Clamd | undefined;
  let api: TestApi | undefined;
  beforeAll(async () => {
    if (scanner === 'clamd') clamd = await startClamd();
    const socket = clamd?.socket ?? '/nonexistent/clamd.sock';
    api = await startTestApi({ scanner: (db, now) => clamdScanner(db, { socket }, now) });
  });
  afterAll(async () => {
    await api?.close();
    await clamd?.stop();
  });
  afterEach(() => expect(api?.violations).toEqual([]));
  return () => api as TestApi;
}
