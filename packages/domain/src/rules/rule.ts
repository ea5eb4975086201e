import type { Call } from '../calls/call.js';
import type { RuleContext } from './context.js';
import { type PathSegment, type RuleIssue, toPointer } from './issue.js';

export type Params = Record<string, string | number>;

/** A rule's finding before it is turned into an issue: where, and the values the message needs. */
export interface Finding {
  path: PathSegment[];
  params?: Params;
}

export interface RuleMessages {
  nb: (p: Params) => string;
  nn: (p: Params) => string;
}

/** What a rule sees: the document, the call it belongs to, and whatever history the caller supplied. */
export interface RuleInput<T> {
  doc: T;
  call: Call | undefined;
  context: RuleContext;
}

/** A rule with a limit refuses one step past it: an amount, a date or a count. */
export type RuleLimit = 'amount' | 'date' | 'count';

export interface Rule<T> {
  code: string;
  /** The regulation's § or the call the rule comes from. */
  source: string;
  /** What the rule checks, in bokmål, for the generated rule catalogue. */
  summary: string;
  messages: RuleMessages;
  /** Where the rule has a limit, its kind: a valid golden fixture sits exactly at it (its `limits`). */
  limit?: RuleLimit;
  /** Context the rule cannot run without; when absent the rule is reported as not checked. */
  needs?: readonly (keyof RuleContext | 'call')[];
  /**
   * Whether the rule concerns this document, under the call it is judged by, at all; a rule that does not is
   * neither run nor reported.
   */
  when?: (input: RuleInput<T>) => boolean;
  /**
   * The findings, or NOT_CHECKED when the rule applies but what it needs to judge this document is not in the
   * data (a cap or deadline the sources do not give): reported as not checked, never as passed.
   */
  check: (input: RuleInput<T>) => Finding[] | typeof NOT_CHECKED;
}

/** What a rule's check returns when the data lack what it needs to judge the document. */
export const NOT_CHECKED = Symbol('not checked');

export function defineRule<T>(rule: Rule<T>): Rule<T> {
  return rule;
}

export function toIssue(
  rule: Pick<Rule<unknown>, 'code' | 'source' | 'messages'>,
  finding: Finding,
): RuleIssue {
  const params = finding.params ?? {};
  return {
    code: rule.code,
    path: toPointer(finding.path),
    message: rule.messages.nb(params),
    messageNn: rule.messages.nn(params),
    source: rule.source,
  };
}

/** Same text in both written standards: many short messages are. */
export const same = (f: (p: Params) => string): RuleMessages => ({ nb: f, nn: f });

export const at = (path: PathSegment[], params?: Params): Finding => (params ? { path, params } : { path });
