import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { onTestFinished } from 'vitest';

export const minimalContent = join(import.meta.dirname, '..', 'fixtures', 'minimal');
export const shippedContent = join(import.meta.dirname, '..', '..', 'content');

/**
 * A copy of the minimal valid handbook (or of another content folder) with some files replaced
 * (text) or removed (null), in a temporary folder that is removed when the test ends. Each
 * scenario changes exactly what it is about.
 */
export function contentFixture(changes: Record<string, string | null> = {}, base = minimalContent): string {
	const root = temporaryCopy(base, () => true);
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

/**
 * A copy of the handbook's own content as it is in the working state (the werkversie): the
 * versions it has published are left out, so a test can publish any number into the copy.
 */
export function shippedContentFixture(): string {
	return temporaryCopy(shippedContent, (path) => relative(shippedContent, path).split(sep)[0] !== 'versions');
}

function temporaryCopy(source: string, filter: (path: string) => boolean): string {
	const root = mkdtempSync(join(tmpdir(), 'handbook-content-'));
	onTestFinished(() => rmSync(root, { recursive: true, force: true }));
	cpSync(source, root, { recursive: true, filter });
	return root;
}
