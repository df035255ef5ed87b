#!/usr/bin/env node
// Browser tests drive Debian's Chromium through playwright-core (Playwright cannot download its
// own browsers on machines without internet access). This makes sure it is there: it installs
// Debian's `chromium` (and CJK fonts, so screenshots of the Chinese and Japanese UI are legible)
// when running as root with apt-get, and otherwise says exactly what to install.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (!isRoot || !hasApt) {
  console.error(`Chromium not found at ${path}. Install Debian's package (sudo apt-get install -y chromium fonts-noto-cjk) or set CHROMIUM_PATH.`);
  process.exit(1);
}
console.error(`Chromium not found at ${path}: installing Debian's chromium package...`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-q', '--no-install-recommends', 'chromium', 'fonts-noto-cjk'], { stdio: 'inherit', env });
