/**
 * The one query layer: the repositories speak SQL through this interface, whether the database is embedded
 * PGlite or a PostgreSQL server. Parameters are positional ($1, $2, …); JSON goes in as text cast to jsonb.
 */
export interface Queryable {
  query<R>(sql: string, params?: readonly unknown[]): Promise<{ rows: R[]; rowCount: number }>;
}

export interface Database extends Queryable {
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
  readonly kind: 'pglite' | 'postgres';
}

/** COMMIT of a transaction in which a statement failed answers ROLLBACK, not an error: the caller must not see success. */
export function rolledBack(): Error {
  return new Error('Transaksjonen ble rullet tilbake fordi en setning i den feilet.');
}

/**
 * Names for the statements a process sends, one per distinct SQL text, so each database session parses and plans
 * a statement once and then only binds and runs it. Past `max` distinct texts, new ones go unnamed (parsed every
 * time), so a stream of ad hoc SQL cannot grow the sessions without bound; the server has a few dozen.
 */
export function statementNames(max = 256): (sql: string) => string | undefined {
  const names = new Map<string, string>();
  return (sql) => {
    let name = names.get(sql);
    if (name === undefined && names.size < max) {
      name = `s${names.size + 1}`;
      names.set(sql, name);
    }
    return name;
  };
}
