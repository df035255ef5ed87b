import { mkdir, open, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { DomainError } from '@marketops/core';

/**
 * An exclusive lock on an embedded data directory. PGlite is a single-process database: a second
 * process opening the same files (a CLI command while the server runs) would corrupt them. The
 * lock file holds the owner's pid; a lock whose process is gone (after `kill -9`) is taken over,
 * so a crash never leaves the directory unusable.
 */
export interface DataDirLock {
  release(): Promise<void>;
}

export async function lockDataDir(dir: string): Promise<DataDirLock> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, 'marketops.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      let released = false;
      return {
        release: async () => {
          if (released) return;
          released = true;
          await rm(file, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number((await readFile(file, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner)) {
        throw new DomainError(
          'STORAGE_UNAVAILABLE',
          `the data directory ${dir} is in use by process ${owner} (a running MarketOps server?): stop it, use its HTTP API, or point this command at another --data-dir`,
        );
      }
      if (owner === process.pid) {
        throw new DomainError('STORAGE_UNAVAILABLE', `the data directory ${dir} is already open in this process`);
      }
      // Why: the owner died without cleaning up (kill -9, power loss); its lock means nothing now.
      await rm(file, { force: true });
    }
  }
  throw new DomainError('STORAGE_UNAVAILABLE', `could not lock the data directory ${dir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
