import { describe, expect, test } from 'vitest';
import { contextModuleSource } from '../../src/integrations/handbook.ts';
import { editionNamed, editionsOf, isIndexed, landingEditionOf, previousOf } from '../../src/lib/edition.ts';
import { pathInEdition, samePageIn } from '../../src/lib/edition-links.ts';
import { withEditionBase } from '../../src/lib/rehype-base-links.ts';
import { paths, pathsWithBase } from '../../src/lib/paths.ts';
import type { Organisation } from '../../src/schemas/organisation.ts';

const version = (number: string) => ({ number, label: `Label ${number}`, date: '2026-11-23', folder: `/content/versions/${number}`, files: {} });

describe('where each edition of the handbook is served', () => {
	test('before anything is published, the working version is all there is, at /', () => {
		const [working, ...rest] = editionsOf([], '/content', '2026-11-23');
		expect(rest).toEqual([]);
		expect(working).toMatchObject({ id: 'werkversie', published: false, base: '/', contentFolder: '/content', newest: false });
	});

	test('readers land on the newest version; older ones and the working version have addresses of their own', () => {
		const editions = editionsOf([version('0.1'), version('0.2')], '/content', '2026-11-23');
		expect(editions.map(({ id, base, newest }) => ({ id, base, newest }))).toEqual([
			{ id: '0.1', base: '/versies/0.1/', newest: false },
			{ id: '0.2', base: '/', newest: true },
			{ id: 'werkversie', base: '/werkversie/', newest: false },
		]);
		expect(editions[0]).toMatchObject({ name: 'Versie 0.1', label: 'Label 0.1', contentFolder: '/content/versions/0.1' });
	});

	test('under a base path, such as a project site on GitHub Pages, every edition keeps its place within it', () => {
		const editions = editionsOf([version('0.1'), version('0.2')], '/content', '2026-11-23', '/de-sociale-norm/');
		expect(editions.map(({ id, path, base }) => ({ id, path, base }))).toEqual([
			{ id: '0.1', path: '/versies/0.1/', base: '/de-sociale-norm/versies/0.1/' },
			{ id: '0.2', path: '/', base: '/de-sociale-norm/' },
			{ id: 'werkversie', path: '/werkversie/', base: '/de-sociale-norm/werkversie/' },
		]);
		expect(editions.map((edition) => isIndexed(edition))).toEqual([false, true, false]);
	});

	test('a version is compared with the one published before it, the working version with the newest', () => {
		const editions = editionsOf([version('0.1'), version('0.2')], '/content', '2026-11-23');
		expect(previousOf(editions[0]!, editions)).toBeUndefined();
		expect(previousOf(editions[1]!, editions)?.id).toBe('0.1');
		expect(previousOf(editions[2]!, editions)?.id).toBe('0.2');
	});
});

describe('which edition a build shows', () => {
	const editions = editionsOf([version('0.1'), version('0.2')], '/content', '2026-11-23');

	test('the one HANDBOOK_EDITION names, the working version when it names none; an unknown name is refused in Dutch with the known ones', () => {
		expect(editionNamed(editions, '0.1').id).toBe('0.1');
		expect(editionNamed(editions).id).toBe('werkversie');
		expect(editionNamed(editions, '').id).toBe('werkversie');
		expect(() => editionNamed(editions, '0.9')).toThrow('HANDBOOK_EDITION="0.9" is geen versie van dit handboek; bekend zijn: 0.1, 0.2, werkversie.');
	});

	test('pages learn it from virtual:handbook/context as one of every edition, so the build at / knows it is the landing edition', async () => {
		const organisation = { name: 'Een directie' } as Organisation;
		const source = contextModuleSource({ edition: editionNamed(editions, '0.2'), editions, organisation, contentRoot: '/content', verifyVersions: true });
		const context = await import(`data:text/javascript,${encodeURIComponent(source)}`);
		expect(context.edition).toEqual(editions[1]);
		expect(context.edition).toBe(landingEditionOf(context.editions));
		expect(context.editions[0]).not.toBe(landingEditionOf(context.editions));
		expect(context.organisation).toEqual(organisation);
		expect(context.contentRoot).toBe('/content');
	});

	test('an edition that is not among the editions stops the build', () => {
		const elsewhere = editionsOf([version('0.3')], '/elders', '2026-11-23')[0]!;
		expect(() => contextModuleSource({ edition: elsewhere, editions, organisation: {} as Organisation, contentRoot: '/content', verifyVersions: true })).toThrow('de editie "0.3" staat niet in de lijst van edities (0.1, 0.2, werkversie)');
	});
});

describe('links within an edition', () => {
	test('every page address gets the edition base', () => {
		const older = pathsWithBase(paths, '/versies/0.1/');
		expect(older.home).toBe('/versies/0.1/');
		expect(older.rule('omgaan-met-anderen', 'niet-pesten')).toBe('/versies/0.1/gedragscode/omgaan-met-anderen/niet-pesten/');
		expect(pathsWithBase(paths, '/').glossary).toBe('/begrippen/');
	});

	test('a link an author wrote gets the base once; other hosts, fragments and the list of versions keep theirs', () => {
		const working = { base: '/werkversie/', basePath: '/' };
		expect(withEditionBase('/gedragscode/', working)).toBe('/werkversie/gedragscode/');
		expect(withEditionBase('/werkversie/gedragscode/', working)).toBe('/werkversie/gedragscode/');
		expect(withEditionBase('https://example.org/', working)).toBe('https://example.org/');
		expect(withEditionBase('//example.org/', working)).toBe('//example.org/');
		expect(withEditionBase('#kop', working)).toBe('#kop');
		expect(withEditionBase('/versies/', working)).toBe('/versies/');
		expect(withEditionBase('/gedragscode/', { base: '/', basePath: '/' })).toBe('/gedragscode/');
	});

	test('under a base path, a link gets its edition’s base, and a page that exists once only the base path', () => {
		const working = { base: '/de-sociale-norm/werkversie/', basePath: '/de-sociale-norm/' };
		expect(withEditionBase('/gedragscode/', working)).toBe('/de-sociale-norm/werkversie/gedragscode/');
		expect(withEditionBase('/versies/', working)).toBe('/de-sociale-norm/versies/');
		expect(withEditionBase('/wat-is-er-nieuw.xml', working)).toBe('/de-sociale-norm/wat-is-er-nieuw.xml');
		const landing = { base: '/de-sociale-norm/', basePath: '/de-sociale-norm/' };
		expect(withEditionBase('/begrippen/', landing)).toBe('/de-sociale-norm/begrippen/');
		expect(withEditionBase('/versies/#dekking', landing)).toBe('/de-sociale-norm/versies/#dekking');
	});

	test('the switcher finds the same page in another edition', () => {
		const path = pathInEdition('/werkversie/gedragscode/omgaan-met-anderen/', { base: '/werkversie/' });
		expect(path).toBe('/gedragscode/omgaan-met-anderen/');
		expect(samePageIn({ base: '/versies/0.1/' }, path)).toBe('/versies/0.1/gedragscode/omgaan-met-anderen/');
		expect(samePageIn({ base: '/' }, path)).toBe('/gedragscode/omgaan-met-anderen/');
	});
});
