import { describe, expect, test } from 'vitest';
import { adoptedIn } from '../../src/lib/versions/adoption.ts';
import { compareVersionNumbers } from '../../src/lib/versions/version-number.ts';
import type { Status } from '../../src/schemas/interpretation.ts';

const version = (number: string, statuses: Record<string, Status>) => ({ number, interpretations: new Map(Object.entries(statuses)) });

describe('in which version a team’s wording was adopted, and withdrawn', () => {
	test('a proposal adopted in the second version is adopted in that version, not when it was proposed', () => {
		const history = [version('0.1', { toon: 'voorstel' }), version('0.2', { toon: 'vastgesteld' }), version('0.3', { toon: 'vastgesteld' })];
		expect(adoptedIn(history).get('toon')).toEqual({ adopted: '0.2' });
	});

	test('a wording that lapses, or whose file is removed, is withdrawn in the first version without it', () => {
		const history = [
			version('0.1', { vervalt: 'vastgesteld', weg: 'vastgesteld' }),
			version('0.2', { vervalt: 'vervallen' }),
			version('0.3', { vervalt: 'vervallen' }),
		];
		expect(Object.fromEntries(adoptedIn(history))).toEqual({
			vervalt: { adopted: '0.1', withdrawn: '0.2' },
			weg: { adopted: '0.1', withdrawn: '0.2' },
		});
	});

	test('a wording taken back into discussion no longer counts as adopted', () => {
		const history = [version('0.1', { toon: 'vastgesteld' }), version('0.2', { toon: 'in-gesprek' })];
		expect(adoptedIn(history).get('toon')).toEqual({ adopted: '0.1', withdrawn: '0.2' });
	});

	test('a wording adopted again after a withdrawal keeps its first adoption and is no longer withdrawn', () => {
		const history = [version('0.1', { toon: 'vastgesteld' }), version('0.2', { toon: 'in-gesprek' }), version('0.3', { toon: 'vastgesteld' })];
		expect(adoptedIn(history).get('toon')).toEqual({ adopted: '0.1' });
	});

	test('proposals never adopted are not listed', () => {
		const history = [version('0.1', { open: 'voorstel' }), version('0.2', { open: 'in-gesprek', dicht: 'vervallen' })];
		expect(adoptedIn(history).size).toBe(0);
	});

	test('versions count in the order of their numbers, so 0.10 comes after 0.9', () => {
		const history = [version('0.10', { toon: 'vervallen' }), version('0.9', { toon: 'vastgesteld' })];
		expect(adoptedIn(history).get('toon')).toEqual({ adopted: '0.9', withdrawn: '0.10' });
	});

	test('no published version, no adoptions', () => {
		expect(adoptedIn([]).size).toBe(0);
	});
});

describe('version numbers', () => {
	test('compare part by part as numbers', () => {
		expect(['1.0', '0.10', '0.2', '0.9', '0.1'].sort(compareVersionNumbers)).toEqual(['0.1', '0.2', '0.9', '0.10', '1.0']);
	});
});
