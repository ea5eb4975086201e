import { type Approval, approverRole } from '../documents/approval.js';
import { authorityKey } from '../documents/common.js';
import { at, defineRule, type RuleInput } from './rule.js';

const resolved = ({ doc }: RuleInput<Approval>) => doc.resolution !== undefined;

const ownProposal = defineRule<Approval>({
  code: 'APPROVAL_OWN_PROPOSAL',
  source: '§ 12 (kontroll med at bevilgningen nyttes etter forutsetningene i hele tilskuddskjeden)',
  summary: 'Den som la fram forslaget, kan ikke selv godkjenne det eller sende det tilbake.',
  when: resolved,
  messages: {
    nb: () => 'Du kan ikke godkjenne eller sende tilbake ditt eget forslag; en annen godkjenner må gjøre det',
    nn: () =>
      'Du kan ikkje godkjenne eller sende tilbake ditt eige forslag; ein annan godkjennar må gjere det',
  },
  check: ({ doc }) =>
    doc.resolution && doc.resolution.by.id === doc.proposedBy.id ? [at(['resolution', 'by', 'id'])] : [],
});

const ROLE_NAMES = {
  'county-approver': { nb: 'godkjenner hos statsforvalteren', nn: 'godkjennar hos statsforvaltaren' },
  directorate: { nb: 'direktoratet', nn: 'direktoratet' },
} as const;

const approverRoleMissing = defineRule<Approval>({
  code: 'APPROVAL_ROLE_MISSING',
  source: '§ 12 (kontroll med at bevilgningen nyttes etter forutsetningene i hele tilskuddskjeden)',
  summary:
    'Forslaget godkjennes eller sendes tilbake av en med godkjennerrollen hos myndigheten som har saken.',
  when: resolved,
  messages: {
    nb: (p) => `Bare ${p.role} kan godkjenne eller sende tilbake forslaget`,
    nn: (p) => `Berre ${p.roleNn} kan godkjenne eller sende tilbake forslaget`,
  },
  check: ({ doc }) => {
    const role = approverRole(doc.proposedBy.authority);
    return doc.resolution && doc.resolution.by.role !== role
      ? [at(['resolution', 'by', 'role'], { role: ROLE_NAMES[role].nb, roleNn: ROLE_NAMES[role].nn })]
      : [];
  },
});

const otherAuthority = defineRule<Approval>({
  code: 'APPROVAL_OTHER_AUTHORITY',
  source: '§ 8 og § 10 (statsforvalteren som behandler saken, beslutter og utbetaler)',
  summary: 'Forslaget avgjøres hos samme myndighet som la det fram.',
  when: resolved,
  messages: {
    nb: () => 'Forslaget må avgjøres av en godkjenner hos samme myndighet som la det fram',
    nn: () => 'Forslaget må avgjerast av ein godkjennar hos same styresmakt som la det fram',
  },
  check: ({ doc }) =>
    doc.resolution && authorityKey(doc.resolution.by.authority) !== authorityKey(doc.proposedBy.authority)
      ? [at(['resolution', 'by', 'authority'])]
      : [],
});

const beforeProposal = defineRule<Approval>({
  code: 'APPROVAL_BEFORE_PROPOSAL',
  limit: 'date',
  source: '§ 12 (kontroll i hele tilskuddskjeden)',
  summary: 'Forslaget avgjøres etter at det er lagt fram.',
  when: resolved,
  messages: {
    nb: () => 'Forslaget kan ikke avgjøres før det er lagt fram',
    nn: () => 'Forslaget kan ikkje avgjerast før det er lagt fram',
  },
  check: ({ doc }) =>
    doc.resolution && Date.parse(doc.resolution.at) < Date.parse(doc.proposedAt)
      ? [at(['resolution', 'at'])]
      : [],
});

export const APPROVAL_RULES = [ownProposal, approverRoleMissing, otherAuthority, beforeProposal];
