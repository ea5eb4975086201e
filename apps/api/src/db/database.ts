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
