import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load-handbook.ts';
import { directHelpViews, helpRoleViews, helpRouteHref, rolesWithoutRoute, type HelpRoleView } from '../../src/lib/help-routes.ts';
import { helpRoleSchema, type HelpRoute } from '../../src/schemas/help-routes.ts';
import { contentFixture, minimalContent, shippedContent } from '../helpers/content-fixture.ts';

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

/**
 * The shipped roles, in every state the owner can leave them in: no route set, one role's route set
 * at a time, and every route set. Set or not, the help page must never send a reader back to their
 * own line to reach a role that exists to go around it.
 */
describe('the help page never offers the line as the way to a role that bypasses it, with the routes set and unset', () => {
	const shipped = loadHandbook(shippedContent).handbook!.organisation.helpRoles;
	const phone: HelpRoute = { kind: 'telefoon', label: 'Bellen', value: '020 123 45 67' };
	const withRoutes = (set: (role: (typeof shipped)[number]) => boolean) =>
		shipped.map((role) => (role.reachedDirectly ? role : { ...role, routes: set(role) ? [phone] : [] }));
	const states: [string, typeof shipped][] = [
		['no route set', withRoutes(() => false)],
		...shipped.filter((role) => !role.reachedDirectly).map((only): [string, typeof shipped] => [`only "${only.role}" set`, withRoutes((role) => role.role === only.role)]),
		['every route set', withRoutes(() => true)],
	];
	const lines = shipped.filter((role) => role.line);
	const bypassing = shipped.filter((role) => role.bypassesLine);

	test('the shipped roles name the line and the roles that bypass it', () => {
		expect(lines.map((role) => role.role)).toEqual(['Je leidinggevende']);
		expect(bypassing.map((role) => role.role)).toEqual(['Bureau Integriteit', 'Een externe vertrouwenspersoon']);
	});

	test.each(states)('%s', (_, roles) => {
		const views = helpRoleViews(roles);
		const byName = new Map(views.map((view) => [view.role, view]));
		/** Every role a reader is sent to from a card, and from the cards of those still unreachable, and so on. */
		const reachedFrom = (start: HelpRoleView, seen = new Set<string>()): string[] =>
			(start.meanwhile?.askInstead ?? []).flatMap(({ role }) => {
				if (seen.has(role)) return [];
				seen.add(role);
				const next = byName.get(role)!;
				return [role, ...(next.missing ? reachedFrom(next, seen) : [])];
			});
		for (const view of views.filter((candidate) => candidate.bypassesLine)) {
			const role = roles.find((candidate) => candidate.role === view.role)!;
			expect(view.missing, view.role).toBe(role.routes.length === 0);
			if (!view.missing) {
				expect(view.links.map((link) => link.href)).toEqual(['tel:0201234567']);
				expect(view.meanwhile).toBeUndefined();
				continue;
			}
			const sentTo = reachedFrom(view);
			for (const line of lines) {
				expect(sentTo, `${view.role} sends a reader to`).not.toContain(line.role);
				expect(view.meanwhile?.note ?? '', view.role).not.toMatch(new RegExp(line.role.replace(/^(je|jouw) /i, ''), 'i'));
			}
		}
		// The block at the top holds exactly the roles with a route, those around the line first.
		const direct = directHelpViews(views);
		expect(direct.map((view) => view.role).sort()).toEqual(roles.filter((role) => role.routes.length > 0).map((role) => role.role).sort());
		const aroundTheLine = direct.map((view) => view.bypassesLine);
		expect(aroundTheLine).toEqual([...aroundTheLine].sort((a, b) => Number(b) - Number(a)));
	});
});

describe('organisation.yaml refuses a fallback that leads a role around the line back to the line', () => {
	const lineRole = `  - role: Je leidinggevende\n    about: Een vermoeden aan de orde stellen.\n    reachedDirectly: true\n    line: true\n`;
	const bypass = (askInstead: string) => `  - role: Bureau Integriteit\n    about: Een vermoeden melden.\n    bypassesLine: true\n    whileUnset:\n      askInstead: [${askInstead}]\n`;
	const organisationWith = (roles: string) => readFileSync(join(minimalContent, 'organisation.yaml'), 'utf8').replace('helpRoles:\n', `helpRoles:\n${roles}`);
	const check = (roles: string) => loadHandbook(contentFixture({ 'organisation.yaml': organisationWith(roles) }));

	test('directly: the role that is the line, as the fallback of a role that bypasses it', () => {
		const { handbook, errors } = check(lineRole + bypass('Je leidinggevende'));
		expect(handbook).toBeUndefined();
		expect(errors).toEqual([
			expect.objectContaining({
				file: expect.stringMatching(/organisation\.yaml$/),
				field: 'helpRoles, punt 2.whileUnset.askInstead, punt 1',
				message: expect.stringMatching(/^"Bureau Integriteit" is er om buiten de lijn om te bereiken \(bypassesLine: true\), maar "Je leidinggevende" is de lijn \(line: true\)\. .*Verwacht een rol buiten de lijn/),
			}),
		]);
	});

	test('through a role that cannot be reached yet and falls back on the line itself', () => {
		const detour = `  - role: Platform\n    about: Meedenken.\n    whileUnset:\n      askInstead: [Je leidinggevende]\n`;
		const { errors } = check(lineRole + detour + bypass('Platform'));
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatchObject({ field: 'helpRoles, punt 3.whileUnset.askInstead, punt 1', message: expect.stringContaining('"Platform" loopt, zolang die geen route heeft, via "Je leidinggevende" (line: true)') });
	});

	test('a detour that has a route of its own, a role outside the line, or no fallback at all is accepted', () => {
		const reachable = `  - role: Platform\n    about: Meedenken.\n    routes:\n      - {kind: e-mail, label: Platform, value: platform@voorbeeld.nl}\n    whileUnset:\n      askInstead: [Je leidinggevende]\n`;
		expect(check(lineRole + reachable + bypass('Platform')).errors).toEqual([]);
		const outside = `  - role: Vertrouwenspersoon\n    about: Luisteren.\n    bypassesLine: true\n    whileUnset:\n      askInstead: [Bureau Integriteit]\n`;
		expect(check(lineRole + outside + bypass('Vertrouwenspersoon')).errors).toEqual([]);
		expect(check(lineRole + '  - role: Bureau Integriteit\n    about: Een vermoeden melden.\n    bypassesLine: true\n').errors).toEqual([]);
	});

	test('a fallback that names no role of the list is refused too', () => {
		const { errors } = check(lineRole + bypass('Bureau Integrteit'));
		expect(errors).toHaveLength(1);
		expect(errors[0]!.message).toMatch(/^verwacht de naam van een andere rol uit helpRoles \("Je leidinggevende", "Bureau Integriteit", "Projectleider"\), gevonden: "Bureau Integrteit"$/);
	});
});
