import type { Page } from 'playwright-core';

/** Long enough for every description field of the application and the reports. */
export const TEXT = 'Dette er beskrevet godt nok for søknaden, med mål, målgrupper og plan.';

/** The wizard's «Tiltaket» step: the measure's name and a year from April, then on to the next step. */
export async function fillMeasureStep(page: Page, measure: string): Promise<void> {
  await page.getByLabel('Navn på tiltaket').fill(measure);
  await page.getByLabel('Oppstartsdato').fill('01.04.2025');
  await page.getByLabel('Planlagt sluttdato').fill('31.03.2026');
  await page.getByRole('button', { name: 'Neste' }).click();
}

/** The wizard's «Beskrivelse» step, every text filled in and one target group, then on to the budget. */
export async function fillDescriptionStep(page: Page): Promise<void> {
  await page.getByLabel('Hva skal oppnås lokalt').fill(TEXT);
  await page.getByRole('button', { name: 'Legg til' }).click();
  await page.getByLabel('Målgruppe', { exact: true }).fill('Ungdom 16–25 år');
  for (const label of [
    'Levekår og utfordringer for målgruppene',
    'Oppgaver og tjenester som skal utvikles',
    'Metodisk tilnærming',
    'Brukermedvirkning',
    'Forankring og organisering',
    'Plan for videreføring i ordinær drift',
  ])
    await page.getByLabel(label, { exact: true }).fill(TEXT);
  await page.getByRole('button', { name: 'Neste' }).click();
}

/** Nav Midt-Telemark's demo draft «Boligsosialt løft», on the wizard's second step («Tiltaket»). */
export async function openDemoDraft(page: Page): Promise<void> {
  await page.goto('/kontor');
  await page.getByRole('link', { name: 'Boligsosialt løft', exact: true }).click();
  await page.getByText('Steg 1 av 6').waitFor();
  await page.getByRole('button', { name: 'Neste' }).click();
  await page.getByText('Steg 2 av 6').waitFor();
}
