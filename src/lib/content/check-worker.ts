// Checks (and for a build renders) batches of the content files for checkInParallel, in a thread of its own.
import { enableCompileCache } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { EditionPlace } from '../rehype-base-links.ts';
import type { CheckJob } from './check-in-parallel.ts';

const { jobs, next, renderFor, compileCache } = workerData as { jobs: CheckJob[]; next: Int32Array; renderFor?: EditionPlace; compileCache?: string };
// Node's compile cache, when the thread that started this one has it (npm run check): it is per thread,
// and must be on before the check's modules load, hence they are imported after.
if (compileCache) enableCompileCache(compileCache);
const { prepareBatches } = await import('./check-in-parallel.ts');
const { checkFile } = await import('./check-file.ts');
// The renderer (rehype and its plugins) is loaded only for a build.
const render = renderFor && (await import('./render-body.ts')).bodyRenderer(renderFor);
parentPort!.postMessage(prepareBatches(jobs, next, checkFile, render));
