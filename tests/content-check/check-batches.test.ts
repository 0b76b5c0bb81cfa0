import { describe, expect, test } from 'vitest';
import { prepareBatches, type CheckJob } from '../../src/lib/content/check-in-parallel.ts';
import type { CheckFile } from '../../src/lib/content/checked-files.ts';

/**
 * With thousands of files the check's threads share one list and take batches from a shared
 * counter. Every file must be checked exactly once, whichever thread takes it and however the
 * threads' turns fall.
 */
const jobs: CheckJob[] = Array.from({ length: 103 }, (_, index) => ({ name: 'interpretations', text: `tekst ${index}`, file: `kopie-${index}.mdx` }));
const counter = () => new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
const checkedBy = (onCheck: (file: string) => void = () => {}): CheckFile =>
	((_name: string, text: string, file: string) => {
		onCheck(file);
		return { data: undefined, body: text, errors: [] };
	}) as unknown as CheckFile;

describe('the check on several threads, in batches from one list', () => {
	test('one thread alone checks every file once, in order', () => {
		const done = prepareBatches(jobs, counter(), checkedBy());
		expect(done.map((result) => result.file)).toEqual(jobs.map((job) => job.file));
	});

	test('when another thread takes batches while this one checks, each file is checked by one of them only', () => {
		const next = counter();
		let other: string[] = [];
		// While this thread checks its first file, the other takes every batch that is left.
		const mine = prepareBatches(
			jobs,
			next,
			checkedBy(() => {
				if (other.length === 0) other = prepareBatches(jobs, next, checkedBy()).map((result) => result.file);
			}),
		).map((result) => result.file);
		expect(mine.length).toBeGreaterThan(0);
		expect(other.length).toBeGreaterThan(0);
		expect(mine.filter((file) => other.includes(file))).toEqual([]);
		expect([...mine, ...other].sort()).toEqual(jobs.map((job) => job.file).sort());
	});

	test('a thread that comes when the list is done checks nothing', () => {
		const next = counter();
		prepareBatches(jobs, next, checkedBy());
		expect(prepareBatches(jobs, next, checkedBy(() => expect.unreachable('a file checked twice')))).toEqual([]);
	});
});
