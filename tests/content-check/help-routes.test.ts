import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load-handbook.ts';
import { helpRoleViews, helpRouteHref, rolesWithoutRoute } from '../../src/lib/help-routes.ts';
import { helpRoleSchema, type HelpRoute } from '../../src/schemas/help-routes.ts';
import { contentFixture, minimalContent } from '../helpers/content-fixture.ts';

const role = (fields: object) => helpRoleSchema.parse({ role: 'Bureau Integriteit', about: 'Een vermoeden aan de orde stellen.', ...fields });
const route = (kind: HelpRoute['kind'], value: string): HelpRoute => ({ kind, label: 'Bureau Integriteit', value });

describe('a help route becomes a link a phone, mail program or browser opens', () => {
	test.each([
		[route('telefoon', '020 123 45 67'), 'tel:0201234567'],
		[route('telefoon', '+31 (0)20 123-4567'), 'tel:+31201234567'],
		[route('e-mail', 'integriteit@voorbeeld.nl'), 'mailto:integriteit@voorbeeld.nl'],
		[route('link', 'https://www.voorbeeld.nl/integriteit'), 'https://www.voorbeeld.nl/integriteit'],
		[route('intranet', 'http://intranet.voorbeeld/integriteit'), 'http://intranet.voorbeeld/integriteit'],
	])('%o → %s', (given, href) => {
		expect(helpRouteHref(given)).toBe(href);
	});
});

describe('roles without a route', () => {
	const unreachable = role({});
	const reachable = role({ role: 'Platform I&D', routes: [route('e-mail', 'platform@voorbeeld.nl')] });
	const ownPerson = role({ role: 'Je leidinggevende', reachedDirectly: true });

	test('are the roles that need an address and have none; your own leidinggevende needs none', () => {
		expect(rolesWithoutRoute([unreachable, reachable, ownPerson])).toEqual([unreachable]);
	});

	test('are marked on the help page, and a phone number or address shows in its link', () => {
		const views = helpRoleViews([unreachable, reachable, ownPerson]);
		expect(views.map((view) => view.missing)).toEqual([true, false, false]);
		expect(views[1]!.links).toEqual([{ kind: 'E-mail', text: 'Bureau Integriteit: platform@voorbeeld.nl', href: 'mailto:platform@voorbeeld.nl' }]);
	});
});

describe('a help route that no link can be made of is refused with a Dutch message', () => {
	// The minimal handbook's help roles, with Bureau Integriteit and one route of its own in front.
	const organisation = readFileSync(join(minimalContent, 'organisation.yaml'), 'utf8');
	const withRoute = (kind: string, value: string) =>
		organisation.replace(
			'helpRoles:\n',
			`helpRoles:\n  - role: Bureau Integriteit\n    about: Een vermoeden aan de orde stellen.\n    routes:\n      - {kind: ${kind}, label: Bel ons, value: "${value}"}\n`,
		);

	test.each([
		['telefoon', 'bel de receptie', /^verwacht een telefoonnummer met alleen cijfers/],
		['e-mail', 'integriteit at voorbeeld', /^verwacht een e-mailadres/],
		['link', 'http://www.voorbeeld.nl', /^verwacht een webadres dat begint met https:\/\//],
	])('a %s route with the value "%s"', (kind, value, message) => {
		const { handbook, errors } = loadHandbook(contentFixture({ 'organisation.yaml': withRoute(kind, value) }));
		expect(handbook).toBeUndefined();
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatchObject({ field: 'helpRoles, punt 1.routes, punt 1.value', message: expect.stringMatching(message) });
	});

	test('a phone number that is one is accepted', () => {
		const { errors } = loadHandbook(contentFixture({ 'organisation.yaml': withRoute('telefoon', '020 123 45 67') }));
		expect(errors).toEqual([]);
	});
});
