// Checks (and for a build renders) a share of the content files for checkInParallel, in a thread of its own.
import { parentPort, workerData } from 'node:worker_threads';
import type { EditionPlace } from '../rehype-base-links.ts';
import { prepare, type CheckJob } from './check-in-parallel.ts';

const { jobs, renderFor } = workerData as { jobs: CheckJob[]; renderFor?: EditionPlace };
// The renderer (rehype and its plugins) is loaded only for a build.
const render = renderFor && (await import('./render-body.ts')).bodyRenderer(renderFor);
parentPort!.postMessage(prepare(jobs, render));
