// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { measureFormBundle } from './form-bundle.js';

describe('a consumer bundle rendering one form', () => {
  it('carries that form’s validators and no other', async () => {
    const acceptance = await measureFormBundle({ documentType: 'acceptance', source: true });
    expect(acceptance.validators).toEqual(['acceptance']);
    const application = await measureFormBundle({
      documentType: 'application',
      callId: 'utvikling-sosiale-tjenester-2025',
      source: true,
    });
    expect(application.validators).toEqual(['application--utvikling-sosiale-tjenester-2025']);
    // The other ten forms' validators are built, but not loaded.
    expect(acceptance.total - acceptance.loaded).toBeGreaterThan(1_000_000);
    // Two production builds with Vite: seconds on a quiet machine, over 30 s on two cores at load 40.
  }, 180_000);
});
