import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load-handbook.ts';
import { fictitiousLabel } from '../../src/lib/labels.ts';
import { paths } from '../../src/lib/routes.ts';
import { listFiles } from '../../src/lib/content/content-files.ts';
import { unsetSettingsWarnings } from '../../src/lib/owner-settings.ts';
import { distDir } from '../helpers/astro.ts';
import { buildVariant, setYamlLine } from '../helpers/build-variant.ts';
import { builtFile } from '../helpers/built-site.ts';
import { shippedContent } from '../helpers/content-fixture.ts';

const { handbook } = loadHandbook(shippedContent);
const examples = [...handbook!.interpretations.values()].filter((i) => i.data.fictitious);
const pageText = (dir: string) => listFiles(dir).filter((file) => file.endsWith('.html')).map((file) => readFileSync(join(dir, file), 'utf8'));

let hidden: ReturnType<typeof buildVariant>;
beforeAll(() => {
	hidden = buildVariant((content) => setYamlLine(join(content, 'organisation.yaml'), 'showExamples', 'false'));
});
afterAll(() => hidden?.remove());

describe('one setting in organisation.yaml leaves the invented examples out of the site', () => {
	test('with the shipped setting, the examples are on the site, labelled', () => {
		expect(examples.length).toBeGreaterThan(0);
		for (const { id } of examples) expect(existsSync(builtFile(paths.interpretation(id))), id).toBe(true);
		expect(pageText(distDir).some((html) => html.includes(fictitiousLabel))).toBe(true);
	});

	test('with showExamples: false, no example has a page, a card, a count or a search entry', () => {
		for (const { id } of examples) expect(existsSync(builtFile(paths.interpretation(id), hidden.outDir)), id).toBe(false);
		const pages = pageText(hidden.outDir);
		expect(pages.length).toBeGreaterThan(30);
		const mentionsAnExample = (html: string) => examples.some(({ id, data }) => html.includes(data.title) || html.includes(paths.interpretation(id)));
		expect(pages.filter(mentionsAnExample)).toEqual([]);
		const home = readFileSync(builtFile('/', hidden.outDir), 'utf8');
		expect(home).not.toMatch(/verzonnen voorbeeld/);
	});
});

// Any build will do to see what a build prints; this one is made anyway. Which settings are warned about is tested in content-check.
test('a build warns about every setting only the owner can settle that is unset (help routes, addresses, decisions), and names no role reached directly', () => {
	const warnings = unsetSettingsWarnings(handbook!.organisation);
	expect(warnings.length).toBeGreaterThan(1);
	for (const warning of warnings) expect(hidden.output).toContain(warning);
	for (const role of handbook!.organisation.helpRoles.filter((role) => role.reachedDirectly)) expect(hidden.output).not.toContain(`"${role.role}"`);
});
