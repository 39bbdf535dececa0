import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';

/**
 * Processes with the file open, read from /proc on Linux (empty elsewhere or when /proc hides
 * them). Only a hint for the message: it never decides anything.
 */
export function processesHolding(path: string): { pid: number; command: string }[] {
  if (!existsSync('/proc/self/fd')) return [];
  const targets = new Set([path, `${path}-journal`, `${path}-wal`]);
  const holders: { pid: number; command: string }[] = [];
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  for (const pid of pids) {
    if (Number(pid) === process.pid) continue;
    try {
      const fds = readdirSync(`/proc/${pid}/fd`);
      if (!fds.some((fd) => targets.has(safeReadlink(`/proc/${pid}/fd/${fd}`)))) continue;
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
        .split('\0')
        .filter(Boolean)
        .slice(0, 3)
        .join(' ')
        .replace(/\p{Cc}/gu, ' ')
        .slice(0, 120);
      holders.push({ pid: Number(pid), command: command || 'unknown' });
    } catch {
      // Another user's process, or one that ended meanwhile.
    }
  }
  return holders;
}

function safeReadlink(path: string): string {
  try {
    return readlinkSync(path);
  } catch {
    return '';
  }
}
