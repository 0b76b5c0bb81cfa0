import { describe, expect, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load-handbook.ts';
import { unsetSettingsWarnings } from '../../src/lib/content/unset-settings-warnings.ts';

const { organisation } = loadHandbook('content').handbook!;
const roles = organisation.helpRoles;
const unreachable = roles.filter((role) => !role.reachedDirectly && role.routes.length === 0);
const [reached] = unreachable;

/** The shipped organisation with a route filled in for one role. */
const warnings = unsetSettingsWarnings({
	...organisation,
	helpRoles: roles.map((role) => (role === reached ? { ...role, routes: [{ kind: 'telefoon' as const, label: 'Bel', value: '020 123 4567' }] } : role)),
});

describe('the owner is warned in Dutch about each help role without a way to reach it', () => {
	test('a role without a route is named in a Dutch warning', () => {
		expect(unreachable.length).toBeGreaterThan(1);
		for (const role of unreachable.slice(1)) expect(warnings).toContainEqual(expect.stringContaining(`helpRoles, "${role.role}": nog geen manier om deze rol te bereiken`));
	});

	test('a role with a route, or one reached directly, gives no warning', () => {
		expect(warnings.filter((warning) => warning.includes(`"${reached!.role}"`))).toEqual([]);
		for (const role of roles.filter((role) => role.reachedDirectly)) expect(warnings.filter((warning) => warning.includes(`"${role.role}"`))).toEqual([]);
		expect(warnings).toHaveLength(unreachable.length - 1);
	});
});
