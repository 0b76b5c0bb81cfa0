import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load-handbook.ts';
import { routes } from '../../src/lib/routes.ts';
import { distDir } from '../helpers/astro.ts';
import { buildVariant, setYamlLine } from '../helpers/build-variant.ts';
import { readPage } from '../helpers/built-site.ts';

const { handbook } = loadHandbook('content');
const repository = 'https://github.com/voorbeeld/handboek';
const rule = [...handbook!.rules.values()][0]!;
const agreement = [...handbook!.agreements.values()][0]!;
const interpretation = [...handbook!.interpretations.values()][0]!;

/** A page made from each kind of entry, with the file it is made from (content/…, as in the repository). */
const pages = [
	['rule', routes.rule(rule.data.theme, rule.id), rule.file],
	['agreement', routes.agreement(agreement.id), agreement.file],
	['interpretation', routes.interpretation(interpretation.id), interpretation.file],
] as const;

const editLinks = (page: Document) => [...page.querySelectorAll('footer a')].filter((link) => link.textContent?.includes('Bewerk pagina')).map((link) => link.getAttribute('href'));

let withRepository: ReturnType<typeof buildVariant>;
beforeAll(() => {
	withRepository = buildVariant((content) => setYamlLine(join(content, 'organisation.yaml'), 'repository', `{ host: github, url: ${repository}, branch: werkversie }`));
});
afterAll(() => withRepository?.remove());

describe('edit links to a page’s source file', () => {
	test.each(pages)('with a repository in organisation.yaml, the %s page links to its file on the git host', (_, route, file) => {
		expect(file).toMatch(/^content\//);
		expect(editLinks(readPage(route, withRepository.outDir))).toEqual([`${repository}/edit/werkversie/${file}`]);
	});

	// The shipped organisation.yaml names no repository.
	test.each(pages)('without a repository, the %s page has no edit link', (_, route) => {
		const page = readPage(route, distDir);
		expect(page.querySelector('main h1')).not.toBeNull();
		expect(editLinks(page)).toEqual([]);
	});
});
