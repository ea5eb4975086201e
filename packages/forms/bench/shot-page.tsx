import '@navikt/ds-css';
import '../src/styles.css';
import { exampleDocument } from '@sosialtilskudd/domain';
import { createRoot } from 'react-dom/client';
import { DocumentForm } from '../src/form/DocumentForm.js';

const params = new URLSearchParams(location.search);
const step = Number(params.get('step') ?? 0);
const empty = params.get('empty') === '1';
createRoot(document.getElementById('app') as HTMLElement).render(
  <main style={{ padding: 24 }}>
    <DocumentForm
      documentType="application"
      callId="utvikling-sosiale-tjenester-2025"
      formData={empty ? {} : exampleDocument('application', 'utvikling-sosiale-tjenester-2025')}
      initialStep={step}
      showErrors={empty}
    />
  </main>,
);
