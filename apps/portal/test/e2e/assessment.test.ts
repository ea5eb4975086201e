import {
  ALLOCATION_CRITERIA,
  ALLOCATION_CRITERIA_NN,
  ALLOCATION_CRITERION_IDS,
  type AllocationCriterion,
} from '@sosialtilskudd/domain';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPage, logIn, newPage } from '../support/pages.js';
import { browserSuite } from '../support/suite.js';

const MEASURE = 'Familieteam Gjøvik';
/** Matches the text whatever kind of space the page puts between digits and before «kr». */
const spaced = (text: string) =>
  new RegExp(text.replace(/[()?]/g, '\\$&').replace(/ /g, '[\\s\\u00a0\\u202f]'));

/** The form's words in each written standard, as a person reads them. */
const WORDS = {
  nb: {
    criteria: ALLOCATION_CRITERIA,
    score: ['0 – Ikke ivaretatt', '1 – I liten grad', '2 – I noen grad', '3 – I stor grad'],
    justification: 'Begrunnelse',
    next: 'Neste',
    previous: 'Forrige',
    save: 'Lagre vurderingen',
    amount: 'Foreslått tilskudd (kr)',
    amountReason: /^Begrunnelse for beløpet/,
  },
  nn: {
    criteria: ALLOCATION_CRITERIA_NN,
    score: ['0 – Ikkje teke vare på', '1 – I liten grad', '2 – I nokon grad', '3 – I stor grad'],
    justification: 'Grunngiving',
    next: 'Neste',
    previous: 'Førre',
    save: 'Lagre vurderinga',
    amount: 'Føreslått tilskot (kr)',
    amountReason: /^Grunngiving for beløpet/,
  },
} as const;
type Words = (typeof WORDS)[keyof typeof WORDS];

/** The case page's «Vurdering»: not a named region, since the decision form has a field of that name. */
const assessmentSection = (page: Page) =>
  page.locator('section').filter({ has: page.getByRole('heading', { name: /^Vurdering$/ }) });

const criterion = (page: Page, words: Words, id: AllocationCriterion) =>
  page.getByRole('group', { name: new RegExp(`^${words.criteria[id].replace(/[()]/g, '\\$&')}`) });

/** Scores every § 5 criterion as given, with a justification for each but those in `unjustified`. */
async function scoreCriteria(
  page: Page,
  words: Words,
  scores: Record<AllocationCriterion, 0 | 1 | 2 | 3>,
  unjustified: readonly AllocationCriterion[] = [],
) {
  for (const id of ALLOCATION_CRITERION_IDS) {
    const group = criterion(page, words, id);
    await group.getByRole('radio', { name: words.score[scores[id]] }).check();
    const why = group.getByRole('textbox', { name: words.justification });
    await why.fill(unjustified.includes(id) ? '' : `Søknaden beskriver dette godt: ${words.criteria[id]}.`);
  }
}

const allTwo = Object.fromEntries(ALLOCATION_CRITERION_IDS.map((id) => [id, 2])) as Record<
  AllocationCriterion,
  2
>;

/**
 * The county office's assessment (issue 17 item 6): Innlandet's caseworker assesses Familieteam Gjøvik in the
 * generated form, meets the domain's rules in words in the browser and from the API, saves, reads the
 * assessment on the case page and finds the case ranked with its score and proposal on the round board.
 */
