import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { contentFixture } from '../helpers/content-fixture.ts';

/** The disk fills up just as the finished version is moved into place. */
const disk = vi.hoisted(() => ({ full: false }));
vi.mock('node:fs', async (importOriginal) => {
	const fs = await importOriginal<typeof import('node:fs')>();
	return {
		...fs,
		renameSync: (...args: Parameters<typeof fs.renameSync>) => {
			if (disk.full) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
			return fs.renameSync(...args);
		},
	};
});
// The inhoud project runs files in one worker after another (`isolate: false`): a file before this
// one may have imported the publisher with the real node:fs. Imported afresh, it gets the one above.
vi.resetModules();
const { publishVersion } = await import('../../src/lib/versions/publish.ts');

const request = (contentRoot: string, number: string) => ({ contentRoot, number, label: `Versie ${number}`, dryRun: false, today: '2026-11-23', confirmed: true });

describe('a publish that fails halfway leaves nothing behind', () => {
	test('the first version: no content/versions/ folder, not even a hidden one', () => {
		const content = contentFixture();
		disk.full = true;
		expect(() => publishVersion(request(content, '0.1'))).toThrow(/ENOSPC/);
		disk.full = false;
		expect(existsSync(join(content, 'versions'))).toBe(false);
	});

	test('a later version: the published ones stay exactly as they were', () => {
		const content = contentFixture();
		publishVersion(request(content, '0.1'));
		const before = readdirSync(join(content, 'versions'), { recursive: true }).map(String).sort();
		disk.full = true;
		expect(() => publishVersion(request(content, '0.2'))).toThrow(/ENOSPC/);
		disk.full = false;
		expect(readdirSync(join(content, 'versions'), { recursive: true }).map(String).sort()).toEqual(before);
	});
});
