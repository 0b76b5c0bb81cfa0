import { describe, expect, test } from 'vitest';
import ProposalProcedure from '../../src/components/ProposalProcedure.astro';
import { editionsOf } from '../../src/lib/edition.ts';
import { fixtureOrganisation, listItemsIn, render } from './render.ts';

/** How a proposal goes on is the owner's setting (organisation.yaml `procedure`): each state of it, without a build per setting. */
const editions = editionsOf([], '/content', '2026-12-03', '/');
const withProcedure = (procedure: (typeof fixtureOrganisation)['procedure']) => render(ProposalProcedure, { edition: editions[0]!, editions, organisation: { ...fixtureOrganisation, procedure } });

describe('the proposal procedure', () => {
	test('says plainly that nothing is decided while the owner has not set it', async () => {
		const html = await withProcedure(undefined);
		expect(html).toContain('Wie een voorgestelde formulering vaststelt, en welke weg een voorstel daarvoor aflegt, is nog niet besloten.');
		expect(listItemsIn(html)).toEqual([]);
	});

	test('names who adopts a wording and each step, as the owner set them', async () => {
		const html = await withProcedure({ adoptingBody: 'het MT (verzonnen)', route: ['Het team stuurt het voorstel in.', 'Het MT bespreekt het.'] });
		expect(html).toContain('Een voorgestelde formulering wordt vastgesteld door het MT (verzonnen).');
		expect(listItemsIn(html)).toEqual(['Het team stuurt het voorstel in.', 'Het MT bespreekt het.']);
	});

	test('with only who adopts set, says the way is not decided yet', async () => {
		const html = await withProcedure({ adoptingBody: 'het MT (verzonnen)' });
		expect(html).toContain('Welke weg een voorstel aflegt, is nog niet besloten.');
	});
});
