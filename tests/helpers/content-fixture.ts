import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { onTestFinished } from 'vitest';

export const minimalContent = join(import.meta.dirname, '..', 'fixtures', 'minimal');

/**
 * A copy of the minimal valid handbook (or of another content folder) with some files replaced
 * (text) or removed (null), in a temporary folder that is removed when the test ends. Each
 * scenario changes exactly what it is about.
 */
export function contentFixture(changes: Record<string, string | null> = {}, base = minimalContent): string {
	const root = mkdtempSync(join(tmpdir(), 'handbook-content-'));
	onTestFinished(() => rmSync(root, { recursive: true, force: true }));
	cpSync(base, root, { recursive: true });
	for (const [file, text] of Object.entries(changes)) {
		const path = join(root, file);
		if (text === null) rmSync(path);
		else {
			mkdirSync(dirname(path), { recursive: true });
			writeFileSync(path, text);
		}
	}
	return root;
}
