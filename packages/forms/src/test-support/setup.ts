import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { provideForms } from '../documents.js';
import { ALL_FORMS } from '../generated/all-forms.js';

// Tests start with every form at hand, as in Node; form/lazy-load.test.tsx checks the loading itself.
provideForms(ALL_FORMS);

afterEach(() => cleanup());
