// node-postgres exports its helpers as `pg/lib/utils`; @types/pg does not describe them.
declare module 'pg/lib/utils.js' {
  const utils: {
    /** How node-postgres turns a query parameter into PostgreSQL's text format, judged by its JavaScript type. */
    prepareValue(value: unknown): string | Buffer | null;
  };
  export default utils;
}
