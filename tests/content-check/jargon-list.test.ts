import { describe, expect, test } from 'vitest';
import { checkAllContent } from '../../src/lib/content/check-all-content.ts';
import { checkFile } from '../../src/lib/content/check-file.ts';
import { readJargon } from '../../src/lib/content/read-jargon.ts';
import { contentFixture, shippedContent } from '../helpers/content-fixture.ts';

/** The minimal handbook with this text as its content/jargon.yaml. */
const checkWith = (jargon: string) => {
	const root = contentFixture({ 'jargon.yaml': jargon });
	return checkAllContent(root, root, { check: checkFile });
};

describe('the jargon list (content/jargon.yaml)', () => {
	test('the handbook’s own list is valid and gives each word a plainer one', () => {
		const { words, errors } = readJargon(shippedContent);
		expect(errors).toEqual([]);
		expect(words.length).toBeGreaterThan(20);
		expect(words.every((entry) => entry.instead.trim() !== '' && entry.instead.toLowerCase() !== entry.word.toLowerCase())).toBe(true);
	});

	test('a handbook without a list is in order: the meter then points out no words', () => {
		expect(readJargon(contentFixture())).toEqual({ words: [], errors: [] });
	});

	test.each([
		['a word without a plainer one', 'words:\n  - word: faciliteren\n', 'words, punt 1.instead', 'ontbreekt; verwacht tekst'],
		['a word named twice', 'words:\n  - word: borgen\n    instead: vastleggen\n  - word: zorgen\n    forms: [Borgen]\n    instead: regelen\n', 'words, punt 2', '"Borgen" staat al bij "borgen"; noem elk woord maar één keer'],
		['a field the list does not know', 'words:\n  - word: borgen\n    instead: vastleggen\n    uitleg: beleidstaal\n', 'words, punt 1.uitleg', 'dit veld bestaat niet'],
	])('%s stops the check with a Dutch message naming the file and field', (_, jargon, field, message) => {
		const { handbook, errors } = checkWith(jargon);
		expect(handbook).toBeUndefined();
		expect(errors).toHaveLength(1);
		expect(errors[0]!.file).toMatch(/jargon\.yaml$/);
		expect(errors[0]!.field).toBe(field);
		expect(errors[0]!.message).toContain(message);
	});
});
