import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';

/**
 * A setup file of the `site` project: before a file's tests are even collected (many list the built
 * pages), waits until the global setup's build of the real handbook (build-site.ts) has ended, and
 * stops the file with what the build printed if it failed.
 */
const resultFile = inject('siteBuildResult');
while (!existsSync(resultFile)) await sleep(250);
const { status, output } = JSON.parse(readFileSync(resultFile, 'utf8')) as { status: number | null; output: string };
if (status !== 0) throw new Error(`De site kon niet worden gebouwd:\n${output}`);
