/**
 * The most items each open-ended list of a document may hold (`maxItems` in the JSON Schemas). Each is far above
 * what a real document holds, and bounds what one document can make a validator, a server or a form walk. A list
 * of choices holds each choice at most once (`choices` in primitives.ts), so its bound is the number of choices.
 * Why each number: «Limits on lists» in packages/domain/README.md.
 */
export const MAX_ITEMS = {
  /** The municipalities one Nav office serves: a shared office serves a handful. */
  officeMunicipalities: 30,
  /** The municipalities of an intermunicipal cooperation: the largest county office's area has 52. */
  cooperationMunicipalities: 60,
  targetGroups: 20,
  otherGrants: 20,
  /** Budget lines: a measure funds a few positions and lists tens of costs at most. */
  positions: 50,
  otherCosts: 200,
  otherFunding: 50,
  /** Conditions in a decision and its grant letter (the letter repeats the decision's). */
  conditions: 50,
  /** Sections of the regulation a letter cites: FOR-2020-12-15-2787 has 15. */
  legalSections: 20,
  nationalTrials: 20,
  sources: 20,
  /** § 5: a measure runs for up to three years, so a grant expects amounts for at most two more. */
  followingYears: 2,
} as const;

/** One accounts line per budget line (§ 11): the positions, the competence funds and the other costs. */
export const MAX_ACCOUNTS_LINES = MAX_ITEMS.positions + 1 + MAX_ITEMS.otherCosts;
