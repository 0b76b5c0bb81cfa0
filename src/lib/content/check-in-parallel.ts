import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { collectionNames, collections, type CollectionName } from '../../schemas/collections.ts';
import type { CheckedEntry } from './check-entry.ts';
import { checkedOnce, rememberChecked, type CheckedElsewhere } from './checked-files.ts';
import { leadOf, rememberLead } from './lead-of.ts';
import { rememberRendered, renderBody } from './render-body.ts';
import type { EditionPlace } from '../rehype-base-links.ts';
import { displayPath, listCollectionFiles, readContentText } from './content-files.ts';

/** One file for a worker to check. */
export interface CheckJob {
	name: CollectionName;
	text: string;
	file: string;
	/** For a build: where the edition whose pages will show the body is served, to render it for. */
	renderFor?: EditionPlace;
}

/** What a worker sends back for one file. */
export interface CheckResult {
	checked: CheckedElsewhere;
	html?: string;
	lead?: string;
}

/** Checks one file and, for a build, renders its body; on a worker or on this thread alike. */
export function prepare({ name, text, file, renderFor }: CheckJob): Omit<CheckResult, 'checked'> & { checked: CheckedEntry<CollectionName> } {
	const checked = checkedOnce(name, text, file);
	if (renderFor === undefined || !checked.data || collections[name].format !== 'mdx') return { checked };
	return { checked, html: renderBody(checked.body, renderFor), lead: leadOf(checked.body) };
}

/** Below this many files, starting a thread (≈0.4 s to load the parsers) costs more than it saves. */
const filesWorthAThread = 400;

/**
 * Checking a file is pure and costs about a millisecond (parsing YAML and MDX), so with thousands
 * of interpretations the check is spread over the machine's cores before the handbook is read:
 * this thread and one worker per further core each check a share, and every result is remembered
 * (checked-files.ts). Reading the handbook afterwards finds each file already checked and gives
 * the same answers and messages as checking them one by one. A build also has the bodies rendered
 * there (`renderFor`), so its pages only look them up. Should a worker fail, its files are simply
 * checked and rendered again when they are needed.
 */
export async function checkInParallel(contentFolder: string, { renderFor, threads = availableParallelism() }: { renderFor?: EditionPlace; threads?: number } = {}): Promise<void> {
	const files = collectionNames.flatMap((name) => filesOf(name, contentFolder));
	const shares = Math.min(threads, Math.floor(files.length / filesWorthAThread));
	// A small handbook is read once, by the check itself.
	if (shares < 2) return;
	const jobs = files.flatMap(({ name, absolutePath, file }): CheckJob[] => {
		const { text } = readContentText(absolutePath, file);
		return text === undefined ? [] : [{ name, text, file, renderFor }];
	});
	const size = Math.ceil(jobs.length / shares);
	const [own, ...others] = Array.from({ length: shares }, (_, index) => jobs.slice(index * size, (index + 1) * size));
	const working = others.map((share) => checkInWorker(share));
	for (const job of own!) prepare(job);
	const results = await Promise.all(working);
	others.forEach((share, index) => {
		share.forEach((job, at) => {
			const result = results[index]?.[at];
			if (!result) return;
			rememberChecked(job.name, job.text, job.file, result.checked);
			if (result.html !== undefined) rememberRendered(result.checked.body, job.renderFor!, result.html);
			if (result.lead !== undefined) rememberLead(result.checked.body, result.lead);
		});
	});
}

function filesOf(name: CollectionName, contentFolder: string) {
	const folder = join(contentFolder, collections[name].directory);
	return listCollectionFiles(folder).map((path) => {
		const absolutePath = join(folder, path);
		return { name, absolutePath, file: displayPath(absolutePath) };
	});
}

/** The results in the order of the jobs, or nothing when the worker could not do them. */
function checkInWorker(jobs: CheckJob[]): Promise<CheckResult[] | undefined> {
	return new Promise((resolve) => {
		// Without the parent's flags: a profiler's --cpu-prof would stop the worker from starting.
		const worker = new Worker(new URL('./check-worker.ts', import.meta.url), { workerData: jobs, execArgv: [] });
		worker.once('message', (results: CheckResult[]) => {
			resolve(results);
			void worker.terminate();
		});
		worker.once('error', () => resolve(undefined));
		worker.once('exit', () => resolve(undefined));
	});
}
