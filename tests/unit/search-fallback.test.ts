import { describe, expect, test } from 'vitest';
import { enoughPages, searchQuestion, shortenings, type Found } from '../../src/lib/search-fallback.ts';

/**
 * A tiny index that behaves as Pagefind does: a page is found when it holds every word of the
 * term, a word matching any word of the page that begins with it; more matches, a higher score.
 */
function indexOf(pages: Record<string, string>) {
	const asked: string[] = [];
	const search = async (term: string): Promise<Found[]> => {
		asked.push(term);
		const words = term.split(' ');
		return Object.entries(pages)
			.map(([id, text]) => {
				const held = text.split(' ');
				const matches = words.map((word) => held.filter((w) => w.startsWith(word)).length);
				return { id, score: matches.every((n) => n > 0) ? matches.reduce((a, b) => a + b, 0) : 0 };
			})
			.filter((page) => page.score > 0)
			.sort((a, b) => b.score - a.score);
	};
	return { search, asked };
}

const noExamples = () => false;
const ids = (pages: Found[]) => pages.map((page) => page.id);

describe('a question no page answers in full still finds the pages that hold most of its words', () => {
	const handbook = {
		help: 'hulp melden vertrouwenspersoon seksuele intimidatie',
		rule: 'seksuele intimidatie regel',
		term: 'seksuele opmerkingen begrip',
		other: 'laptop telefoon',
	};

	test('when enough pages hold every word, only those are found, searched once', async () => {
		const { search, asked } = indexOf({ ...handbook, more: 'seksuele intimidatie melden' });
		expect(enoughPages).toBe(3);
		const answer = await searchQuestion(search, ['seksuele', 'intimidatie'], noExamples);
		expect(answer).toMatchObject({ outcome: 'every-word', complete: 3 });
		expect(ids(answer.pages).sort()).toEqual(['help', 'more', 'rule']);
		expect(asked).toEqual(['seksuele intimidatie']);
	});

	test('when only a few pages hold every word, pages holding fewer come below them', async () => {
		const { search } = indexOf(handbook);
		const answer = await searchQuestion(search, ['seksuele', 'intimidatie'], noExamples);
		expect(answer).toMatchObject({ outcome: 'few-every-word', complete: 2 });
		expect(ids(answer.pages).slice(0, 2).sort()).toEqual(['help', 'rule']);
		expect(ids(answer.pages)).toEqual([...ids(answer.pages).slice(0, 2), 'term']);
	});

	test('when no page holds every word, pages holding more of them come first', async () => {
		const { search } = indexOf(handbook);
		const answer = await searchQuestion(search, ['seksuele', 'intimidatie', 'leidinggevende'], noExamples);
		expect(answer).toMatchObject({ outcome: 'most-words', complete: 0 });
		expect(ids(answer.pages).slice(0, 2).sort()).toEqual(['help', 'rule']);
		expect(ids(answer.pages).indexOf('term')).toBe(2);
		expect(ids(answer.pages)).not.toContain('other');
	});

	test('a word mistyped near its end is found by its beginning', async () => {
		const { search } = indexOf(handbook);
		const answer = await searchQuestion(search, ['vertrouwenspersoom'], noExamples);
		expect(answer).toMatchObject({ outcome: 'like-word', start: 'vertrouwenspersoo' });
		expect(ids(answer.pages)).toEqual(['help']);
	});

	test('a single word on a page or two finds just those', async () => {
		const { search } = indexOf(handbook);
		const answer = await searchQuestion(search, ['opmerkingen'], noExamples);
		expect(answer).toMatchObject({ outcome: 'every-word', complete: 1 });
		expect(ids(answer.pages)).toEqual(['term']);
	});

	test('words on no page at all find nothing, and say so', async () => {
		const { search } = indexOf(handbook);
		expect(await searchQuestion(search, ['fiets', 'trein'], noExamples)).toEqual({ pages: [], outcome: 'none', complete: 0 });
		expect(await searchQuestion(search, [], noExamples)).toEqual({ pages: [], outcome: 'none', complete: 0 });
	});

	test('a beginning is never shorter than half the word, nor than 4 letters', () => {
		expect(shortenings('discrimenatie').at(-1)).toBe('discrim');
		expect(shortenings('pestn')).toEqual(['pest']);
		expect(shortenings('gek')).toEqual([]);
	});
});

describe('an invented example never comes before a real page', () => {
	const handbook = {
		example: 'teamchat teamchat teamchat toon',
		rule: 'teamchat regel',
		term: 'toon',
	};
	const isExample = (page: Found) => page.id === 'example';

	test('for a word both hold, the real page comes first, though the example scores higher', async () => {
		const { search } = indexOf(handbook);
		expect((await search('teamchat'))[0]!.id).toBe('example');
		expect(ids((await searchQuestion(search, ['teamchat'], isExample)).pages)).toEqual(['rule', 'example']);
	});

	test('an example holding more of the words still comes after the real pages holding fewer', async () => {
		const { search } = indexOf(handbook);
		expect(ids((await search('teamchat toon')))).toEqual(['example']);
		const answer = await searchQuestion(search, ['teamchat', 'toon', 'fiets'], isExample);
		expect(ids(answer.pages)).toEqual(['rule', 'term', 'example']);
	});
});
