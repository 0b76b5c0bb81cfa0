import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildFrom } from '../helpers/astro.ts';
import { readPage } from '../helpers/built-site.ts';
import { contentFixture, minimalContent } from '../helpers/content-fixture.ts';

const organisation = readFileSync(join(minimalContent, 'organisation.yaml'), 'utf8');
const repository = 'https://github.com/voorbeeld/handboek';

/** The pages made from the minimal handbook's rule, agreement and interpretation, with the source file of each. */
const pages = [
	['rule', '/gedragscode/omgaan-met-anderen/respectvol-omgaan/', 'content/rules/respectvol-omgaan.mdx'],
	['agreement', '/werkafspraken/samen-op-kantoor/', 'content/agreements/samen-op-kantoor.mdx'],
	['interpretation', '/interpretaties/team-noord-toon/', 'content/interpretations/team-noord-toon.mdx'],
] as const;

const editLinks = (document: Document) => [...document.querySelectorAll('footer a')].filter((link) => link.textContent?.includes('Bewerk pagina')).map((link) => link.getAttribute('href'));

let withRepository: string;
let withoutRepository: string;
const removals: (() => void)[] = [];

beforeAll(async () => {
	const removeWhenDone = (remove: () => void) => removals.push(remove);
	const [withIt, withoutIt] = await Promise.all([
		buildFrom(contentFixture({ 'organisation.yaml': `${organisation}repository: { host: github, url: ${repository}, branch: werkversie }\n` }, removeWhenDone), removeWhenDone),
		buildFrom(contentFixture({}, removeWhenDone), removeWhenDone),
	]);
	for (const build of [withIt, withoutIt]) if (build.status !== 0) throw new Error(build.output);
	withRepository = withIt.dist;
	withoutRepository = withoutIt.dist;
}, 180_000);
afterAll(() => removals.forEach((remove) => remove()));

describe('edit links to a page’s source file', () => {
	test.each(pages)('with a repository in organisation.yaml, the %s page links to its file on the git host', (_, route, file) => {
		expect(editLinks(readPage(route, withRepository))).toEqual([`${repository}/edit/werkversie/${file}`]);
	});

	test.each(pages)('without a repository, the %s page has no edit link and still builds', (_, route) => {
		const page = readPage(route, withoutRepository);
		expect(page.querySelector('main h1')).not.toBeNull();
		expect(editLinks(page)).toEqual([]);
	});
});
