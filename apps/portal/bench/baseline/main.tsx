// The baseline of the first-visit benchmark: the least page made the portal's way — Vite, React, Aksel's
// stylesheet in the portal's parts and its self-hosted typeface, a heading, a text, a choice and a button.
import '@navikt/ds-css/dist/global/reset.css';
import '@navikt/ds-css/dist/global/tokens.css';
import '@navikt/ds-css/dist/global/baseline.css';
import '../../src/styles/fonts.css';
import '@navikt/ds-css/dist/components.css';
import { BodyLong, Button, Heading, Page, Radio, RadioGroup, VStack } from '@navikt/ds-react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (!root) throw new Error('#root mangler');
createRoot(root).render(
  <StrictMode>
    <Page>
      <Page.Block as="main" width="md" gutters>
        <VStack gap="space-16">
          <Heading level="1" size="large">
            Grunnlinje
          </Heading>
          <BodyLong>En side med React og Aksel, bygget med Vite.</BodyLong>
          <RadioGroup legend="Velg">
            <Radio value="a">A</Radio>
            <Radio value="b">B</Radio>
          </RadioGroup>
          <Button>Fortsett</Button>
        </VStack>
      </Page.Block>
    </Page>
  </StrictMode>,
);
