import { measureFormBundle } from '../scripts/form-bundle.js';

/**
 * What a consumer's page rendering one form loads, bundled from `dist/` (build first) with esbuild, minified, with
 * code splitting. Sizes in kB (1000 bytes).
 */
const FORMS = [
  { documentType: 'acceptance' },
  { documentType: 'status-report' },
  { documentType: 'application', callId: 'utvikling-sosiale-tjenester-2025' },
];
const kB = (n: number) => (n / 1000).toFixed(0);
console.log('| form | loaded (min) | loaded (gzip) | whole build | validators loaded |');
console.log('| --- | ---: | ---: | ---: | --- |');
for (const form of FORMS) {
  const m = await measureFormBundle(form);
  const name = form.callId ? `${form.documentType} (${form.callId})` : form.documentType;
  console.log(
    `| ${name} | ${kB(m.loaded)} | ${kB(m.loadedGzip)} | ${kB(m.total)} | ${m.validators.join(', ')} |`,
  );
}
