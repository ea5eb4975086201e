export type SchemaObject = { [keyword: string]: unknown };
/** `false` accepts nothing; `true` and `{}` accept everything. */
export type SchemaNode = SchemaObject | false;

export function isObject(value: unknown): value is SchemaObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON with sorted keys, so equal schemas compare equal regardless of key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isObject(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

export function deepEqual(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

export function show(value: unknown): string {
  return JSON.stringify(value) ?? 'undefined';
}

export function childPointer(pointer: string, segment: string): string {
  return `${pointer}/${segment.replaceAll('~', '~0').replaceAll('/', '~1')}`;
}

/** Own-property read, so keys like `__proto__` or `constructor` in user schemas are safe. */
export function own(object: SchemaObject, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** Assignment that cannot hit the `__proto__` setter. */
export function setOwn(object: SchemaObject, key: string, value: unknown): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}
