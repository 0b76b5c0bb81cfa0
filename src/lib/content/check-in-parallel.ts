import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { collectionNames, collections, type CollectionName } from '../../schemas/collections.ts';
import { isCached, type CheckCache } from './check-cache.ts';
import { checkedBefore, checkFile, type CheckedFile, type CheckFile } from './checked-files.ts';
import { bodyRenderer, type RenderedBody } from './render-body.ts';
import type { EditionPlace } from '../rehype-base-links.ts';
import { displayPath, listCollectionFiles, readContentText } from './content-files.ts';

/** One file for a worker to check. */
export interface CheckJob {
	name: CollectionName;
	text: string;
	file: string;
}

/** What a worker sends back for one file: its check and, for a build, its rendered body. */
export interface CheckResult extends CheckedFile {
	rendered?: RenderedBody;
}

/** Checks a share of the files and, for a build, renders their bodies; on a worker or on this thread alike. */
export function prepare(jobs: CheckJob[], renderFor?: EditionPlace): CheckResult[] {
	const render = renderFor && bodyRenderer(renderFor);
	return jobs.map(({ name, text, file }) => {
		// A thread can pass on data, not the function that locates fields; checked-files.ts makes it again.
		const { locate: _locate, ...checked } = checkFile(name, text, file);
		const rendered = render && checked.data && collections[name].format === 'mdx' ? render(checked.body) : undefined;
		return { name, text, file, checked, rendered };
	});
}

/** What the parallel check hands the reader: how to check a file (looked up when done before), and the bodies rendered. */
export interface Prepared {
	check: CheckFile;
	/** Rendered bodies by their text: identical bodies render alike. */
	rendered: Map<string, RenderedBody>;
}

/** Below this many files, starting a thread (≈0.4 s to load the parsers) costs more than it saves. */
const filesWorthAThread = 400;

/**
 * Checking a file is pure and costs about a millisecond (parsing YAML and MDX), so with thousands
 * of interpretations the check is spread over the machine's cores before the handbook is read:
 * this thread and one worker per further core each check a share. The reader then looks each file
 * up (`check`) and gives the same answers and messages as checking them one by one. A build also
 * has the bodies rendered there (`renderFor`). Should a worker fail, its files are simply checked
 * and rendered again when they are read. A small handbook is read by the check itself.
 * Files whose check is in the `cache` (check-cache.ts) are left to the reader, which finds them there.
 */
export async function checkInParallel(
	contentFolder: string,
	{ renderFor, threads = availableParallelism(), cache }: { renderFor?: EditionPlace; threads?: number; cache?: CheckCache } = {},
): Promise<Prepared> {
	const files = collectionNames.flatMap((name) => filesOf(name, contentFolder));
	if (Math.min(threads, Math.floor(files.length / filesWorthAThread)) < 2) return { check: checkFile, rendered: new Map() };
	const jobs = files.flatMap(({ name, absolutePath, file }): CheckJob[] => {
		const { text } = readContentText(absolutePath, file);
		return text === undefined || (cache && isCached(cache, name, text, file)) ? [] : [{ name, text, file }];
	});
	const shares = Math.min(threads, Math.floor(jobs.length / filesWorthAThread));
	if (shares < 2) return { check: checkFile, rendered: new Map() };
	const size = Math.ceil(jobs.length / shares);
	const [own, ...others] = Array.from({ length: shares }, (_, index) => jobs.slice(index * size, (index + 1) * size));
	const working = others.map((share) => checkInWorker(share, renderFor));
	const results = [prepare(own!, renderFor), ...(await Promise.all(working))].flatMap((share) => share ?? []);
	const rendered = new Map<string, RenderedBody>();
	for (const result of results) if (result.rendered) rendered.set(result.checked.body, result.rendered);
	return { check: checkedBefore(results), rendered };
}

function filesOf(name: CollectionName, contentFolder: string) {
	const folder = join(contentFolder, collections[name].directory);
	return listCollectionFiles(folder).map((path) => {
		const absolutePath = join(folder, path);
		return { name, absolutePath, file: displayPath(absolutePath) };
	});
}

/** The results of a share, or nothing when the worker could not do them. */
function checkInWorker(jobs: CheckJob[], renderFor?: EditionPlace): Promise<CheckResult[] | undefined> {
	return new Promise((resolve) => {
		// Without the parent's flags: a profiler's --cpu-prof would stop the worker from starting.
		const worker = new Worker(new URL('./check-worker.ts', import.meta.url), { workerData: { jobs, renderFor: renderFor && { base: renderFor.base, basePath: renderFor.basePath } }, execArgv: [] });
		worker.once('message', (results: CheckResult[]) => {
			resolve(results);
			void worker.terminate();
		});
		worker.once('error', () => resolve(undefined));
		worker.once('exit', () => resolve(undefined));
	});
}
