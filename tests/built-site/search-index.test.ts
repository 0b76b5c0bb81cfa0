import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { distDir } from '../helpers/astro.ts';

test('the search index is built for Dutch, so Dutch word forms are stemmed', () => {
	const entry = JSON.parse(readFileSync(join(distDir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
	expect(Object.keys(entry.languages)).toEqual(['nl']);
	expect(entry.languages.nl.page_count).toBeGreaterThan(30);
});
