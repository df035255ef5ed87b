/** One schema change, applied once per database in its own transaction. */
export interface Migration {
  /** Sortable and never renamed once released: it is what `schema_migrations` records. */
  readonly id: string;
  /** PostgreSQL statements; they must also run on PGlite. */
  readonly sql: string;
}
