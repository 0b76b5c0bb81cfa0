import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadHandbook, readOrganisation } from '../../src/lib/content/load-handbook.ts';
import { fictitiousLabel } from '../../src/lib/labels.ts';
import { paths } from '../../src/lib/paths.ts';
import { listFiles } from '../../src/lib/content/content-files.ts';
import { unsetSettingsWarnings } from '../../src/lib/owner-settings.ts';
import { distDir } from '../helpers/astro.ts';
import { buildVariant } from '../helpers/build-variant.ts';
import { builtFile } from '../helpers/built-site.ts';
import { minimalContent, shippedContent } from '../helpers/content-fixture.ts';

const { handbook } = loadHandbook(shippedContent);
const examples = [...handbook!.interpretations.values()].filter((i) => i.data.fictitious);
const pageText = (dir: string) => listFiles(dir).filter((file) => file.endsWith('.html')).map((file) => readFileSync(join(dir, file), 'utf8'));

/**
 * The minimal test handbook with showExamples: false. Beside its invented example (Team Noord) it
 * gets a real team's wording, which must stay, and a role reached directly, which a build never
 * warns about. A build of a few pages instead of the whole handbook: the setting is what is tested.
 */
const example = { id: 'team-noord-toon', title: 'Zo letten we op onze toon' };
const real = { id: 'team-zuid-groeten', title: 'Zo groeten we elkaar in Team Zuid' };
let hidden: ReturnType<typeof buildVariant>;
let organisation: ReturnType<typeof readOrganisation>['data'];
beforeAll(() => {
	hidden = buildVariant(
		(content) => {
			const file = join(content, 'organisation.yaml');
			const settings = parse(readFileSync(file, 'utf8'));
			settings.showExamples = false;
			settings.helpRoles.push({ role: 'Je leidinggevende', about: 'Met je leidinggevende bespreek je wat je ziet.', reachedDirectly: true, line: true });
			writeFileSync(file, stringify(settings));
			const wording = readFileSync(join(content, 'interpretations', 'respectvol-omgaan', `${example.id}.mdx`), 'utf8');
			writeFileSync(
				join(content, 'interpretations', 'respectvol-omgaan', `${real.id}.mdx`),
				wording.replace(example.title, real.title).replace('Team Noord', 'Team Zuid').replace('fictitious: true\n', ''),
			);
			// A home page with the handbook's status, which counts the examples where they are shown.
			mkdirSync(join(content, 'docs'));
			writeFileSync(join(content, 'docs', 'index.mdx'), "---\ntitle: Testhandboek\n---\n\nimport HandbookStatus from '~/components/HandbookStatus.astro';\n\n<HandbookStatus />\n");
			organisation = readOrganisation(content).data;
		},
		{},
		minimalContent,
	);
});
afterAll(() => hidden?.remove());

describe('one setting in organisation.yaml leaves the invented examples out of the site', () => {
	test('with the shipped setting, the examples are on the site, labelled', () => {
		expect(examples.length).toBeGreaterThan(0);
		for (const { id } of examples) expect(existsSync(builtFile(paths.interpretation(id))), id).toBe(true);
		expect(pageText(distDir).some((html) => html.includes(fictitiousLabel))).toBe(true);
	});

	test('with showExamples: false, no example has a page, a card, a count or a search entry; a real team’s wording keeps all of them', () => {
		expect(existsSync(builtFile(paths.interpretation(example.id), hidden.outDir))).toBe(false);
		expect(existsSync(builtFile(paths.interpretation(real.id), hidden.outDir))).toBe(true);
		const pages = pageText(hidden.outDir);
		expect(pages.length).toBeGreaterThan(10);
		expect(pages.filter((html) => html.includes(example.title) || html.includes(paths.interpretation(example.id)))).toEqual([]);
		// The real wording is on its rule's page and its list of agreements, where the example would be.
		for (const route of ['/gedragscode/omgaan-met-anderen/respectvol-omgaan/', '/gedragscode/omgaan-met-anderen/respectvol-omgaan/afspraken/']) {
			expect(readFileSync(builtFile(route, hidden.outDir), 'utf8'), route).toContain(real.title);
		}
		for (const route of ['/', paths.interpretations]) expect(readFileSync(builtFile(route, hidden.outDir), 'utf8'), route).not.toMatch(/verzonnen voorbeeld/);
	});
});

// Any build will do to see what a build prints; this one is made anyway. Which settings are warned about is tested in content-check.
test('a build warns about every setting only the owner can settle that is unset (help routes, addresses, decisions), and names no role reached directly', () => {
	const warnings = unsetSettingsWarnings(organisation!);
	expect(warnings.length).toBeGreaterThan(1);
	for (const warning of warnings) expect(hidden.output).toContain(warning);
	const direct = organisation!.helpRoles.filter((role) => role.reachedDirectly);
	expect(direct.map((role) => role.role)).toEqual(['Je leidinggevende']);
	for (const role of direct) expect(hidden.output).not.toContain(`"${role.role}"`);
});
