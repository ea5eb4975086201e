import { followingYears } from '../allocation/commitments.js';
import { availableFor } from '../allocation/frame-use.js';
import { authorityKey } from '../documents/common.js';
import type { Frame } from '../documents/frame.js';
import type { CaseDecision } from '../documents/letters.js';
import { SCHEMES } from '../reference/schemes.js';
import { formatNok } from './issue.js';
import { at, defineRule, type RuleInput } from './rule.js';

const budgetPost = defineRule<Frame>({
  code: 'FRAME_BUDGET_POST_MISMATCH',
  source: 'Forskriften (kap. 0621, post 63) og seed 000 («Fullmakt over statsbudsjettets kapittel 0621.63»)',
  summary: 'Rammen belastes kapitlet og posten ordningen bevilges over.',
  needs: ['call'],
  messages: {
    nb: (p) => `Ordningen bevilges over kapittel ${p.chapter} post ${p.post}`,
    nn: (p) => `Ordninga blir løyvd over kapittel ${p.chapter} post ${p.post}`,
  },
  check: ({ doc, call }) => {
    const scheme = call && SCHEMES[call.schemeId];
    if (!scheme?.budgetChapter || !scheme.budgetPost) return [];
    const params = { chapter: scheme.budgetChapter, post: scheme.budgetPost };
    return [
      ...(doc.budget.chapter !== scheme.budgetChapter ? [at(['budget', 'chapter'], params)] : []),
      ...(doc.budget.post !== scheme.budgetPost ? [at(['budget', 'post'], params)] : []),
    ];
  },
});

const changeUnexplained = defineRule<Frame>({
  code: 'FRAME_CHANGE_UNEXPLAINED',
  source: 'Fullmakten (endringer i løpet av året)',
  summary: 'En ny versjon av fullmakten sier hvorfor rammen er endret.',
  when: ({ doc }) => doc.version > 1,
  messages: {
    nb: (p) => `Versjon ${p.version} av fullmakten må si hvorfor rammen er endret`,
    nn: (p) => `Versjon ${p.version} av fullmakta må seie kvifor ramma er endra`,
  },
  check: ({ doc }) => (doc.changeReason ? [] : [at(['changeReason'], { version: doc.version })]),
});

const directorateWithoutTrials = defineRule<Frame>({
  code: 'FRAME_DIRECTORATE_WITHOUT_TRIALS',
  source: '§ 8 og § 10 (direktoratet beslutter og utbetaler tilskudd til nasjonale forsøk)',
  summary: 'Direktoratet har egen ramme bare under en utlysning med nasjonale forsøk.',
  needs: ['call'],
  when: ({ doc }) => doc.holder.kind === 'directorate',
  messages: {
    nb: (p) => `Utlysningen for ${p.year} har ingen nasjonale forsøk; rammen skal gis til en statsforvalter`,
    nn: (p) => `Utlysinga for ${p.year} har ingen nasjonale forsøk; ramma skal givast til ein statsforvaltar`,
  },
  check: ({ call }) =>
    call && call.nationalTrials.length === 0 ? [at(['holder', 'kind'], { year: call.year })] : [],
});

export const FRAME_RULES = [budgetPost, changeUnexplained, directorateWithoutTrials];

const grants = ({ doc }: RuleInput<CaseDecision>) => doc.outcome.result === 'granted';

const frameMismatch = defineRule<CaseDecision>({
  code: 'DECISION_FRAME_MISMATCH',
  source: 'Fullmakten',
  summary: 'Rammen beslutningen holdes opp mot, er fullmakten til den som beslutter, under samme utlysning.',
  needs: ['frameUse'],
  messages: {
    nb: (p) => `Rammen i konteksten gjelder ${p.what}, ikke denne beslutningen`,
    nn: (p) => `Ramma i konteksten gjeld ${p.what}, ikkje denne avgjerda`,
  },
  check: ({ doc, context }) => {
    const frame = context.frameUse?.frame;
    if (!frame) return [];
    if (frame.callId !== doc.callId) return [at(['callId'], { what: `utlysningen ${frame.callId}` })];
    return authorityKey(frame.holder) === authorityKey(doc.decidedBy)
      ? []
      : [at(['decidedBy'], { what: `fullmakten til ${authorityKey(frame.holder)}` })];
  },
});

const frameExceeded = defineRule<CaseDecision>({
  code: 'FRAME_EXCEEDED',
  limit: 'amount',
  source: 'Fullmakten (seed 000: «Tilskuddsbeløp inntil …», videreførte tiltak tas av samme ramme) og § 5',
  summary:
    'Et tilskudd innvilges bare innenfor rammen: fullmakten minus det som er forpliktet til videreførte tiltak og det som er innvilget.',
  needs: ['frameUse'],
  when: grants,
  messages: {
    nb: (p) =>
      `Tilskuddet ${p.amount} går ut over rammen: ${p.frame} i fullmakt, ${p.committed} forpliktet og ${p.granted} innvilget gir ${p.available} igjen`,
    nn: (p) =>
      `Tilskotet ${p.amount} går ut over ramma: ${p.frame} i fullmakt, ${p.committed} forplikta og ${p.granted} innvilga gir ${p.available} att`,
  },
  check: ({ doc, context }) => {
    const ctx = context.frameUse;
    if (!ctx || doc.outcome.result !== 'granted') return [];
    const use = availableFor(ctx, doc.applicationId);
    return doc.outcome.amount > use.available
      ? [
          at(['outcome', 'amount'], {
            amount: formatNok(doc.outcome.amount),
            frame: formatNok(use.frame),
            committed: formatNok(use.committed),
            granted: formatNok(use.granted),
            available: formatNok(Math.max(0, use.available)),
          }),
        ]
      : [];
  },
});

const followingYearOutsideMeasure = defineRule<CaseDecision>({
  code: 'DECISION_FOLLOWING_YEAR_OUTSIDE_MEASURE',
  limit: 'date',
  source: '§ 5 (ett år av gangen, inntil tre år og 36 måneder)',
  summary:
    'Forventet tilskudd for de neste årene gjelder bare år tiltaket etter planen fortsetter, og hvert år én gang.',
  needs: ['application', 'call'],
  when: (input) =>
    grants(input) && input.doc.outcome.result === 'granted' && !!input.doc.outcome.expectedFollowingYears,
  messages: {
    nb: (p) =>
      `Tiltaket fortsetter ikke etter planen i ${p.year}, eller året står flere ganger (mulige år: ${p.years})`,
    nn: (p) =>
      `Tiltaket held ikkje fram etter planen i ${p.year}, eller året står fleire gonger (moglege år: ${p.years})`,
  },
  check: ({ doc, call, context }) => {
    if (!call || !context.application || doc.outcome.result !== 'granted') return [];
    const possible = followingYears(context.application, call).map((y) => y.callYear);
    const seen = new Set<number>();
    return (doc.outcome.expectedFollowingYears ?? []).flatMap((e, i) => {
      const ok = possible.includes(e.year) && !seen.has(e.year);
      seen.add(e.year);
      return ok
        ? []
        : [
            at(['outcome', 'expectedFollowingYears', i, 'year'], {
              year: e.year,
              years: possible.join(', ') || 'ingen',
            }),
          ];
    });
  },
});

export const DECISION_FRAME_RULES = [frameMismatch, frameExceeded, followingYearOutsideMeasure];
