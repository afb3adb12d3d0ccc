import { readdirSync, readFileSync } from 'node:fs';

/** CPU seconds used while a piece of work ran, by whom. Off Linux, all but `node` are NaN. */
export interface CpuUse {
  /** This process (every thread of it). */
  node: number;
  /** PostgreSQL's processes (backends, WAL writer, checkpointer...) that lived through the work. */
  postgres: number;
  /** The Kafka broker (a `java` process). */
  broker: number;
  /** Every core's working time: the above, and anything else running. */
  machine: number;
}

/** Linux's USER_HZ, the unit of /proc (`getconf CLK_TCK`); 100 on every kernel we run on. */
export const TICKS_PER_SECOND = 100;

/** Starts measuring; the returned function gives the CPU used since. */
export function startCpuMeter(): () => CpuUse {
  const node = process.cpuUsage();
  const before = systemTicks();
  return () => {
    const used = process.cpuUsage(node);
    const after = systemTicks();
    return {
      node: (used.user + used.system) / 1e6,
      postgres: processSeconds(before.byProcess, after.byProcess, 'postgres'),
      broker: processSeconds(before.byProcess, after.byProcess, 'java'),
      machine: (after.machine - before.machine) / TICKS_PER_SECOND,
    };
  };
}

interface SystemTicks {
  machine: number;
  /** user + system ticks by pid, with the program's name. */
  byProcess: Map<number, { program: string; ticks: number }>;
}

function systemTicks(): SystemTicks {
  const byProcess = new Map<number, { program: string; ticks: number }>();
  try {
    const stat = readFileSync('/proc/stat', 'utf8');
    // The first line sums all cores; idle, iowait and steal are left out.
    const [user, nice, system, , , irq, softirq] = stat.slice(0, stat.indexOf('\n')).split(/\s+/).slice(1).map(Number);
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const ticks = processTicks(entry);
      if (ticks) byProcess.set(Number(entry), ticks);
    }
    return { machine: user + nice + system + irq + softirq, byProcess };
  } catch {
    return { machine: Number.NaN, byProcess }; // not Linux
  }
}

/** `comm` and utime + stime from /proc/<pid>/stat; undefined if the process is gone already. */
export function processTicks(pid: string): { program: string; ticks: number } | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The name is in parentheses and may hold spaces; fields after it start with the state (field 3).
  const close = stat.lastIndexOf(')');
  const fields = stat.slice(close + 2).split(' ');
  return { program: stat.slice(stat.indexOf('(') + 1, close), ticks: Number(fields[11]) + Number(fields[12]) };
}

/** CPU of a program's processes alive at both ends (short-lived ones are counted in `machine` only). */
function processSeconds(before: SystemTicks['byProcess'], after: SystemTicks['byProcess'], program: string): number {
  if (after.size === 0) return Number.NaN;
  let ticks = 0;
  for (const [pid, now] of after) {
    const then = before.get(pid);
    if (now.program === program && then?.program === program) ticks += now.ticks - then.ticks;
  }
  return ticks / TICKS_PER_SECOND;
}
