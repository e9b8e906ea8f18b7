// Starts the real, built server the way `npm start` does, on a free port with a fresh database.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';

export interface RunningServer {
  baseUrl: string;
  stop: () => Promise<void>;
}

const readyTimeoutMs = 90_000;

async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  if (address === null || typeof address === 'string') throw new Error('could not find a free port');
  return address.port;
}

async function isReady(baseUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(2_000) });
    return response.status === 200;
  } catch {
    return false;
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

export async function startServer(options: { root: string; dataDir: string }): Promise<RunningServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // A developer's DATABASE_URL must not point the tests at a real database.
  const inherited = { ...process.env };
  delete inherited.DATABASE_URL;
  const child = spawn(process.execPath, ['bin/sahayata.mjs', 'start'], {
    cwd: options.root,
    env: {
      ...inherited,
      PORT: String(port),
      HOST: '127.0.0.1',
      SAHAYATA_DATA_DIR: options.dataDir,
      DEMO: '1',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Kept so a failed start can say why; warnings and errors are printed as they come.
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', (chunk: Buffer) => {
    collect(chunk);
    process.stderr.write(chunk);
  });

  const deadline = Date.now() + readyTimeoutMs;
  while (!(await isReady(baseUrl))) {
    if (child.exitCode !== null) {
      throw new Error(`the server exited (code ${child.exitCode}) before it was ready:\n${output}`);
    }
    if (Date.now() > deadline) {
      await stopChild(child);
      throw new Error(`the server was not ready within ${readyTimeoutMs / 1000} s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { baseUrl, stop: () => stopChild(child) };
}
