import { describe, expect, test } from 'vitest';
import { contentFixture } from '../helpers/content-fixture.ts';
import { runScript } from '../helpers/run-script.ts';

/** Runs `npm run check` the way a content author does, on the given content folder. */
const checkContent = (content: string) => runScript('check-content.ts', [], content);

describe('npm run check', () => {
	test('says the content is in order and how much there is', () => {
		const result = checkContent(contentFixture());
		expect(result.status).toBe(0);
		expect(result.stdout.trim()).toBe('De inhoud is in orde: 1 regel, 1 werkafspraak, 1 interpretatie, 1 begrip.');
	});

	test('fails with the Dutch report when a file is wrong', () => {
		const result = checkContent(contentFixture({ 'terms/microagressie.yaml': 'term: Microagressie\n' }));
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('De inhoud van het handboek bevat 1 fout:');
		expect(result.stderr).toMatch(/terms\/microagressie\.yaml — veld "summary": ontbreekt; verwacht tekst/);
	});
});
