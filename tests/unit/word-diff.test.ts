import { describe, expect, test } from 'vitest';
import { plainTextOf, readableParts, wordDiff, wordsDiffer } from '../../src/lib/versions/word-diff.ts';

/** The diff as a reader would see it marked up: [-removed-] and {+added+}. */
const marked = (before: string, after: string) =>
	wordDiff(before, after)
		.map(({ change, text }) => (change === 'added' ? `{+${text}+}` : change === 'removed' ? `[-${text}-]` : text))
		.join('');

describe('a reader sees which words of a wording changed', () => {
	test('a word put into a sentence shows as added, the rest as unchanged', () => {
		expect(marked('We spreken elkaar aan op gedrag.', 'We spreken elkaar respectvol aan op gedrag.')).toBe(
			'We spreken elkaar {+respectvol +}aan op gedrag.',
		);
	});

	test('a changed phrase reads as "this became that": removed words before added ones', () => {
		expect(marked('Dat is één afspraak.', 'Dat zijn twee afspraken.')).toBe('Dat [-is één afspraak-]{+zijn twee afspraken+}.');
	});

	test('words taken out and put in at the same place keep a space between them, as the page shows them', () => {
		/** The text a reader sees and copies: the marks gone, the spaces as the page writes them. */
		const shown = (before: string, after: string) =>
			readableParts(wordDiff(before, after))
				.map((part) => (part.change === 'same' ? part.text : `${part.before}${part.words}${part.after}`))
				.join('');
		expect(shown('Het lijkt vreemd.', 'Het ontbreekt vreemd.')).toBe('Het lijkt ontbreekt vreemd.');
		expect(shown('De afspraak geldt.', 'We nemen de afspraak.')).not.toMatch(/[a-z][A-Z]/);
		expect(readableParts(wordDiff('Het lijkt vreemd.', 'Het ontbreekt vreemd.')).find((part) => part.change === 'removed')).toMatchObject({ words: 'lijkt', after: ' ' });
	});

	test('words with accents are compared as whole words', () => {
		expect(marked('We geven één reactie.', 'We geven ideeën.')).toBe('We geven [-één reactie-]{+ideeën+}.');
	});

	test('text that is only reflowed or has a double space is no change', () => {
		const before = 'We zijn kort en vriendelijk,  ook als we haast hebben.';
		const after = 'We zijn kort en vriendelijk,\nook als we haast hebben.';
		expect(wordDiff(before, after).map((part) => part.change)).toEqual(['same']);
		expect(wordsDiffer(before, after)).toBe(false);
	});

	test('a text that is new is all added; a text that is gone is all removed', () => {
		expect(wordDiff('', 'Nieuwe tekst.')).toEqual([{ change: 'added', text: 'Nieuwe tekst.' }]);
		expect(wordDiff('Oude tekst.', '')).toEqual([{ change: 'removed', text: 'Oude tekst.' }]);
		expect(wordsDiffer('Oude tekst.', 'Nieuwe tekst.')).toBe(true);
	});
});

describe('an MDX body becomes the words a reader sees', () => {
	test('emphasis, links and code lose their Markdown but keep their words', () => {
		expect(plainTextOf('We spreken **elkaar** aan, *vriendelijk*: zie [de regel](https://example.org/regel) en `Ctrl+K`.')).toBe(
			'We spreken elkaar aan, vriendelijk: zie de regel en Ctrl+K.',
		);
	});

	test('headings, paragraphs and list items each become a paragraph of their own', () => {
		expect(plainTextOf('## Wat we doen\n\nWe groeten.\nOok in de chat.\n\n- kort\n- vriendelijk\n\n> Een citaat')).toBe(
			'Wat we doen\n\nWe groeten. Ook in de chat.\n\nkort\n\nvriendelijk\n\nEen citaat',
		);
	});

	test('words either side of a hard line break stay apart', () => {
		expect(plainTextOf('Eerste regel  \nTweede regel')).toBe('Eerste regel Tweede regel');
	});

	test('a table reads row by row, its cells apart', () => {
		expect(plainTextOf('| Dag | Waar |\n|---|---|\n| maandag | kantoor |')).toBe('Dag | Waar\n\nmaandag | kantoor');
	});

	test('an example starts with the label its page shows', () => {
		expect(plainTextOf('Onze afspraak.\n\n<Voorbeeld titel="In de chat">\nEen collega belt even.\n</Voorbeeld>\n\n<Voorbeeld>\nZonder titel.\n</Voorbeeld>')).toBe(
			'Onze afspraak.\n\nVoorbeeld: In de chat\n\nEen collega belt even.\n\nVoorbeeld\n\nZonder titel.',
		);
	});

	test('a diff of two bodies shows the changed word, not the Markdown around it', () => {
		expect(marked(plainTextOf('We zijn **altijd** kort.'), plainTextOf('We zijn _meestal_ kort.'))).toBe('We zijn [-altijd-]{+meestal+} kort.');
	});

	test('a body that does not parse is shown as written rather than lost', () => {
		expect(plainTextOf('Een {kapotte tekst\n')).toBe('Een {kapotte tekst');
	});
});
