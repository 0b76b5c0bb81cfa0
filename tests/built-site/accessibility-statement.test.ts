import { expect, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load-handbook.ts';
import { routes } from '../../src/lib/routes.ts';
import { builtRoutes, readPage, textOf } from '../helpers/built-site.ts';

const { organisation } = loadHandbook('content').handbook!;

test('every page links to the accessibility statement in its footer', () => {
	const without = builtRoutes().filter((route) => !readPage(route).querySelector(`.handbook-footer a[href="${routes.accessibility}"]`));
	expect(without).toEqual([]);
});

test('the accessibility statement says what is tested and how, what is not, and whom to tell about a problem', () => {
	const text = textOf(readPage(routes.accessibility).querySelector('main'));
	for (const tested of ['axe-core', '320 pixels', '1280 pixels', 'donkere thema', 'Tab', 'Ctrl+K', 'Escape', 'Nu Html Checker', 'Lighthouse', 'Afdrukken']) {
		expect(text).toContain(tested);
	}
	expect(text).toContain('schermlezer');
	expect(text).toContain(`Meld het bij de ${organisation.contactRoles[0]!.role} van ${organisation.name}.`);
	// organisation.yaml names roles, not addresses: the page must say so instead of making one up.
	expect(text).toContain('Een e-mailadres of formulier om een probleem te melden staat nog niet in het handboek.');
	expect(text).not.toMatch(/@|\bmailto:|\btel:/);
});
