import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The memory of a build is the memory of its whole process tree: scripts/build.ts starts one
 * `astro build` per edition, and Pagefind runs as a process of its own. This reads the resident
 * set size (VmRSS) of every process from /proc and sums a tree. Pages shared between processes
 * (the Node binary, libraries) count once per process, so the sum errs on the high side.
 */
export interface ProcessSample {
	pid: number;
	ppid: number;
	/** Resident set size in bytes. */
	rssBytes: number;
	/** CPU time of the process and of its children that have ended, in clock ticks. */
	cpuTicks: number;
}

/** Parent pid and CPU ticks from the text of /proc/<pid>/stat. The command name may hold spaces and parentheses, so read after the last ')'. */
export function parseStat(statText: string): { ppid: number; cpuTicks: number } | undefined {
	// After the name: state, ppid, …, then utime, stime, cutime, cstime as fields 14-17 of the line.
	const fields = statText.slice(statText.lastIndexOf(')') + 2).trim().split(/\s+/);
	const ppid = Number(fields[1]);
	const cpu = fields.slice(11, 15).map(Number);
	if (!Number.isInteger(ppid) || cpu.length < 4 || cpu.some((ticks) => !Number.isFinite(ticks))) return undefined;
	return { ppid, cpuTicks: cpu.reduce((sum, ticks) => sum + ticks, 0) };
}

/** The resident set size in bytes from the text of /proc/<pid>/status; 0 for a process without one (a zombie, a kernel thread). */
export function rssBytesOf(statusText: string): number {
	const kilobytes = /^VmRSS:\s+(\d+)\s+kB$/m.exec(statusText)?.[1];
	return kilobytes ? Number(kilobytes) * 1024 : 0;
}

/** Every process visible in a /proc-like folder. A process that ends while it is read is skipped. */
export function readProcesses(procDir = '/proc'): ProcessSample[] {
	const samples: ProcessSample[] = [];
	for (const name of readdirSync(procDir)) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = parseStat(readFileSync(join(procDir, name, 'stat'), 'utf8'));
			if (!stat) continue;
			samples.push({ pid: Number(name), ...stat, rssBytes: rssBytesOf(readFileSync(join(procDir, name, 'status'), 'utf8')) });
		} catch {
			// Gone between listing and reading.
		}
	}
	return samples;
}

/** The summed resident memory and CPU ticks of `root` and all its descendants. */
export function treeTotals(processes: ProcessSample[], root: number): { rssBytes: number; cpuTicks: number } {
	const children = Map.groupBy(processes, (process) => process.ppid);
	const byPid = new Map(processes.map((process) => [process.pid, process]));
	const totals = { rssBytes: 0, cpuTicks: 0 };
	const seen = new Set<number>();
	const pending = [root];
	while (pending.length > 0) {
		const pid = pending.pop()!;
		if (seen.has(pid)) continue;
		seen.add(pid);
		totals.rssBytes += byPid.get(pid)?.rssBytes ?? 0;
		totals.cpuTicks += byPid.get(pid)?.cpuTicks ?? 0;
		for (const child of children.get(pid) ?? []) pending.push(child.pid);
	}
	return totals;
}

/** Busy and total CPU ticks of the whole machine from the text of /proc/stat. */
export function machineCpuTicks(statText: string): { busy: number; total: number } {
	const [, ...ticks] = (/^cpu\s+(.*)$/m.exec(statText)?.[0] ?? 'cpu').trim().split(/\s+/);
	const values = ticks.map(Number);
	// user nice system idle iowait irq softirq steal (guest time is already in user).
	const total = values.slice(0, 8).reduce((sum, value) => sum + value, 0);
	const idle = (values[3] ?? 0) + (values[4] ?? 0);
	return { busy: total - idle, total };
}

/**
 * The share of the machine's CPU that other processes used while a command ran: what a benchmark
 * needs to say when someone else was building at the same time. 0 when nothing else ran.
 */
export function otherLoad(machineBefore: { busy: number; total: number }, machineAfter: { busy: number; total: number }, commandTicks: number): number {
	const total = machineAfter.total - machineBefore.total;
	if (total <= 0) return 0;
	return Math.max(0, (machineAfter.busy - machineBefore.busy - commandTicks) / total);
}
