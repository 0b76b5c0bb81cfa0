import { describe, expect, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load-handbook.ts';
import { ownerSettings, unsetOwnerSettings, unsetSettingsReport, unsetSettingsWarnings } from '../../src/lib/owner-settings.ts';
import type { Organisation } from '../../src/schemas/organisation.ts';
import { shippedContent } from '../helpers/content-fixture.ts';

const { organisation } = loadHandbook(shippedContent).handbook!;
const roles = organisation.helpRoles;
const unreachable = roles.filter((role) => !role.reachedDirectly && role.routes.length === 0);
const [reached] = unreachable;

/** The shipped organisation with a route filled in for one role. */
const oneRouteSet: Organisation = {
	...organisation,
	helpRoles: roles.map((role) => (role === reached ? { ...role, routes: [{ kind: 'telefoon' as const, label: 'Bel', value: '020 123 4567' }] } : role)),
};
/** Everything the owner can settle, settled (invented values, for the test only). */
const everythingSet: Organisation = {
	...oneRouteSet,
	helpRoles: roles.map((role) => (role.reachedDirectly ? role : { ...role, routes: [{ kind: 'e-mail' as const, label: 'Mail', value: 'rol@voorbeeld.nl' }] })),
	contact: roles[0]!.role,
	codeOfConductUrl: 'https://voorbeeld.nl/gedragscode',
	site: 'https://handboek.voorbeeld.nl',
	repository: { host: 'github', url: 'https://github.com/voorbeeld/handboek', branch: 'main' },
	procedure: { adoptingBody: 'het MT', route: ['Het team stelt voor.', 'Het MT besluit.'] },
	anonymousChannel: { label: 'De vertrouwenspersoon', email: 'inbreng@voorbeeld.nl' },
	proposalInbox: { label: 'Het secretariaat', email: 'voorstellen@voorbeeld.nl' },
	contentLicence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
} as Organisation;

describe('everything only the owner can settle is listed in one place', () => {
	test('each help role that needs an address and has none is listed; one with a route, or reached directly, is not', () => {
		expect(unreachable.length).toBeGreaterThan(1);
		const fields = unsetOwnerSettings(oneRouteSet).map((setting) => setting.field);
		for (const role of unreachable.slice(1)) expect(fields).toContain(`helpRoles, "${role.role}"`);
		expect(fields).not.toContain(`helpRoles, "${reached!.role}"`);
		for (const role of roles.filter((role) => role.reachedDirectly)) expect(fields.join(' ')).not.toContain(`"${role.role}"`);
	});

	test('the settings the shipped handbook leaves unset are listed by name, and each disappears once set', () => {
		const unset = unsetOwnerSettings(organisation).map((setting) => setting.field);
		for (const field of ['site', 'repository', 'proposalInbox', 'procedure', 'anonymousChannel', 'codeOfConductUrl', 'contentLicence', 'contact']) expect(unset).toContain(field);
		expect(unsetOwnerSettings(everythingSet)).toEqual([]);
		expect(ownerSettings(everythingSet).every((setting) => setting.set)).toBe(true);
		expect(ownerSettings(everythingSet).map((setting) => setting.field)).toEqual(ownerSettings(organisation).map((setting) => setting.field));
	});

	test('npm run check ends with one short Dutch line per unset setting, and says nothing once all are set', () => {
		const report = unsetSettingsReport(organisation);
		const unset = unsetOwnerSettings(organisation);
		expect(report[0]).toBe(`Nog niet ingesteld in content/organisation.yaml (${unset.length}; alleen de eigenaar kan dit invullen, zie ook /beheer/):`);
		expect(report.slice(1)).toEqual(unset.map(({ field, what }) => `  - ${field}: ${what}`));
		for (const line of report.slice(1)) expect(line.length, line).toBeLessThanOrEqual(120);
		expect(unsetSettingsReport(everythingSet)).toEqual([]);
	});

	test('the build warns about the same settings, naming the file', () => {
		const warnings = unsetSettingsWarnings(organisation);
		expect(warnings).toEqual(unsetOwnerSettings(organisation).map(({ field, what }) => `content/organisation.yaml — ${field} is nog niet ingesteld: ${what}.`));
		expect(unsetSettingsWarnings(everythingSet)).toEqual([]);
	});
});
