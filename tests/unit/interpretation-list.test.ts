import { describe, expect, test } from 'vitest';
import { firstDilemmas, firstShown, listPages, pageBounds, pageNumbers, statusPlaces } from '../../src/lib/interpretation-list.ts';
import type { Status } from '../../src/schemas/interpretation.ts';

const interpretation = (id: string, status: Status, dilemmas: string[] = []) => ({ id, data: { status, team: `Team ${id}`, dilemmas } });

describe('a rule or agreement page shows the first interpretations that still apply, never more than its bound', () => {
	test('of many, it shows the first in reading order and counts the rest, lapsed ones included', () => {
		const ordered = [
			...Array.from({ length: 3 }, (_, i) => interpretation(`vastgesteld-${i}`, 'vastgesteld')),
			...Array.from({ length: 700 }, (_, i) => interpretation(`voorstel-${i}`, 'voorstel')),
			...Array.from({ length: 65 }, (_, i) => interpretation(`vervallen-${i}`, 'vervallen')),
		];
		const { shown, total, lapsed, notShown } = firstShown(ordered);
		expect(shown.map((i) => i.id)).toEqual(['vastgesteld-0', 'vastgesteld-1', 'vastgesteld-2', 'voorstel-0', 'voorstel-1']);
		expect(shown).toHaveLength(pageBounds.shown);
		expect({ total, lapsed, notShown }).toEqual({ total: 768, lapsed: 65, notShown: 763 });
	});

	test('of a few, it shows all that apply; a lapsed one is only counted', () => {
		const { shown, lapsed, notShown } = firstShown([interpretation('a', 'vastgesteld'), interpretation('b', 'in-gesprek'), interpretation('c', 'vervallen')]);
		expect(shown.map((i) => i.id)).toEqual(['a', 'b']);
		expect({ lapsed, notShown }).toEqual({ lapsed: 1, notShown: 1 });
		expect(firstShown([interpretation('a', 'voorstel')]).notShown).toBe(0);
	});

	test('open dilemmas come from interpretations that still apply, in their order, and are counted beyond the bound', () => {
		const ordered = [
			interpretation('a', 'vastgesteld', ['a1', 'a2']),
			interpretation('b', 'voorstel', ['b1', 'b2', 'b3', 'b4']),
			interpretation('c', 'vervallen', ['c1']),
		];
		const { shown, total } = firstDilemmas(ordered);
		expect(shown.map(({ dilemma, from }) => `${dilemma} ${from.id}`)).toEqual(['a1 a', 'a2 a', 'b1 b', 'b2 b', 'b3 b']);
		expect(total).toBe(6);
	});
});

describe('the list of all interpretations of a rule or agreement', () => {
	test('is cut into pages of the same length; together they hold every item once, in order', () => {
		const ordered = Array.from({ length: 120 }, (_, i) => i);
		const pages = listPages(ordered, 50);
		expect(pages.map(({ number, pages, first, last, total, items }) => ({ number, pages, first, last, total, count: items.length }))).toEqual([
			{ number: 1, pages: 3, first: 1, last: 50, total: 120, count: 50 },
			{ number: 2, pages: 3, first: 51, last: 100, total: 120, count: 50 },
			{ number: 3, pages: 3, first: 101, last: 120, total: 120, count: 20 },
		]);
		expect(pages.flatMap((page) => page.items)).toEqual(ordered);
		expect(listPages([])).toEqual([]);
	});

	test('says on which pages each status stands', () => {
		const ordered = [
			...Array.from({ length: 30 }, () => interpretation('x', 'vastgesteld')),
			...Array.from({ length: 60 }, () => interpretation('x', 'voorstel')),
			...Array.from({ length: 11 }, () => interpretation('x', 'vervallen')),
		];
		expect(statusPlaces(ordered, 50)).toEqual([
			{ status: 'vastgesteld', count: 30, firstPage: 1, lastPage: 1 },
			{ status: 'voorstel', count: 60, firstPage: 1, lastPage: 2 },
			{ status: 'vervallen', count: 11, firstPage: 2, lastPage: 3 },
		]);
	});

	test('its navigation offers every page of a short list, and at most seven numbers of a long one, around the current page', () => {
		expect(pageNumbers(1, 1)).toEqual([1]);
		expect(pageNumbers(3, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
		expect(pageNumbers(1, 100)).toEqual([1, 2, 3, 4, 5, null, 100]);
		expect(pageNumbers(4, 100)).toEqual([1, 2, 3, 4, 5, null, 100]);
		expect(pageNumbers(50, 100)).toEqual([1, null, 49, 50, 51, null, 100]);
		expect(pageNumbers(97, 100)).toEqual([1, null, 96, 97, 98, 99, 100]);
		expect(pageNumbers(100, 100)).toEqual([1, null, 96, 97, 98, 99, 100]);
		for (let pages = 1; pages <= 40; pages++) {
			for (let current = 1; current <= pages; current++) {
				const numbers = pageNumbers(current, pages);
				expect(numbers.length).toBeLessThanOrEqual(7);
				expect(numbers).toContain(current);
				expect(numbers[0]).toBe(1);
				expect(numbers.at(-1)).toBe(pages);
				// A gap always hides at least two pages; the numbers that are shown go up.
				const shown = numbers.filter((n) => n !== null);
				expect(shown).toEqual([...shown].sort((a, b) => a - b));
				numbers.forEach((n, i) => n === null && expect(numbers[i + 1]! - numbers[i - 1]!).toBeGreaterThan(2));
			}
		}
	});
});
