/** One versioned change of the event store's DuckDB schema. Migrations are append-only. */
export interface EventStoreMigration {
  /** Sortable, unique, never reused: `001-events`. */
  readonly id: string;
  readonly statements: readonly string[];
}
