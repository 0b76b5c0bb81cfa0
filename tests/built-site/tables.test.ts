import { expect, test } from 'vitest';
import { builtRoutes, readPage } from '../helpers/built-site.ts';

test('every table sits in a region that scrolls on a narrow screen, that the keyboard reaches and that names the table', () => {
	const tables = builtRoutes().flatMap((route) => [...readPage(route).querySelectorAll('main table')].map((table) => ({ route, table })));
	expect(tables.length, 'the handbook has tables').toBeGreaterThan(0);
	const bare = tables
		.filter(({ table }) => {
			const region = table.parentElement;
			return !region?.matches('.table-region[role="region"][tabindex="0"]') || !/^Tabel: \S/.test(region.getAttribute('aria-label') ?? '');
		})
		.map(({ route }) => route);
	expect(bare).toEqual([]);
});
