import { describe, expect, test } from 'vitest';
import { buildSidebar } from '../../src/lib/sidebar.ts';
import { links, paginationOf, sidebarEntries } from '../../src/lib/sidebar-entries.ts';

const content = {
	themes: [
		{ id: 'omgaan-met-anderen', data: { title: 'Omgaan met anderen', number: 1 } },
		{ id: 'privesfeer', data: { title: 'Privésfeer', number: 2 } },
	],
	rules: [
		{ id: 'niet-pesten', data: { title: 'Niet pesten', number: 2, theme: 'omgaan-met-anderen' } },
		{ id: 'respectvol-omgaan', data: { title: 'Respectvol omgaan', number: 1, theme: 'omgaan-met-anderen' } },
	],
	topics: [{ id: 'hybride-werken', data: { title: 'Hybride werken' } }],
	agreements: [{ id: 'weekstart', data: { title: 'Weekstart', number: 1, topic: 'hybride-werken', kind: 'directienorm' as const } }],
};
const base = '/versies/0.1';
const sidebarAt = (pathname: string) => sidebarEntries(buildSidebar(content, 'WPI'), pathname, (link) => base + link);

describe('the sidebar of a page', () => {
	test('lists the rules of a worked-out theme in their order, a theme without rules with its badge, and never an interpretation', () => {
		const labels = links(sidebarAt('/versies/0.1/')).map((link) => link.label);
		expect(labels).toContain('Omgaan met anderen: overzicht');
		expect(labels.indexOf('Respectvol omgaan')).toBeLessThan(labels.indexOf('Niet pesten'));
		const privacy = links(sidebarAt('/versies/0.1/')).find((link) => link.label === 'Privésfeer');
		expect(privacy?.badge?.text).toBeTruthy();
		expect(privacy?.href).toBe('/versies/0.1/gedragscode/privesfeer/');
	});

	test('marks the link to the page itself as current, with or without a trailing slash, and no other', () => {
		const current = links(sidebarAt('/versies/0.1/gedragscode/omgaan-met-anderen/niet-pesten')).filter((link) => link.isCurrent);
		expect(current.map((link) => link.href)).toEqual(['/versies/0.1/gedragscode/omgaan-met-anderen/niet-pesten/']);
		expect(links(sidebarAt('/gedragscode/omgaan-met-anderen/niet-pesten/')).some((link) => link.isCurrent)).toBe(false);
	});

	test('keeps the groups of themes collapsed and the norms of the directorate open', () => {
		const groups = sidebarAt('/versies/0.1/').flatMap((entry) => (entry.type === 'group' ? entry.entries : []));
		const theme = groups.find((entry) => entry.label === 'Omgaan met anderen');
		expect(theme?.type === 'group' && theme.collapsed).toBe(true);
		const topic = groups.find((entry) => entry.label === 'Hybride werken');
		expect(topic?.type === 'group' && topic.entries.map((group) => group.type === 'group' && group.collapsed)).toEqual([false]);
	});

	test('gives a page the links around it as previous and next, unless its frontmatter says otherwise', () => {
		const sidebar = sidebarAt('/versies/0.1/gedragscode/omgaan-met-anderen/respectvol-omgaan/');
		const { prev, next } = paginationOf(sidebar, {});
		expect(prev?.label).toBe('Omgaan met anderen: overzicht');
		expect(next?.label).toBe('Niet pesten');
		expect(paginationOf(sidebar, { prev: false, next: 'Verder' })).toMatchObject({ prev: undefined, next: { label: 'Verder', href: next?.href } });
		expect(paginationOf(sidebarAt('/versies/0.1/interpretaties/iets/'), {})).toEqual({ prev: undefined, next: undefined });
	});
});
