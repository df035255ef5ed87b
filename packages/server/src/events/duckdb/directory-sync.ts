import { open, stat } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Makes new files of a DuckDB database durable in their directory.
 *
 * Why: DuckDB fsyncs the WAL on every COMMIT (verified with strace: `write` then `fsync` of
 * `<db>.wal` before COMMIT returns) but never the directory. After each checkpoint it deletes the
 * WAL and the next commit creates a new one; on a power loss, a file whose directory entry was
 * never synced can vanish with its contents on some file systems. A process crash (`kill -9`) is
 * not concerned: the page cache survives it.
 *
 * Cost: a `stat` per commit, and a directory fsync only when the WAL is a new file. Sound because
 * only this store's commits checkpoint (DuckDB checkpoints at COMMIT once the WAL passes 16 MiB,
 * and on close), and each commit is followed by {@link afterCommit}, which sees the WAL gone.
 */
export class DirectorySync {
  readonly #walPath: string;
  readonly #directory: string;
  #syncedWalInode: number | null = null;

  constructor(databasePath: string) {
    this.#walPath = `${databasePath}.wal`;
    this.#directory = dirname(databasePath);
  }

  /** Syncs the directory once, for the database file DuckDB may just have created. */
  async afterOpen(): Promise<void> {
    await this.#syncDirectory();
  }

  /** After a COMMIT: syncs the directory when the WAL is a file not synced into it yet. */
  async afterCommit(): Promise<void> {
    let inode: number;
    try {
      inode = (await stat(this.#walPath)).ino;
    } catch (error) {
      // No WAL: the commit checkpointed into the database file, which DuckDB fsynced. Forget the
      // old inode: the next WAL is a new file even if the file system reuses the number.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        this.#syncedWalInode = null;
        return;
      }
      throw error;
    }
    if (inode === this.#syncedWalInode) return;
    await this.#syncDirectory();
    this.#syncedWalInode = inode;
  }

  async #syncDirectory(): Promise<void> {
    const handle = await open(this.#directory, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  }
}
