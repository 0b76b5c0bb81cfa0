import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { docsSchema } from '@astrojs/starlight/schema';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse } from 'yaml';
import { describe, expect, onTestFinished, test } from 'vitest';
import { forgetDefaultSiteBuild } from '../../scripts/bench/builds.ts';
import { defaultSidebar, defaultSiteFiles, pagesOfBuiltSite } from '../../scripts/bench/default-site.ts';

/** A page as our build writes it: the title in the h1, the text in Starlight's Markdown content, chrome around it. */
const builtPage = (title: string, body: string) =>
	`<!doctype html><html lang="nl"><head><title>${title} | De Sociale Norm</title></head><body><header><a href="/">De Sociale Norm</a><nav><ul><li>Zijbalk</li></ul></nav></header><main><div class="edition-bar"><p>Werkversie</p></div><h1 id="_top">${title}</h1><div class="sl-markdown-content">${body}</div></main><footer><p>Toegankelijkheid</p></footer></body></html>`;

const tricky = 'Zo gaan we om met *sterretjes*, <b>punthaken</b>, [haken](x), # en een | streep: "aanhalingstekens" & 100%';

function fakeBuiltSite(): string {
	const root = mkdtempSync(join(tmpdir(), 'bench-ours-'));
	onTestFinished(() => rmSync(root, { recursive: true, force: true }));
	const pages: Record<string, string> = {
		'index.html': builtPage('De Sociale Norm', '<h2>Welkom</h2><p>Het handboek.</p>'),
		'gedragscode/index.html': builtPage('Gedragscode', '<ul><li><p>Omgaan met anderen</p></li><li>Gebruik van bedrijfsmiddelen</li></ul>'),
		'gedragscode/omgaan-met-anderen/niet-pesten/index.html': builtPage('Niet pesten: ook niet "voor de grap"', `<figure><blockquote><p>Je pest niet.</p></blockquote><figcaption>Regel 4</figcaption></figure><p>${tricky.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p><p>- geen lijst</p><p>1. geen genummerde lijst</p>`),
		'interpretaties/team-noord-toon/index.html': builtPage('Zo letten we op onze toon (2)', '<p>Wat we afspreken.</p>'),
		'404.html': builtPage('Niet gevonden', '<p>Deze pagina bestaat niet.</p>'),
		// What the assembly adds where this edition lacks a page, and another edition inside this one's folder.
		'interpretaties/alleen-in-0-1/index.html': builtPage('Staat niet in deze versie', '<p>Zie versie 0.1.</p>').replace('<body>', '<body data-handbook-forward>'),
		'oud/index.html': '<!doctype html><html><head><meta http-equiv="refresh" content="0; url=/"></head><body><main><h1>Verder</h1></main></body></html>',
		'versies/0.1/index.html': builtPage('Versie 0.1', '<p>Oud.</p>'),
		'_astro/page.js': 'console.log(1)',
	};
	for (const [path, html] of Object.entries(pages)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), html);
	}
	return root;
}

const starlightFrontmatter = docsSchema()({ image: () => ({}) } as never);
const markdownText = (markdown: string) => toString(unified().use(remarkParse).parse(markdown));

