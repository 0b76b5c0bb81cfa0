import { describe, expect, test } from 'vitest';
import { endMarker, replaceReadmeSection, sectionHeading, startMarker } from '../../scripts/bench/readme-section.ts';

const readme = ['# De Sociale Norm', '', 'Inleiding.', '', '## Versies', '', 'Over versies.', '', '## Controle bij elke pull request', '', 'Over CI.', ''].join('\n');

describe('the Prestaties section of the README', () => {
	test('is added once, before the section on CI, with the results between the markers; the rest stays as it was', () => {
		const updated = replaceReadmeSection(readme, '| tabel 1 |');
		expect(updated.split(sectionHeading)).toHaveLength(2);
		expect(updated.indexOf(sectionHeading)).toBeGreaterThan(updated.indexOf('Over versies.'));
		expect(updated.indexOf(sectionHeading)).toBeLessThan(updated.indexOf('## Controle bij elke pull request'));
		expect(updated).toContain(`${startMarker}\n| tabel 1 |\n${endMarker}`);
		expect(updated).toContain('npm run bench');
		const section = updated.slice(updated.indexOf(sectionHeading), updated.indexOf('## Controle bij elke pull request'));
		expect(updated.replace(section, '')).toBe(readme);
	});

	test('a next run replaces only the results, and running it twice changes nothing more', () => {
		const first = replaceReadmeSection(replaceReadmeSection(readme, '| tabel 1 |'), '| tabel 2 |');
		expect(first).not.toContain('tabel 1');
		expect(first).toContain(`${startMarker}\n| tabel 2 |\n${endMarker}`);
		expect(replaceReadmeSection(first, '| tabel 2 |')).toBe(first);
		// Text the owner wrote around the markers is kept.
		const edited = first.replace(`${startMarker}`, `Eigen toelichting.\n\n${startMarker}`);
		expect(replaceReadmeSection(edited, '| tabel 3 |')).toContain('Eigen toelichting.\n\n<!-- bench:start -->\n| tabel 3 |');
	});

	test('without the section to put it before, it goes at the end', () => {
		const updated = replaceReadmeSection('# Titel\n\nTekst.\n', 'tabel');
		expect(updated.startsWith('# Titel\n\nTekst.\n\n## Prestaties')).toBe(true);
		expect(updated.endsWith(`${endMarker}\n`)).toBe(true);
	});

	test('refuses a README with only one of the markers instead of guessing', () => {
		expect(() => replaceReadmeSection(`${readme}\n${startMarker}\n`, 'tabel')).toThrow(/markeringen/);
	});
});