describe('the assessment form', () => {
  let page: Page;
  let caseUrl = '';
  const suite = browserSuite(() => ({ page }));

  beforeAll(async () => {
    page = await newPage(suite.browser, suite.portal.url);
  });

  it('assesses a case at 1280 px in bokmål, refusing a score without a reason, an excluded grant and too much', async () => {
    await logIn(page, /Per Olsen/);
    await page.getByRole('link', { name: MEASURE, exact: true }).click();
    await page.waitForURL(/\/saker\/[^/]+$/);
    caseUrl = new URL(page.url()).pathname;
    const section = assessmentSection(page);
    await section.getByText('Søknaden er ikke vurdert ennå.').waitFor();
    await section.getByRole('link', { name: 'Vurder søknaden' }).click();
    await page.waitForURL(/\/vurdering$/);
    await page.getByRole('heading', { name: 'Tildelingskriterier', level: 2 }).waitFor();
    await checkPage(page, '63-vurdering');

    const nb = WORDS.nb;
    await scoreCriteria(page, nb, { ...allTwo, 'samarbeid-mellom-tjenester': 3 }, [
      'samarbeid-mellom-tjenester',
    ]);
    await page.getByRole('button', { name: nb.next }).click();
    // ASSESSMENT_SCORE_UNJUSTIFIED, judged in the browser: the step is not left, the words are at the field.
    const unjustified = 'Poengsummen 3 på «Samarbeid mellom tjenester» må begrunnes';
    await page.getByRole('link', { name: new RegExp(unjustified) }).waitFor();
    await criterion(page, nb, 'samarbeid-mellom-tjenester').getByText(unjustified).waitFor();
    await checkPage(page, '64-vurdering-feil');
    await criterion(page, nb, 'samarbeid-mellom-tjenester')
      .getByRole('textbox', { name: nb.justification })
      .fill('Tiltaket er bygd på et samarbeid med barnevernet og helsestasjonen.');
    await page.getByRole('button', { name: nb.next }).click();

    // Seed 001's exclusions are asked, none answered in advance; this one is said to apply.
    await page.getByRole('heading', { name: 'Unntak og prioriteringer', level: 2 }).waitFor();
    const exclusions = page.getByRole('radiogroup', { name: /^Gjelder søknaden/ });
    expect(await exclusions.count()).toBe(3);
    expect(await page.getByRole('radio', { checked: true }).count()).toBe(0);
    for (const group of await exclusions.all()) await group.getByRole('radio', { name: 'Nei' }).check();
    const payments = page.getByRole('group', { name: /^Tiltak hvor det forekommer direkte utbetalinger/ });
    await payments.getByRole('radio', { name: 'Ja' }).check();
    await page.getByRole('checkbox', { name: 'Barnefamilier', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Ungdom', exact: true }).check();
    await page
      .getByRole('textbox', { name: 'Vurdering av prioriteringene' })
      .fill('Tiltaket er rettet mot barnefamilier og ungdom, to av de særlig prioriterte områdene.');
    await page.getByRole('button', { name: nb.next }).click();

    // More than applied for (1 125 000 kr, also the call's rate for the positions), and a grant despite the exclusion.
    await page.getByRole('heading', { name: 'Innstilling', level: 2 }).waitFor();
    await page.getByLabel('Innstilling').selectOption({ label: 'Innstilles på tilskudd' });
    await page.getByRole('textbox', { name: nb.amount }).fill('1200000');
    await page
      .getByRole('textbox', { name: 'Samlet vurdering' })
      .fill('Et godt forankret tiltak for barnefamilier med tydelige mål.');
    await page.getByRole('button', { name: nb.next }).click();
    for (const refusal of [
      'Foreslått tilskudd 1 200 000 kr er større enn søkt beløp 1 125 000 kr',
      'Foreslått tilskudd 1 200 000 kr er mer enn utlysningens sats gir for stillingene (høyst 1 125 000 kr)',
      'Søknaden faller inn under «Tiltak hvor det forekommer direkte utbetalinger til bruker (§ 5)» og kan ikke innstilles på tilskudd',
    ])
      await page.getByRole('link', { name: spaced(refusal) }).waitFor();
    // The exclusion's refusal is at the choice of recommendation, where it is mended.
    expect(await page.getByLabel('Innstilling').getAttribute('aria-invalid')).toBe('true');
    await checkPage(page, '65-vurdering-innstilling-feil');

    // Less than applied for needs its reason (ASSESSMENT_AMOUNT_UNEXPLAINED).
    await page.getByRole('textbox', { name: nb.amount }).fill('1000000');
    await page.getByRole('button', { name: nb.previous }).click();
    await payments.getByRole('radio', { name: 'Nei' }).check();
    await page.getByRole('button', { name: nb.next }).click();
    await page.getByRole('button', { name: nb.next }).click();
    await page
      .getByRole('link', { name: spaced('er et annet enn søkt beløp 1 125 000 kr: begrunn beløpet') })
      .waitFor();
    await page
      .getByRole('textbox', { name: nb.amountReason })
      .fill('Kompetansemidlene dekkes av kommunens eget budsjett.');
    await page.getByRole('button', { name: nb.next }).click();
    await page.getByRole('heading', { name: 'Oppsummering', level: 2 }).waitFor();
    await page.getByRole('button', { name: nb.save }).click();

    await page.waitForURL((url) => url.pathname === caseUrl);
    await page.getByText('Vurderingen er lagret.').waitFor();
    await section.getByText('17 av 24').waitFor();
    // The criteria in the order of § 5, as the form asks them.
    const names: readonly string[] = Object.values(ALLOCATION_CRITERIA);
    const terms = await section.locator('dt').allTextContents();
    expect(terms.filter((term) => names.includes(term))).toEqual(
      ALLOCATION_CRITERION_IDS.map((id) => ALLOCATION_CRITERIA[id]),
    );
    await section.getByText(spaced('Tilskudd på 1 000 000 kr')).waitFor();
    await section.getByText('Kompetansemidlene dekkes av kommunens eget budsjett.').waitFor();
    await checkPage(page, '66-sak-vurdert');
  });

  it('assesses it again at 390 px in nynorsk, from the last assessment, with the API’s refusal shown at its field', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: 'Nynorsk' }).click();
    const section = assessmentSection(page);
    await section.getByRole('link', { name: 'Ny vurdering' }).click();
    await page.waitForURL(/\/vurdering$/);
    const nn = WORDS.nn;
    await page.getByRole('heading', { name: 'Tildelingskriterium', level: 2 }).waitFor();
    // The form starts from the last assessment: its scores and reasons are there.
    expect(
      await criterion(page, nn, 'samarbeid-mellom-tjenester')
        .getByRole('radio', { name: nn.score[3] })
        .isChecked(),
    ).toBe(true);
    await criterion(page, nn, 'interkommunalt-samarbeid').getByRole('radio', { name: nn.score[3] }).check();
    await criterion(page, nn, 'interkommunalt-samarbeid')
      .getByRole('textbox', { name: nn.justification })
      .fill('Nav Gjøvik samarbeider med to nabokommunar om tilbodet.');
    await page.getByRole('button', { name: nn.next }).click();
    await page.getByRole('button', { name: nn.next }).click();
    await page.getByRole('textbox', { name: nn.amount }).fill('1300000');
    await page.getByRole('button', { name: nn.next }).click();
    await page
      .getByRole('link', {
        name: spaced('Føreslått tilskot 1 300 000 kr er større enn søkt beløp 1 125 000 kr'),
      })
      .waitFor();
    await page.getByRole('textbox', { name: nn.amount }).fill('900000');
    await page
      .getByRole('textbox', { name: nn.amountReason })
      .fill('Ei av stillingane startar først i mars.');
    await page.getByRole('button', { name: nn.next }).click();
    await page.getByRole('heading', { name: 'Oppsummering', level: 2 }).waitFor();

    // A client older than the rules (here: one that drops a justification on the way) meets the API's 422,
    // which the form shows at the field in the person's words.
    await page.route('**/v1/applications/*/assessments', async (route) => {
      const body = route.request().postDataJSON() as {
        criteria: Record<string, { justification?: string }>;
      };
      delete body.criteria['interkommunalt-samarbeid']?.justification;
      await route.continue({ postData: JSON.stringify(body) });
    });
    await page.getByRole('button', { name: nn.save }).click();
    await page
      .getByRole('link', { name: /Poengsummen 3 på «Interkommunalt samarbeid» må grunngjevast/ })
      .waitFor();
    expect(await page.getByText(/Ingen feil funne/).count()).toBe(0);
    await checkPage(page, '67-vurdering-api-avviser');
    await page.unroute('**/v1/applications/*/assessments');
    await page.getByRole('button', { name: nn.save }).click();

    await page.waitForURL((url) => url.pathname === caseUrl);
    await page.getByText('Vurderinga er lagra.').waitFor();
    await section.getByText('18 av 24').waitFor();
    await section.getByText(spaced('Tilskot på 900 000 kr')).waitFor();
  });

  it('shows the assessed case on the round board with its rank, score and proposal', async () => {
    await page.getByRole('button', { name: 'Bokmål' }).click();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/saker/runde');
    const figures = page.getByRole('table', { name: 'Rammen i tall' });
    const proposed = figures.getByRole('row', { name: /^Foreslått/ }).getByRole('cell');
    expect(await proposed.textContent()).toMatch(spaced('900 000 kr'));
    const row = page
      .getByRole('table')
      .filter({ has: page.getByRole('columnheader', { name: 'Plass' }) })
      .getByRole('row', { name: new RegExp(MEASURE) });
    // Rank, then (after the measure) case number, applicant, kind, score, areas, stage, amounts.
    const cells = row.getByRole('cell');
    expect(await cells.nth(0).textContent()).toBe('1');
    expect(await cells.nth(4).textContent()).toBe('18');
    expect(await cells.nth(8).textContent()).toMatch(spaced('900 000 kr'));
    await row.getByRole('link', { name: MEASURE }).click();
    await page.waitForURL((url) => url.pathname === caseUrl);
  });

  it('lets the directorate read a county office’s assessment, not write it (§ 8)', async () => {
    await logIn(page, /Eva Moe/);
    await page.goto(caseUrl);
    const section = assessmentSection(page);
    await section.getByText('18 av 24').waitFor();
    expect(await section.getByRole('link', { name: 'Ny vurdering' }).count()).toBe(0);
    await page.goto(`${caseUrl}/vurdering`);
    await page
      .getByText(
        /^Bare den som behandler saken, kan vurdere søknaden: statsforvalteren søknaden er sendt til/,
      )
      .waitFor();
    expect(await page.getByRole('button', { name: WORDS.nb.save }).count()).toBe(0);
    await checkPage(page, '68-vurdering-ikke-behandler');
  });
});
