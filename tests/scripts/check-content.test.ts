import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentFixture, minimalContent } from '../helpers/content-fixture.ts';
import { runScript } from '../helpers/run-script.ts';

/** Runs `npm run check` the way a content author does, on the given content folder. */
const checkContent = (content: string) => runScript('check-content.ts', [], content);

describe('npm run check', () => {
	test('says the content is in order and how much there is', () => {
		const result = checkContent(contentFixture());
		expect(result.status).toBe(0);
		expect(result.stdout.trim().split('\n')[0]).toBe('De inhoud is in orde: 1 regel, 1 werkafspraak, 1 interpretatie, 1 begrip.');
	});

	test('ends with what only the owner can settle and has not yet, one line each', () => {
		const lines = checkContent(contentFixture()).stdout.trim().split('\n');
		const heading = lines.findIndex((line) => line.startsWith('Nog niet ingesteld in content/organisation.yaml'));
		expect(heading).toBeGreaterThan(0);
		const listed = lines.slice(heading + 1);
		// The minimal handbook names its contact role and sets nothing else; that one help role has no route.
		expect(listed).toEqual([
			'  - helpRoles, "Projectleider": hoe lezers deze rol bereiken (routes)',
			expect.stringMatching(/^ {2}- codeOfConductUrl: /),
			expect.stringMatching(/^ {2}- site: /),
			expect.stringMatching(/^ {2}- repository: /),
			expect.stringMatching(/^ {2}- procedure: /),
			expect.stringMatching(/^ {2}- anonymousChannel: /),
			expect.stringMatching(/^ {2}- contentLicence: /),
		]);
	});

	test('leaves out of that list what the owner has set', () => {
		const organisation = `${readFileSync(join(minimalContent, 'organisation.yaml'), 'utf8')}site: https://handboek.voorbeeld.nl\ncontentLicence: { name: CC BY 4.0, url: https://creativecommons.org/licenses/by/4.0/ }\n`;
		const { stdout } = checkContent(contentFixture({ 'organisation.yaml': organisation }));
		expect(stdout).toContain('  - repository: ');
		expect(stdout).not.toContain('  - site: ');
		expect(stdout).not.toContain('  - contentLicence: ');
	});

	test('fails with the Dutch report when a file is wrong', () => {
		const result = checkContent(contentFixture({ 'terms/microagressie.yaml': 'term: Microagressie\n' }));
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('De inhoud van het handboek bevat 1 fout:');
		expect(result.stderr).toMatch(/terms\/microagressie\.yaml — veld "summary": ontbreekt; verwacht tekst/);
	});
});
