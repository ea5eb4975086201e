import { exampleGrantLetter, exampleRejectionLetter } from '@sosialtilskudd/domain';
import { describe, expect, it } from 'vitest';
import { letterFileName } from './index.js';

describe('letterFileName', () => {
  it('names the download by kind and case number, without slashes', () => {
    expect(letterFileName(exampleGrantLetter())).toBe('tilskuddsbrev-2025-1234.pdf');
    expect(letterFileName(exampleGrantLetter(), 'nn')).toBe('tilskotsbrev-2025-1234.pdf');
    expect(letterFileName({ ...exampleRejectionLetter(), caseNumber: '2024/88-3' })).toBe(
      'avslagsbrev-2024-88-3.pdf',
    );
  });
});
