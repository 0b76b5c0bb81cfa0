import { getCompileCacheDir } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { collectionNames, collections, type CollectionName } from '../../schemas/collections.ts';
import { cachedCheck, rememberCheck, rememberRender, storedCheck, storedRender, type CheckCache } from './check-cache.ts';
import { checkedBefore, checkFieldsOnly, type CheckedFile, type CheckFile } from './checked-files.ts';
import type { BodyRenderer, RenderedBody } from './render-body.ts';
import type { EditionPlace } from '../rehype-base-links.ts';
import { displayPathIn, listCollectionFiles, pathIn, readContentText, type ReadText } from './content-files.ts';

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

/**
 * Files a thread takes from the shared list at a time: a few tens of milliseconds of work, so the
 * threads run out within that of each other, and taking a batch (one atomic add) costs nothing.
 */
const batchSize = 25;

/**
 * Checks the files with `checkFile` (check-file.ts) and, for a build, renders their bodies
 * (`render`); on a worker or on this thread alike. Every thread is given all jobs and takes the
 * next batch from the counter they share (`next`) until none is left: a thread that starts later
 * (a worker first loads the parsers) or runs slower simply does fewer, and no thread waits long
 * for another at the end, as with a fixed share each.
 */
export function prepareBatches(jobs: CheckJob[], next: Int32Array, checkFile: CheckFile, render?: BodyRenderer): CheckResult[] {
	const results: CheckResult[] = [];
	for (let start = Atomics.add(next, 0, batchSize); start < jobs.length; start = Atomics.add(next, 0, batchSize)) {
		for (const { name, text, file } of jobs.slice(start, start + batchSize)) {
			// A thread can pass on data, not the function that locates fields; checked-files.ts makes it again.
			const { locate: _locate, tree, ...checked } = checkFile(name, text, file, { keepTree: render !== undefined });
			const rendered = render && rendersBody(name, checked) ? render(checked.body, tree) : undefined;
			results.push({ name, text, file, checked, rendered });
		}
	}
	return results;
}

/** A build renders the body of each valid MDX file. */
const rendersBody = (name: CollectionName, checked: CheckedFile['checked']) => checked.data !== undefined && collections[name].format === 'mdx';

/** A new counter for `prepareBatches`, shared with the workers it is given to. */
const sharedCounter = () => new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));

/** What the parallel check hands the reader: how to check a file (looked up when done before), and the bodies rendered. */
export interface Prepared {
	check: CheckFile;
	/** How to read a file: as read here already, or from the disk. */
	read: ReadText;
	/** Rendered bodies by their text: identical bodies render alike. */
	rendered: Map<string, RenderedBody>;
}

/** Below this many files, starting a thread (≈0.4 s to load the parsers) costs more than it saves. */
const filesWorthAThread = 400;

/** The check of a file afresh, loaded only when a file must be checked: it brings the MDX parser (check-file.ts). */
const freshCheck = async () => (await import('./check-file.ts')).checkFile;

/**
 * Checking a file is pure and costs about a millisecond (parsing YAML and MDX), so with thousands
 * of interpretations the check is spread over the machine's cores before the handbook is read:
 * this thread and one worker per further core take batches of the files until all are done. The
 * reader then looks each file up (`check`) and gives the same answers and messages as checking
 * them one by one. A build also has the bodies rendered there (`renderFor`). Should a worker fail,
 * the files it took are simply checked and rendered again when they are read. A small handbook is
 * read by the check itself.
 * With a `cache` (check-cache.ts), a file whose check (and for a build its rendered body) is stored
 * there is not checked again, and what is checked is stored. Every file is then read and looked up
 * first, so that the MDX parser is loaded only when one is not there; the published versions'
 * frozen files are checked for their fields only, which needs no parser. A build with a cache
 * checks and renders the few files not stored here, on this thread, so all is stored when the
 * reader is done.
 */
