import { expect, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load-handbook.ts';
import { contentFixture } from '../helpers/content-fixture.ts';

const interpretation = (team: string) => `---
title: Zo letten we op onze toon in de chat
rule: respectvol-omgaan
team: ${team}
level: team
status: voorstel
date: 2025-05-12
---

We spreken elkaar rustig aan.
`;

test('two team names that would share one page are refused, naming both files and the address', () => {
	const { handbook, errors } = loadHandbook(
		contentFixture({
			'interpretations/respectvol-omgaan/team-noord-oost-toon.mdx': interpretation('Team Noord-Oost'),
			'interpretations/respectvol-omgaan/team-noord-oost-chat.mdx': interpretation('Team Noord Oost'),
		}),
	);
	expect(handbook).toBeUndefined();
	expect(errors).toHaveLength(1);
	const [error] = errors;
	expect(error!.field).toBe('team');
	expect([error!.file, error!.message].join(' ')).toMatch(/team-noord-oost-toon\.mdx/);
	expect([error!.file, error!.message].join(' ')).toMatch(/team-noord-oost-chat\.mdx/);
	expect(error!.message).toMatch(/^"Team Noord[- ]Oost" krijgt hetzelfde adres \(\/teams\/team-noord-oost\/\) als "Team Noord[- ]Oost" in .+; verwacht voor hetzelfde team precies dezelfde schrijfwijze, of een naam die meer verschilt als het een ander team is$/);
});

test('the same name written the same way in many files is one team, and no error', () => {
	const { handbook, errors } = loadHandbook(
		contentFixture({
			'interpretations/respectvol-omgaan/team-noord-oost-toon.mdx': interpretation('Team Noord-Oost'),
			'interpretations/respectvol-omgaan/team-noord-oost-chat.mdx': interpretation('Team Noord-Oost'),
		}),
	);
	expect(errors).toEqual([]);
	expect(handbook).toBeDefined();
});
