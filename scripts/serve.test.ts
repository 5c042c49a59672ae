import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';

// An invalid PUBLIC_ORIGIN stops the server before it listens, with a message saying why, instead
// of a 500 on every page that names it.
it('refuses to start with a PUBLIC_ORIGIN that is not an http(s) URL', () => {
  for (const origin of ['ftp://trade.example.org', 'not a url']) {
    const run = spawnSync('npx', ['tsx', 'scripts/serve.ts'], {
      env: { ...process.env, PUBLIC_ORIGIN: origin, PORT: '0' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('PUBLIC_ORIGIN');
    expect(run.stdout).not.toContain('serving on');
  }
}, 120_000);
