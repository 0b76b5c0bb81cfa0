import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load-handbook.ts';
import { paths } from '../../src/lib/paths.ts';
import { distDir } from '../helpers/astro.ts';
import { builtRoutes, readPage } from '../helpers/built-site.ts';
import { shippedContent } from '../helpers/content-fixture.ts';

const pagefind = join(distDir, 'pagefind');

/** The address of every page in the search index: each page is a gzipped fragment, "pagefind_dcd" and then JSON. */
function indexedRoutes(): string[] {
	return readdirSync(join(pagefind, 'fragment')).map((file) => {
		const fragment = gunzipSync(readFileSync(join(pagefind, 'fragment', file))).toString('utf8');
		return (JSON.parse(fragment.slice(fragment.indexOf('{'))) as { url: string }).url;
	});
}

test('the search index is built for Dutch, so Dutch word forms are stemmed', () => {
	const entry = JSON.parse(readFileSync(join(pagefind, 'pagefind-entry.json'), 'utf8'));
	expect(Object.keys(entry.languages)).toEqual(['nl']);
});

test('search finds every page that is meant to be found, each once, and every rule and term among them', () => {
	// Starlight marks a page's text for the index unless the page opts out (lists of team wordings, /beheer/, /versies/).
	const searchable = builtRoutes().filter((route) => readPage(route).querySelector('[data-pagefind-body]'));
	const indexed = indexedRoutes();
	expect(indexed.toSorted()).toEqual(searchable.toSorted());
	const { handbook } = loadHandbook(shippedContent);
	const expected = [paths.codeOfConduct, ...[...handbook!.rules.values()].map((rule) => paths.rule(rule.data.theme, rule.id)), ...[...handbook!.terms.values()].map((term) => paths.term(term.id))];
	expect(expected.filter((route) => !indexed.includes(route))).toEqual([]);
});
