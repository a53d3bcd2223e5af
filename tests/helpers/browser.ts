// Debian's Chromium, driven by playwright-core; never a downloaded browser. A machine without it
// skips the browser tests (and says so), except under CI=true, where a missing browser fails.
import * as fs from 'fs';
import { Browser, chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium off this machine's closed network and quiet in a container. */
const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export function chromiumAvailable(): boolean {
  const found = fs.existsSync(CHROMIUM_PATH);
  if (!found && process.env.CI === 'true') {
    throw new Error(`CI=true but there is no Chromium at ${CHROMIUM_PATH}: .ci/run installs it with apt-get (package chromium)`);
  }
  if (!found) process.stderr.write(`browser tests skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium fonts-wqy-microhei)\n`);
  return found;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS });
}

/** Where a test's screenshots go: docs/ when asked to refresh them, else a scratch folder. */
export function screenshotDir(scratch: string): string {
  return process.env.UPDATE_SCREENSHOTS === '1' ? `${__dirname}/../../docs` : scratch;
}
