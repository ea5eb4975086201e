import { type Branch, describeBranch, isTypeLevel, matchBranches, toBranches } from './branches.js';
import { diffConstraints } from './constraints.js';
import { breaking, compatible, unclassified } from './findings.js';
import { deepEqual, isObject, own, type SchemaNode, type SchemaObject } from './json.js';
import { isHandled } from './keywords.js';
import { resolve } from './resolve.js';
import { diffArray, diffObject, type Walker } from './structure.js';
import type { Finding, SchemaChange } from './types.js';

/** Deep enough for real documents; only pathological self-similar schemas get this far. */
const MAX_DEPTH = 64;

/** Compares two versions of one document type's schema. */
export function diffSchema(documentType: string, oldSchema: object, newSchema: object): SchemaChange[] {
  const walk = new Walk(documentType, oldSchema as SchemaObject, newSchema as SchemaObject);
  walk.node(oldSchema, newSchema, '');
  return walk.result();
}

/** Compares two sets of schemas keyed by document type, including removed and added types. */
export function diffSchemaSets(
  oldSet: Record<string, object>,
  newSet: Record<string, object>,
): SchemaChange[] {
  const names = [...new Set([...Object.keys(oldSet), ...Object.keys(newSet)])].sort();
  return names.flatMap((name): SchemaChange[] => {
    const [before, after] = [Object.hasOwn(oldSet, name), Object.hasOwn(newSet, name)];
    if (before && after) return diffSchema(name, oldSet[name] as object, newSet[name] as object);
    const change = before
      ? breaking('document-removed', `Document type '${name}' removed`)
      : compatible('document-added', `Document type '${name}' added`);
    return [{ documentType: name, pointer: '', ...change }];
  });
}

class Walk implements Walker {
  private readonly changes: SchemaChange[] = [];
  /** Branch pairs being compared further up; meeting one again means a recursive `$ref`. */
  private readonly active = new Set<string>();
  private readonly ids = new WeakMap<object, number>();
  private lastId = 0;
  private prefix = '';

  constructor(
    private readonly documentType: string,
    private readonly oldRoot: SchemaObject,
    private readonly newRoot: SchemaObject,
  ) {}

  result(): SchemaChange[] {
    const seen = new Set<string>();
    return this.changes.filter((c) => {
      const key = `${c.pointer}\u0000${c.kind}\u0000${c.message}`;
      return !seen.has(key) && seen.add(key);
    });
  }

  emit(pointer: string, finding: Finding): void {
    this.changes.push({
      documentType: this.documentType,
      pointer,
      ...finding,
      message: this.prefix + finding.message,
    });
  }

  withPrefix(prefix: string, fn: () => void): void {
    const outer = this.prefix;
    this.prefix = outer + prefix;
    try {
      fn();
    } finally {
      this.prefix = outer;
    }
  }

  node(oldSchema: unknown, newSchema: unknown, pointer: string): void {
    const [o, n] = [resolve(oldSchema, this.oldRoot), resolve(newSchema, this.newRoot)];
    this.diffUnionKeyword(o.node, n.node, pointer);
    const matching = matchBranches(toBranches(o, this.oldRoot), toBranches(n, this.newRoot));
    const lostAnything = matching.removed.some((b) => b.type === 'any');
    for (const branch of matching.removed) this.emit(pointer, lostBranch(branch, n.node));
    // Types newly listed after an untyped schema are a narrowing already reported, not a widening.
    if (!lostAnything) for (const branch of matching.added) this.emit(pointer, gainedBranch(branch));
    for (const [before, after] of matching.pairs) this.branch(before, after, pointer);
  }

  private branch(o: Branch, n: Branch, pointer: string): void {
    const key = `${this.id(o.identity)}:${o.type}|${this.id(n.identity)}:${n.type}`;
    if (this.active.has(key)) return;
    if (this.active.size >= MAX_DEPTH) {
      this.emit(pointer, unclassified('Schema nesting too deep to compare'));
      return;
    }
    this.active.add(key);
    try {
      if (this.diffType(o, n, pointer)) this.diffKeywords(o.schema, n.schema, pointer);
    } finally {
      this.active.delete(key);
    }
  }

