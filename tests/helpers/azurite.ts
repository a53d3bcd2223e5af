// Azurite (the Azure Storage emulator, an npm dev dependency) on a free loopback port, started and
// stopped by the tests themselves, with its data in a temporary folder.
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from './projectModel';
import { freePort } from './ports';

/** Azurite's well-known development account (public, documented by Microsoft; not a secret). */
const DEV_ACCOUNT = 'devstoreaccount1';
const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export function connectionString(port: number): string {
  // A non-default port must be named explicitly in BlobEndpoint.
  return `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};BlobEndpoint=http://127.0.0.1:${port}/${DEV_ACCOUNT};`;
}

export class Azurite {
  private child?: ChildProcess;
  port = 0;

  get connectionString(): string {
    return connectionString(this.port);
  }

  async start(port?: number): Promise<this> {
    this.port = port ?? await freePort();
    const location = fs.mkdtempSync(path.join(os.tmpdir(), 'azurite-'));
    this.child = spawn(path.join(ROOT, 'node_modules', '.bin', 'azurite-blob'), [
      '--blobHost', '127.0.0.1', '--blobPort', String(this.port), '--location', location, '--silent', '--disableTelemetry',
    ], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    this.child.stdout?.on('data', (d: Buffer) => { output += d.toString(); });
    this.child.stderr?.on('data', (d: Buffer) => { output += d.toString(); });
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) throw new Error(`azurite exited: ${output}`);
      if (await new Promise<boolean>((resolve) => {
        const socket = net.connect(this.port, '127.0.0.1', () => { socket.end(); resolve(true); });
        socket.on('error', () => resolve(false));
      })) return this;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`azurite did not start: ${output}`);
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  }
}
