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
