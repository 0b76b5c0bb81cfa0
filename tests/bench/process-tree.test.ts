import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { measureCommand } from '../../scripts/bench/measure-command.ts';
import { machineCpuTicks, otherLoad, parseStat, readProcesses, treeTotals } from '../../scripts/bench/process-tree.ts';

function temporaryFolder(prefix: string): string {
	const folder = mkdtempSync(join(tmpdir(), prefix));
	onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
	return folder;
}

/** A /proc-like folder: per process a stat line (name, parent, CPU ticks) and a status with VmRSS. */
function fakeProc(processes: { pid: number; ppid: number; name?: string; rssKb?: number; ticks?: number }[]): string {
	const proc = temporaryFolder('bench-proc-');
	for (const { pid, ppid, name = 'node', rssKb, ticks = 0 } of processes) {
		mkdirSync(join(proc, String(pid)));
		// pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime …
		writeFileSync(join(proc, String(pid), 'stat'), `${pid} (${name}) S ${ppid} ${pid} ${pid} 0 -1 4194304 10 0 0 0 ${ticks} 0 0 0 20 0 1 0\n`);
		writeFileSync(join(proc, String(pid), 'status'), `Name:\t${name}\nState:\tS\n${rssKb === undefined ? '' : `VmRSS:\t  ${rssKb} kB\n`}Threads:\t1\n`);
	}
	mkdirSync(join(proc, 'self'));
	return proc;
}

describe('the memory of a process tree', () => {
	test('sums the resident memory of a process and all its descendants, and of nothing else', () => {
		const proc = fakeProc([
			{ pid: 1, ppid: 0, name: 'init', rssKb: 5_000 },
			{ pid: 100, ppid: 1, name: 'node', rssKb: 100_000, ticks: 10 },
			{ pid: 101, ppid: 100, name: 'node astro.mjs', rssKb: 600_000, ticks: 300 },
			// A name with spaces and parentheses must not shift the fields.
			{ pid: 102, ppid: 101, name: 'pagefind) (x', rssKb: 50_000, ticks: 40 },
			{ pid: 103, ppid: 100, name: 'zombie' },
			{ pid: 200, ppid: 1, name: 'someone else', rssKb: 900_000, ticks: 5_000 },
		]);
		const processes = readProcesses(proc);
		expect(processes.map((process) => process.pid).sort((a, b) => a - b)).toEqual([1, 100, 101, 102, 103, 200]);
		expect(treeTotals(processes, 100)).toEqual({ rssBytes: 750_000 * 1024, cpuTicks: 350 });
		expect(treeTotals(processes, 101).rssBytes).toBe(650_000 * 1024);
		expect(treeTotals(processes, 999)).toEqual({ rssBytes: 0, cpuTicks: 0 });
	});

	test('a process that ends while /proc is read is skipped', () => {
		const proc = fakeProc([{ pid: 100, ppid: 1, rssKb: 1_000 }]);
		mkdirSync(join(proc, '555')); // listed, but its files are already gone
		expect(readProcesses(proc).map((process) => process.pid)).toEqual([100]);
	});

	test('reads the parent and CPU time after the last parenthesis of the name', () => {
		expect(parseStat('42 (a) b) R 7 42 42 0 -1 0 0 0 0 0 11 22 33 44 20 0')).toEqual({ ppid: 7, cpuTicks: 110 });
		expect(parseStat('garbage')).toBeUndefined();
	});

	test('the CPU other processes used is what the machine did beyond the measured command', () => {
		const before = machineCpuTicks('cpu  100 0 50 800 50 0 0 0 0 0\ncpu0 1 2 3\n');
		const after = machineCpuTicks('cpu  400 0 150 1300 50 0 0 0 0 0\n');
		expect(before).toEqual({ busy: 150, total: 1000 });
		expect(after).toEqual({ busy: 550, total: 1900 });
		expect(otherLoad(before, after, 400)).toBe(0);
		expect(otherLoad(before, after, 220)).toBeCloseTo(180 / 900);
	});
});

describe('measuring a command', () => {
	test.runIf(process.platform === 'linux')('the peak counts a grandchild that holds memory, and the time is wall time', async () => {
		const folder = temporaryFolder('bench-measure-');
		const megabytes = 200;
		// The command starts a child, which holds a filled buffer for a while: the parent alone stays small.
		const child = `const b = Buffer.alloc(${megabytes} * 1024 * 1024, 1); setTimeout(() => console.log(b[0]), 800);`;
		const parent = `require('node:child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(child)}], { stdio: 'inherit' });`;
		const run = await measureCommand({ command: process.execPath, args: ['-e', parent], cwd: folder, env: process.env, logFile: join(folder, 'log') });
		expect(run.exitCode).toBe(0);
		expect(run.seconds).toBeGreaterThan(0.8);
		expect(run.samples).toBeGreaterThan(3);
		expect(run.peakBytes).toBeGreaterThan(megabytes * 1024 * 1024);
		expect(run.otherLoad).toBeGreaterThanOrEqual(0);
		// The child's output is in the log, stamped with the seconds since the start (after its 0.8 s wait).
		const [line] = readFileSync(join(folder, 'log'), 'utf8').trimEnd().split('\n');
		expect(line).toMatch(/^\[\s*\d+\.\d{3}\] 1$/);
		expect(Number(/\d+\.\d+/.exec(line!)![0])).toBeGreaterThan(0.8);
	});
});
