/**
 * CPU time of finished child processes, for benchmarks on a shared machine,
 * where wall-clock time mostly measures the other jobs.
 */
import { readFileSync } from 'node:fs';

/** CPU milliseconds used so far by this process's waited-for children (Linux), or undefined. */
export function childrenCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[13]) + Number(fields[14]); // cutime, cstime
    return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return undefined;
  }
}
