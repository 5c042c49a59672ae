// Starts a process for the benchmark, waits until it answers, reads its memory, stops it.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

export type ServerProcess = {
  pid: number;
  origin: string;
  rssMB: () => number; // the whole tree started: for `npm run serve`, npm, the wrapper and the server
  serverRssMB: () => number; // the server alone (the descendant `server` names, with its children)
  cpuMs: () => number;
  stop: () => void;
};

export async function startProcess(
  command: string,
  args: string[],
  {
    port,
    env = {},
    readyPath = '/',
    server,
  }: { port: number; env?: Record<string, string>; readyPath?: string; server?: string },
): Promise<ServerProcess> {
  const child: ChildProcess = spawn(command, args, {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: 'ignore',
    detached: true, // its own process group, so stop() ends whatever it started too
  });
  const origin = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  for (let i = 0; i < 300; i += 1) {
    const ok = await fetch(`${origin}${readyPath}`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) {
      const serverPid = (server && descendantRunning(child.pid!, server)) || child.pid!;
      return {
        pid: child.pid!,
        origin,
        rssMB: () => treeRssMB(child.pid!),
        serverRssMB: () => treeRssMB(serverPid),
        cpuMs: () => treeCpuMs(child.pid!),
        stop,
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error(`${command} ${args.join(' ')} did not answer on ${origin}${readyPath}`);
}

const childrenOf = (pid: number) =>
  readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);

// The first process under `pid` whose command line contains `text` (e.g. scripts/serve.ts under npm).
export function descendantRunning(pid: number, text: string): number | null {
  try {
    for (const child of childrenOf(pid)) {
      if (readFileSync(`/proc/${child}/cmdline`, 'utf8').split('\0').join(' ').includes(text)) return child;
      const found = descendantRunning(child, text);
      if (found !== null) return found;
    }
  } catch {
    // gone meanwhile
  }
  return null;
}

// Resident memory of a process and its children (VmRSS from /proc), in MB.
export function treeRssMB(pid: number): number {
  let kb = 0;
  try {
    kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    return kb / 1024 + childrenOf(pid).reduce((sum, child) => sum + treeRssMB(child), 0);
  } catch {
    return kb / 1024;
  }
}

// CPU time (user + system) a process and its children have used so far, in ms. On a shared
// machine this, per request, says more than req/s: it does not depend on what else is running.
export function treeCpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15)
    return ticks * 10 + childrenOf(pid).reduce((sum, child) => sum + treeCpuMs(child), 0);
  } catch {
    return 0;
  }
}
