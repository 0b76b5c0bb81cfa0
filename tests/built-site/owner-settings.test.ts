import { describe, expect, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load-handbook.ts';
import { footerTexts } from '../../src/lib/labels.ts';
import { ownerSettings, unsetOwnerSettings } from '../../src/lib/owner-settings.ts';
import { paths } from '../../src/lib/paths.ts';
import { builtRoutes, readPage, textOf } from '../helpers/built-site.ts';
import { shippedContent } from '../helpers/content-fixture.ts';

const { organisation } = loadHandbook(shippedContent).handbook!;

describe.each(['', '/werkversie'])('the page for maintainers at %s/beheer/', (base) => {
	const page = readPage(`${base}${paths.maintainers}`);

	test('lists every setting only the owner can settle that is not yet set, from the same list as npm run check, and the others apart', () => {
		const listed = (which: string) => [...page.querySelectorAll(`[data-owner-settings="${which}"] li code`)].map(textOf);
		expect(listed('unset')).toEqual(unsetOwnerSettings(organisation).map((setting) => setting.field));
		expect(listed('set')).toEqual(ownerSettings(organisation).filter((setting) => setting.set).map((setting) => setting.field));
		expect(listed('unset').length).toBeGreaterThan(5);
	});

	test('is out of the menu and out of the search, but every page links to it from its footer', () => {
		expect(page.querySelector(`#starlight__sidebar a[href$="${paths.maintainers}"]`)).toBeNull();
		expect(page.querySelector('[data-pagefind-body]')).toBeNull();
		const without = builtRoutes(undefined, base === '' ? '/' : `${base}/`).filter((route) => !readPage(route).querySelector(`.handbook-footer a[href="${base}${paths.maintainers}"]`));
		expect(without).toEqual([]);
	});
});

test('every page says in its footer under which licence the content may be reused, or plainly that none is set', () => {
	const licence = organisation.contentLicence;
	const wrong = builtRoutes().filter((route) => {
		const footer = readPage(route).querySelector('.handbook-footer .content-licence');
		return licence ? footer?.querySelector(`a[href="${licence.url}"]`)?.textContent !== licence.name : textOf(footer) !== footerTexts.licenceNotSet;
	});
	expect(wrong).toEqual([]);
});
