import { describe, expect, test } from 'vitest';
import { groupByStanding, readingOrder } from '../../src/lib/interpretations.ts';
import { statusDescriptions, statusOrder } from '../../src/lib/statuses.ts';
import { statuses, type Level, type Status } from '../../src/schemas/interpretation.ts';

const interpretation = (id: string, status: Status, date = '2026-01-01', level: Level = 'team', fictitious = false) => ({
	id,
	data: { status, date, level, rule: 'niet-pesten', fictitious },
});

describe('each status is described once and read everywhere', () => {
	test('the status filter offers every status, adopted first and lapsed last', () => {
		expect(statusOrder).toEqual(['vastgesteld', 'in-gesprek', 'voorstel', 'vervallen']);
		expect(new Set(statusOrder)).toEqual(new Set(statuses));
	});

	test('a rule page lists adopted wording first, then what is discussed, proposed and lapsed; newest first within a status', () => {
		const list = [
			interpretation('oud-voorstel', 'voorstel', '2025-03-01'),
			interpretation('vervallen', 'vervallen'),
			interpretation('nieuw-voorstel', 'voorstel', '2026-03-01'),
			interpretation('vastgesteld', 'vastgesteld'),
			interpretation('in-gesprek', 'in-gesprek'),
		];
		expect(list.sort(readingOrder).map((i) => i.id)).toEqual(['vastgesteld', 'in-gesprek', 'nieuw-voorstel', 'oud-voorstel', 'vervallen']);
	});

	test('within a status, real wording comes before invented examples, then the highest level first, then the newest', () => {
		const list = [
			interpretation('team-nieuw', 'vastgesteld', '2026-06-01', 'team'),
			interpretation('voorbeeld-directie', 'vastgesteld', '2026-09-01', 'directie-mt', true),
			interpretation('team-oud', 'vastgesteld', '2025-01-01', 'team'),
			interpretation('afdeling', 'vastgesteld', '2024-01-01', 'afdelings-mt'),
			interpretation('directie', 'vastgesteld', '2023-01-01', 'directie-mt'),
			interpretation('voorbeeld-team', 'vastgesteld', '2026-09-01', 'team', true),
		];
		expect(list.sort(readingOrder).map((i) => i.id)).toEqual(['directie', 'afdeling', 'team-nieuw', 'team-oud', 'voorbeeld-directie', 'voorbeeld-team']);
	});

	test('every interpretation lands in exactly one group of a rule page, whatever its status', () => {
		const list = statuses.map((status) => interpretation(status, status));
		const groups = groupByStanding(list);
		expect(groups.adopted.map((i) => i.id)).toEqual(['vastgesteld']);
		expect(groups.open.map((i) => i.id)).toEqual(['voorstel', 'in-gesprek']);
		expect(groups.lapsed.map((i) => i.id)).toEqual(['vervallen']);
	});

	test('a wording that does not apply says so on its page; an adopted one does not', () => {
		expect(statusDescriptions.vastgesteld.notice).toBeUndefined();
		expect(statusDescriptions.vervallen.notice).toMatch(/geldt niet meer/);
		expect(statusDescriptions.voorstel.notice).toMatch(/nog geen vastgestelde afspraak/);
		expect(statusDescriptions['in-gesprek'].notice).toBe(statusDescriptions.voorstel.notice);
	});

	test('the heading above a wording speaks in the tense of its status', () => {
		expect(statusOrder.map((status) => statusDescriptions[status].wordingHeading)).toEqual([
			'Wat we afspreken',
			'Wat we voorstellen',
			'Wat we voorstellen',
			'Wat we hadden afgesproken',
		]);
	});
});
