import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '@marketops/core';
import { lockDataDir } from './data-dir-lock';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'marketops-lock-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('lockDataDir', () => {
  it('refuses a directory held by another live process, naming it', async () => {
    const holder = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    try {
      await writeFile(path.join(dir, 'marketops.lock'), String(holder.pid));
      const error = await lockDataDir(dir).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('STORAGE_UNAVAILABLE');
      expect((error as DomainError).message).toContain(`process ${holder.pid}`);
    } finally {
      holder.kill('SIGKILL');
    }
  });

  it('takes over the lock of a process that died without releasing it (kill -9)', async () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    await writeFile(path.join(dir, 'marketops.lock'), dead.stdout);
    const lock = await lockDataDir(dir);
    expect(await readFile(path.join(dir, 'marketops.lock'), 'utf8')).toBe(String(process.pid));
    await lock.release();
  });

  it('is exclusive within a process too, and free again after release', async () => {
    const lock = await lockDataDir(dir);
    await expect(lockDataDir(dir)).rejects.toThrow(/already open in this process/);
    await lock.release();
    const again = await lockDataDir(dir);
    await again.release();
  });
});
