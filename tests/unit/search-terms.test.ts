import { describe, expect, test } from 'vitest';
import { searchTerms, wordsToPreload } from '../../src/lib/search-terms.ts';

describe('a question typed into the search keeps the words that matter', () => {
	test.each([
		['wat doe ik als ik word gepest', 'gepest'],
		['Wat is inclusie?', 'inclusie'],
		['wie kan mij helpen', 'helpen'],
		['hoeveel dagen moet ik op kantoor zijn', 'dagen kantoor'],
		['collega aanspreken op gedrag', 'collega aanspreken gedrag'],
		['  Bureau   Integriteit ', 'bureau integriteit'],
	])('"%s" searches for "%s"', (query, terms) => {
		expect(searchTerms(query)).toBe(terms);
	});

	test('a query of only little words is searched as typed', () => {
		expect(searchTerms('wie ben ik')).toBe('wie ben ik');
	});
});

describe('while the reader types, the index is fetched ahead only for words begun', () => {
	test.each([
		['p', []],
		['pe', []],
		['pes', ['pes']],
		['wat doe ik als ik word ge', []],
		['collega aanspreken op ge', ['collega', 'aanspreken']],
	])('"%s" fetches ahead for %j', (query, words) => {
		expect(wordsToPreload(query)).toEqual(words);
	});
});
