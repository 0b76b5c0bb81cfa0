import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { stampedLine } from './phases.ts';
import { machineCpuTicks, otherLoad, readProcesses, treeTotals } from './process-tree.ts';

export interface MeasuredRun {
	exitCode: number | null;
	/** Wall-clock seconds from start to exit. */
	seconds: number;
	/** The highest summed RSS of the process tree over all samples; null where there is no /proc. */
	peakBytes: number | null;
	/** How many times the tree was sampled. */
	samples: number;
	/** The share of the machine's CPU that other processes used meanwhile (0-1); null where there is no /proc. */
	otherLoad: number | null;
}

/** Clock ticks per second of /proc's CPU times (USER_HZ): 100 on every common Linux. */
const ticksPerSecond = 100;

export interface CommandToMeasure {
	command: string;
	args: string[];
	cwd: string;
	env: NodeJS.ProcessEnv;
	/** Everything the command prints goes here, each line with the seconds since the start, so the benchmark's own output stays short and the phases can be read from it. */
	logFile: string;
	/** How often the process tree is sampled. */
	intervalMs?: number;
}

/**
 * Runs a command to its end and measures it: wall time, the peak of the summed resident memory of
 * its whole process tree, sampled from /proc every ~100 ms (a spike shorter than that can be
 * missed), and how much CPU other processes took meanwhile (a build elsewhere makes it slower).
 */
export function measureCommand({ command, args, cwd, env, logFile, intervalMs = 100 }: CommandToMeasure): Promise<MeasuredRun> {
	const canSample = existsSync('/proc/self/status') && existsSync('/proc/stat');
	const machineTicks = () => machineCpuTicks(readFileSync('/proc/stat', 'utf8'));
	const log = createWriteStream(logFile);
	const machineBefore = canSample ? machineTicks() : undefined;
	const ownBefore = process.cpuUsage();
	const started = performance.now();
	const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
	// stdout and stderr each keep their unfinished last line until the next chunk.
	for (const stream of [child.stdout, child.stderr]) {
		let pending = '';
		stream.setEncoding('utf8');
		stream.on('data', (chunk: string) => {
			const lines = (pending + chunk).split('\n');
			pending = lines.pop()!;
			const at = (performance.now() - started) / 1000;
			if (!log.writableEnded) for (const line of lines) log.write(`${stampedLine(at, line)}\n`);
		});
		stream.on('end', () => {
			if (pending && !log.writableEnded) log.write(`${stampedLine((performance.now() - started) / 1000, pending)}\n`);
		});
	}
	let peak = 0;
	let cpuTicks = 0;
	let samples = 0;
	const sample = () => {
		if (!canSample || child.pid === undefined) return;
		const totals = treeTotals(readProcesses(), child.pid);
		peak = Math.max(peak, totals.rssBytes);
		cpuTicks = Math.max(cpuTicks, totals.cpuTicks);
		samples += 1;
	};
	const timer = setInterval(sample, intervalMs);
	sample();
	return new Promise((resolve, reject) => {
		child.on('error', (error) => {
			clearInterval(timer);
			log.end();
			reject(error);
		});
		// The output ends after the exit ('close'); a process the command left behind may hold it
		// open, so the log is closed at 'close' or at the latest a few seconds after the exit.
		child.on('exit', (exitCode) => {
			clearInterval(timer);
			const seconds = (performance.now() - started) / 1000;
			// The benchmark's own sampling is not someone else's load.
			const own = process.cpuUsage(ownBefore);
			const ownTicks = ((own.user + own.system) / 1e6) * ticksPerSecond;
			const load = machineBefore ? otherLoad(machineBefore, machineTicks(), cpuTicks + ownTicks) : null;
			let done = false;
			const finish = () => {
				if (done) return;
				done = true;
				clearTimeout(latest);
				log.end(() => resolve({ exitCode, seconds, peakBytes: canSample ? peak : null, samples, otherLoad: load }));
			};
			const latest = setTimeout(finish, 5_000);
			if (child.stdout.readableEnded && child.stderr.readableEnded) finish();
			else child.on('close', finish);
		});
	});
}

/** The last lines of a log, to show why a command failed. */
export function tailOf(logFile: string, lines = 30): string {
	if (!existsSync(logFile)) return '';
	return readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}
