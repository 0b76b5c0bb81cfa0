// Checks (and for a build renders) a share of the content files for checkInParallel, in a thread of its own.
import { parentPort, workerData } from 'node:worker_threads';
import { prepare, type CheckJob, type CheckResult } from './check-in-parallel.ts';

const results = (workerData as CheckJob[]).map((job): CheckResult => {
	const { checked, html, lead } = prepare(job);
	// A thread can pass on data, not the function that locates fields; checked-files.ts makes it again.
	const { locate: _locate, ...sendable } = checked;
	return { checked: sendable, html, lead };
});
parentPort!.postMessage(results);
