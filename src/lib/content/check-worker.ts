// Checks (and for a build renders) a share of the content files for checkInParallel, in a thread of its own.
import { parentPort, workerData } from 'node:worker_threads';
import type { EditionPlace } from '../rehype-base-links.ts';
import { prepare, type CheckJob } from './check-in-parallel.ts';

const { jobs, renderFor } = workerData as { jobs: CheckJob[]; renderFor?: EditionPlace };
parentPort!.postMessage(prepare(jobs, renderFor));