  /** Reports a changed type; false when the rest of the two schemas is not comparable. */
  private diffType(o: Branch, n: Branch, pointer: string): boolean {
    if (o.type === n.type) return true;
    if (n.type === 'any' || (o.type === 'integer' && n.type === 'number')) {
      this.emit(
        pointer,
        compatible('type-widened', `Type widened from ${o.type} to ${n.type}`, o.type, n.type),
      );
      return true;
    }
    const integral = o.type === 'number' && n.type === 'integer';
    const message = `Type ${integral ? 'narrowed' : 'changed'} from ${o.type} to ${n.type}`;
    this.emit(pointer, breaking('type-narrowed', message, o.type, n.type));
    return integral;
  }

  private diffKeywords(o: SchemaObject, n: SchemaObject, pointer: string): void {
    for (const f of diffConstraints(o, n)) this.emit(pointer, f);
    diffObject(this, o, n, pointer);
    diffArray(this, o, n, pointer);
    this.diffAllOf(own(o, 'allOf'), own(n, 'allOf'), pointer);
    const keys = new Set([...Object.keys(o), ...Object.keys(n)].filter((key) => !isHandled(key)));
    for (const key of keys) {
      const [before, after] = [own(o, key), own(n, key)];
      const message = `Keyword '${key}' changed and cannot be classified`;
      if (!deepEqual(before, after)) this.emit(pointer, unclassified(message, before, after));
    }
  }

  /** `allOf` left unmerged (conflicting members) is compared member by member. */
  private diffAllOf(before: unknown, after: unknown, pointer: string): void {
    if (deepEqual(before, after)) return;
    if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
      for (const [i, member] of before.entries()) this.node(member, after[i], pointer);
      return;
    }
    this.emit(pointer, unclassified("Keyword 'allOf' changed and cannot be classified", before, after));
  }

  /** oneOf rejects documents matching several branches, so anyOf → oneOf can narrow. */
  private diffUnionKeyword(o: SchemaNode, n: SchemaNode, pointer: string): void {
    const kind = (node: SchemaNode) => (isObject(node) && Array.isArray(node.anyOf) ? 'anyOf' : 'oneOf');
    const unions = isObject(o) && isObject(n) && (o.anyOf ?? o.oneOf) && (n.anyOf ?? n.oneOf);
    if (!unions || kind(o) === kind(n)) return;
    this.emit(
      pointer,
      kind(n) === 'oneOf'
        ? breaking(
            'union-narrowed',
            'anyOf became oneOf; documents matching several branches are now rejected',
          )
        : compatible('union-widened', 'oneOf became anyOf'),
    );
  }

  private id(identity: object | undefined): number | string {
    if (identity === undefined) return '-';
    const known = this.ids.get(identity);
    if (known !== undefined) return known;
    this.ids.set(identity, ++this.lastId);
    return this.lastId;
  }
}

function lostBranch(branch: Branch, now: SchemaNode): Finding {
  const rejectsAll = now === false ? ' (schema now rejects everything)' : '';
  if (branch.type === 'any')
    return breaking('type-narrowed', `Type narrowed: no longer accepts any value${rejectsAll}`);
  return isTypeLevel(branch)
    ? breaking('type-narrowed', `Type narrowed: no longer accepts ${describeBranch(branch)}${rejectsAll}`)
    : breaking('union-narrowed', `Union branch removed: ${describeBranch(branch)}${rejectsAll}`);
}

function gainedBranch(branch: Branch): Finding {
  return isTypeLevel(branch)
    ? compatible('type-widened', `Type widened: now also accepts ${describeBranch(branch)}`)
    : compatible('union-widened', `Union branch added: ${describeBranch(branch)}`);
}