describe('Starlight’s default site with the same pages', () => {
	test('has one Markdown page per page of our edition (the 404 page is Starlight’s own; no other edition, no page the assembly added), each with that page’s title', () => {
		const pages = pagesOfBuiltSite(fakeBuiltSite(), ['/versies/0.1/']);
		expect(pages.map((page) => page.route).sort()).toEqual(['/', '/gedragscode/', '/gedragscode/omgaan-met-anderen/niet-pesten/', '/interpretaties/team-noord-toon/']);
		const files = defaultSiteFiles(pages, 'De Sociale Norm', { astro: '7.3.5', starlight: '0.42.4' });
		const markdown = [...files.keys()].filter((path) => path.startsWith('src/content/docs/')).sort();
		expect(markdown).toEqual(['src/content/docs/gedragscode.md', 'src/content/docs/gedragscode/omgaan-met-anderen/niet-pesten.md', 'src/content/docs/index.md', 'src/content/docs/interpretaties/team-noord-toon.md']);
		for (const path of markdown) {
			const frontmatter = parse(/^---\n([\s\S]*?)---\n/.exec(files.get(path)!)![1]!);
			expect(starlightFrontmatter.safeParse(frontmatter).success, path).toBe(true);
		}
		const rule = files.get('src/content/docs/gedragscode/omgaan-met-anderen/niet-pesten.md')!;
		expect(parse(/^---\n([\s\S]*?)---\n/.exec(rule)![1]!)).toEqual({ title: 'Niet pesten: ook niet "voor de grap"' });
	});

	test('keeps the main text, and only that, as literal text: no Markdown or HTML is read into it', () => {
		const rule = pagesOfBuiltSite(fakeBuiltSite(), ['/versies/0.1/']).find((page) => page.route === '/gedragscode/omgaan-met-anderen/niet-pesten/');
		const file = defaultSiteFiles([rule!], 'x', { astro: '7.3.5', starlight: '0.42.4' }).get('src/content/docs/gedragscode/omgaan-met-anderen/niet-pesten.md')!;
		const body = file.slice(file.indexOf('---\n', 4) + 4);
		const text = markdownText(body);
		expect(text).toContain('Je pest niet.');
		expect(text).toContain('Regel 4');
		expect(text).toContain(tricky);
		expect(text).toContain('- geen lijst');
		expect(text).toContain('1. geen genummerde lijst');
		expect(text).not.toMatch(/Zijbalk|Toegankelijkheid|Werkversie/);
		expect(unified().use(remarkParse).parse(body).children.every((node) => node.type === 'paragraph')).toBe(true);
	});

	test('is a project of its own that names astro and Starlight, with the sidebar Starlight generates: one autogenerated group per top-level folder, the top-level pages by name', () => {
		const pages = pagesOfBuiltSite(fakeBuiltSite(), ['/versies/0.1/']);
		const files = defaultSiteFiles(pages, 'De Sociale Norm', { astro: '7.3.5', starlight: '0.42.4' });
		expect(JSON.parse(files.get('package.json')!).dependencies).toEqual({ astro: '7.3.5', '@astrojs/starlight': '0.42.4' });
		expect(files.get('astro.config.mjs')).toContain('title: "De Sociale Norm"');
		expect(defaultSidebar(pages)).toEqual([
			{ slug: 'gedragscode' },
			{ label: 'gedragscode', items: [{ autogenerate: { directory: 'gedragscode' } }] },
			{ label: 'interpretaties', items: [{ autogenerate: { directory: 'interpretaties' } }] },
		]);
		expect(files.get('astro.config.mjs')).toContain(`sidebar: ${JSON.stringify(defaultSidebar(pages))}`);
		expect(files.get('src/content.config.ts')).toContain('docsLoader()');
	});
});

describe('a repeated build of Starlight’s default site', () => {
	test('starts without what the build before kept, and keeps the project and its node_modules', () => {
		const site = mkdtempSync(join(tmpdir(), 'bench-default-'));
		onTestFinished(() => rmSync(site, { recursive: true, force: true }));
		const kept = ['node_modules/.astro/data-store.json', 'node_modules/.vite/deps/x.js', '.astro/types.d.ts', 'dist/index.html'];
		const project = ['astro.config.mjs', 'src/content/docs/index.md', 'node_modules/astro/package.json'];
		for (const path of [...kept, ...project]) {
			mkdirSync(dirname(join(site, path)), { recursive: true });
			writeFileSync(join(site, path), 'x');
		}
		forgetDefaultSiteBuild(site, join(site, 'dist'));
		expect(kept.filter((path) => existsSync(join(site, path)))).toEqual([]);
		expect(project.filter((path) => existsSync(join(site, path)))).toEqual(project);
	});
});
