import { expect, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load-handbook.ts';
import { helpRouteHref } from '../../src/lib/help-routes.ts';
import { contactNotSet, helpRouteMissing } from '../../src/lib/labels.ts';
import { paths } from '../../src/lib/paths.ts';
import { builtRoutes, readPage, textOf } from '../helpers/built-site.ts';
import { shippedContent } from '../helpers/content-fixture.ts';

const { organisation } = loadHandbook(shippedContent).handbook!;

test('every page links to the accessibility statement in its footer', () => {
	const without = builtRoutes().filter((route) => !readPage(route).querySelector(`.handbook-footer a[href="${paths.accessibility}"]`));
	expect(without).toEqual([]);
});

test('the accessibility statement says what is tested and how, what is not, and whom to tell about a problem', () => {
	const page = readPage(paths.accessibility);
	const text = textOf(page.querySelector('main'));
	for (const tested of ['axe-core', '320 pixels', '1280 pixels', 'donkere thema', 'Tab', 'Ctrl+K', 'Escape', 'Nu Html Checker', 'Lighthouse', 'Afdrukken']) {
		expect(text).toContain(tested);
	}
	expect(text).toContain('schermlezer');
	// The role to tell is the owner's setting; unset, the page says so and names no role of its own.
	if (organisation.contact === undefined) {
		expect(text).toContain(contactNotSet);
		expect(text).not.toContain('Meld het bij:');
		expect(text).not.toMatch(/@|\bmailto:|\btel:/);
		return;
	}
	expect(text).toContain(`Meld het bij: ${organisation.contact} (${organisation.name}).`);
	// How to reach that role is whatever organisation.yaml says, and when it says nothing, the page says so.
	const contactRoutes = organisation.helpRoles.find((role) => role.role === organisation.contact)!.routes;
	if (contactRoutes.length === 0) {
		expect(text).toContain(helpRouteMissing.beside);
		expect(text).not.toMatch(/@|\bmailto:|\btel:/);
	}
	for (const route of contactRoutes) expect(page.querySelector(`main a[href="${helpRouteHref(route)}"]`), route.label).not.toBeNull();
});