export async function checkInParallel(
	contentFolder: string,
	{ renderFor, threads = availableParallelism(), cache }: { renderFor?: EditionPlace; threads?: number; cache?: CheckCache } = {},
): Promise<Prepared> {
	const files = collectionNames.flatMap((name) => filesOf(name, contentFolder));
	const threadsFor = (count: number) => Math.min(threads, Math.floor(count / filesWorthAThread));
	if (!cache && threadsFor(files.length) < 2) return { check: await freshCheck(), read: readContentText, rendered: new Map() };
	const texts = new Map<string, string>();
	const stored: CheckedFile[] = [];
	const rendered = new Map<string, RenderedBody>();
	const jobs = files.flatMap(({ name, absolutePath, file }): CheckJob[] => {
		const { text } = readContentText(absolutePath, file);
		if (text === undefined) return [];
		texts.set(absolutePath, text);
		const checked = cache && storedCheck(cache, name, text, file);
		const needsHtml = checked && renderFor && rendersBody(name, checked);
		const html = cache && needsHtml ? storedRender(cache, checked.body, renderFor) : undefined;
		if (!checked || (needsHtml && !html)) return [{ name, text, file }];
		stored.push({ name, text, file, checked });
		if (html) rendered.set(checked.body, html);
		return [];
	});
	// The reader takes each text as read here: every file is read once.
	const read: ReadText = (absolutePath, file) => {
		const text = texts.get(absolutePath);
		return text === undefined ? readContentText(absolutePath, file) : { text, errors: [] };
	};
	// What is not looked up is checked afresh (and remembered): with every file of this folder in the
	// cache, that is only the fields of a published version's frozen files (a file that appears in
	// the folder after this listing would be refused by checkFieldsOnly: run the check again).
	const otherwiseWith = (checkFile: CheckFile) => (cache ? cachedCheck(cache, checkFile) : checkFile);
	const using = threadsFor(jobs.length);
	if (jobs.length === 0 || (using < 2 && !renderFor)) {
		const checkFile = jobs.length > 0 || !cache ? await freshCheck() : checkFieldsOnly;
		return { check: checkedBefore(stored, otherwiseWith(checkFile)), read, rendered };
	}
	const next = sharedCounter();
	// The workers start before this thread loads the parser and takes its first batch.
	const working = Array.from({ length: Math.max(0, using - 1) }, () => checkInWorker(jobs, next, renderFor));
	const checkFile = await freshCheck();
	const otherwise = otherwiseWith(checkFile);
	const render = renderFor && (await import('./render-body.ts')).bodyRenderer(renderFor);
	const results = [prepareBatches(jobs, next, checkFile, render), ...(await Promise.all(working))].flatMap((done) => done ?? []);
	for (const result of results) if (result.rendered) rendered.set(result.checked.body, result.rendered);
	if (cache) {
		for (const result of results) {
			rememberCheck(cache, result);
			if (renderFor && result.rendered) rememberRender(cache, result.checked.body, renderFor, result.rendered);
		}
	}
	return { check: checkedBefore([...stored, ...results], otherwise), read, rendered };
}

function filesOf(name: CollectionName, contentFolder: string) {
	const folder = join(contentFolder, collections[name].directory);
	const shown = displayPathIn(folder);
	return listCollectionFiles(folder).map((path) => ({ name, absolutePath: pathIn(folder, path), file: shown(path) }));
}

/** The results of the batches a worker took (`prepareBatches`), or nothing when it could not finish: its files are then checked when they are read. */
function checkInWorker(jobs: CheckJob[], next: Int32Array, renderFor?: EditionPlace): Promise<CheckResult[] | undefined> {
	return new Promise((resolve) => {
		// Without the parent's flags: a profiler's --cpu-prof would stop the worker from starting.
		const workerData = { jobs, next, renderFor: renderFor && { base: renderFor.base, basePath: renderFor.basePath }, compileCache: getCompileCacheDir() };
		const worker = new Worker(new URL('./check-worker.ts', import.meta.url), { workerData, execArgv: [] });
		worker.once('message', (results: CheckResult[]) => {
			resolve(results);
			void worker.terminate();
		});
		worker.once('error', () => resolve(undefined));
		worker.once('exit', () => resolve(undefined));
	});
}
