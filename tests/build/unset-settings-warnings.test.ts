import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load-handbook.ts';
import { buildVariant } from '../helpers/build-variant.ts';

const roles = loadHandbook('content').handbook!.organisation.helpRoles;
const unreachable = roles.filter((role) => !role.reachedDirectly && role.routes.length === 0);
const [reached] = unreachable;

let variant: ReturnType<typeof buildVariant>;
// The shipped handbook with a route filled in for one role.
beforeAll(() => {
	variant = buildVariant((content) => {
		const file = join(content, 'organisation.yaml');
		const text = readFileSync(file, 'utf8');
		const role = text.indexOf(`- role: ${reached!.role}`);
		const routes = text.indexOf('routes: []', role);
		writeFileSync(file, `${text.slice(0, routes)}routes: [{kind: telefoon, label: Bel, value: 020 123 4567}]${text.slice(routes + 'routes: []'.length)}`);
	});
});
afterAll(() => variant?.remove());

test('a build warns in Dutch about every help role without a way to reach it, and about no other', () => {
	expect(unreachable.length).toBeGreaterThan(1);
	for (const role of unreachable.slice(1)) expect(variant.output).toContain(`helpRoles, "${role.role}": nog geen manier om deze rol te bereiken`);
	expect(variant.output).not.toContain(`"${reached!.role}": nog geen manier`);
	for (const role of roles.filter((role) => role.reachedDirectly)) expect(variant.output).not.toContain(`"${role.role}"`);
});
