import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const tmp = (): string => mkdtempSync(path.join(os.tmpdir(), 'sahayata-config-'));

describe('configuration', () => {
  it('defaults to the embedded database with demo data, and keeps a generated session secret', () => {
    const dir = tmp();
    const first = loadConfig({ SAHAYATA_DATA_DIR: dir });
    expect(first).toMatchObject({
      port: 3000,
      demo: true,
      database: { kind: 'pglite', dataDir: path.join(dir, 'db') },
    });
    expect(first.sessionSecret).toHaveLength(64);
    expect(loadConfig({ SAHAYATA_DATA_DIR: dir }).sessionSecret).toBe(first.sessionSecret);
  });

  it('uses PostgreSQL without demo data when DATABASE_URL is set', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://u@h/db',
      SESSION_SECRET: 'x'.repeat(32),
      SAHAYATA_DATA_DIR: tmp(),
    });
    expect(config).toMatchObject({ demo: false, database: { kind: 'postgres', url: 'postgres://u@h/db' } });
    expect(
      loadConfig({
        DATABASE_URL: 'postgres://u@h/db',
        SESSION_SECRET: 'x'.repeat(32),
        DEMO: '1',
        SAHAYATA_DATA_DIR: tmp(),
      }).demo,
    ).toBe(true);
  });

  it('lists every problem at once', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', PUBLIC_URL: 'not a url' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      for (const name of ['PORT', 'DATABASE_URL', 'LOG_LEVEL', 'PUBLIC_URL']) expect(problems).toContain(name);
    }
  });

  it('requires SESSION_SECRET with DATABASE_URL', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://u@h/db' })).toThrow(/SESSION_SECRET/);
  });

  it('keeps the demo on this machine unless HOST says otherwise; a real deployment listens everywhere', () => {
    expect(loadConfig({ SAHAYATA_DATA_DIR: tmp() }).host).toBe('127.0.0.1');
    expect(loadConfig({ SAHAYATA_DATA_DIR: tmp(), HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(
      loadConfig({ DATABASE_URL: 'postgres://u@h/db', SESSION_SECRET: 'x'.repeat(32), SAHAYATA_DATA_DIR: tmp() }).host,
    ).toBe('0.0.0.0');
  });

  it('refuses the demo in production and the simulator without the demo', () => {
    expect(() => loadConfig({ SAHAYATA_DATA_DIR: tmp(), NODE_ENV: 'production' })).toThrow(/DEMO is on/);
    expect(loadConfig({ SAHAYATA_DATA_DIR: tmp(), NODE_ENV: 'production', DEMO: '0' }).demo).toBe(false);
    expect(() =>
      loadConfig({
        DATABASE_URL: 'postgres://u@h/db',
        SESSION_SECRET: 'x'.repeat(32),
        SIMULATOR: '1',
        SAHAYATA_DATA_DIR: tmp(),
      }),
    ).toThrow(/SIMULATOR=1 needs demo mode/);
  });

  it('reads TRUST_PROXY as Fastify takes it: off, true, a hop count or addresses', () => {
    const with_ = (TRUST_PROXY?: string) =>
      loadConfig({ SAHAYATA_DATA_DIR: tmp(), ...(TRUST_PROXY === undefined ? {} : { TRUST_PROXY }) }).trustProxy;
    expect(with_()).toBe(false);
    expect(with_('true')).toBe(true);
    expect(with_('1')).toBe(1);
    expect(with_('10.0.0.0/8, 127.0.0.1')).toBe('10.0.0.0/8, 127.0.0.1');
    expect(() => with_('proxy.example.org')).toThrow(/TRUST_PROXY/);
  });
});
