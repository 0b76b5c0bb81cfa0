import { linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseHTML } from 'linkedom';
import { stringify } from 'yaml';
import { filesOf } from './page-sizes.ts';

/**
 * Starlight's default site, which the benchmark's targets compare with: the same pages as the
 * working version of a build of ours, each a Markdown page with that page's title and main text,
 * in a Starlight project as a team would start one: the Dutch locale, and a sidebar Starlight
 * generates itself (`autogenerate`) for each top-level folder, nothing of our own sidebar. It has
 * no versions: Starlight has none of its own.
 */
export interface PlainPage {
	/** The page's address in our site: /, /gedragscode/, /interpretaties/<id>/ … */
	route: string;
	title: string;
	/** The main text as Markdown blocks: headings, list items and paragraphs. */
	blocks: string[];
}

const blockTags = 'h2, h3, h4, h5, h6, p, li, dt, dd, th, td, blockquote, figcaption, summary, pre';

/** Text as Markdown shows it literally: no markup, HTML or list marker is read into it. */
export function literalMarkdown(text: string): string {
	return text
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/[\\`*_[\]<>#|~{}&]/g, (character) => `\\${character}`)
		.replace(/^([-+=]|\d+[.)])/, (marker) => marker.replace(/([-+=.)])$/, '\\$1'));
}

/** The title and main text of one built page of ours. */
export function plainPageOf(route: string, html: string): PlainPage {
	const main = html.slice(html.indexOf('<main'), html.lastIndexOf('</main>') + '</main>'.length);
	const { document } = parseHTML(`<!doctype html><html><head>${/<title>[\s\S]*?<\/title>/.exec(html)?.[0] ?? ''}</head><body>${main}</body></html>`);
	const title = (document.querySelector('h1')?.textContent ?? document.title.split(' | ')[0] ?? route).replace(/\s+/g, ' ').trim();
	const scope = document.querySelector('.sl-markdown-content') ?? document.querySelector('main') ?? document.body;
	const blocks = [...scope.querySelectorAll(blockTags)]
		.filter((element) => !element.querySelector(blockTags))
		.map((element) => {
			const text = literalMarkdown(element.textContent ?? '');
			if (!text) return '';
			if (/^H[2-6]$/.test(element.tagName)) return `${'#'.repeat(Number(element.tagName[1]))} ${text}`;
			return element.tagName === 'LI' ? `- ${text}` : text;
		})
		.filter(Boolean);
	return { route, title: title || route, blocks };
}

/** The route of a page file of a built site: index.html → /, a/b/index.html → /a/b/; 404.html and other .html files are no content page. */
export function routeOfPageFile(path: string): string | undefined {
	if (path === 'index.html') return '/';
	return path.endsWith('/index.html') ? `/${path.slice(0, -'index.html'.length)}` : undefined;
}

/** A page the site assembly added where an edition lacks a page (it forwards, or says the page is not in this version): no page of the handbook itself. */
export const isAddedPage = (html: string) => /<body[^>]*\sdata-handbook-forward|<meta http-equiv="refresh"/.test(html);

/**
 * Every content page of one edition of a built site of ours (all its index.html pages; the 404 page
 * Starlight makes itself), leaving out the folders of other editions within it and the pages the
 * assembly added for pages this edition lacks.
 */
export function pagesOfBuiltSite(editionDir: string, otherEditions: string[] = []): PlainPage[] {
	const others = otherEditions.map((path) => `${path.replace(/^\/|\/$/g, '')}/`).filter((path) => path !== '/');
	return filesOf(editionDir).flatMap(({ path }) => {
		const route = routeOfPageFile(path);
		if (!route || others.some((other) => path.startsWith(other))) return [];
		const html = readFileSync(join(editionDir, path), 'utf8');
		return isAddedPage(html) ? [] : [plainPageOf(route, html)];
	});
}

/**
 * The sidebar a team writes first: the top-level pages by name, and one group per top-level folder
 * whose entries Starlight generates from the folder (`autogenerate`), nested as the folders are.
 */
export function defaultSidebar(pages: PlainPage[]): unknown[] {
	const slugs = pages.map((page) => page.route.replace(/^\/|\/$/g, '')).filter(Boolean).sort();
	const folders = [...new Set(slugs.filter((slug) => slug.includes('/')).map((slug) => slug.split('/')[0]!))];
	const topLevel = slugs.filter((slug) => !slug.includes('/'));
	return [...topLevel.map((slug) => ({ slug })), ...folders.map((folder) => ({ label: folder, items: [{ autogenerate: { directory: folder } }] }))];
}

/** The Markdown file of one page: its place in src/content/docs and its text. */
export function markdownFileOf(page: PlainPage): { path: string; text: string } {
	const path = page.route === '/' ? 'index.md' : `${page.route.replace(/^\/|\/$/g, '')}.md`;
	const frontmatter = stringify({ title: page.title }, { lineWidth: 0 });
	return { path, text: `---\n${frontmatter}---\n\n${page.blocks.join('\n\n')}\n` };
}

/** Every file of Starlight's default project, by path. Its package.json names astro and Starlight, or Vite would leave Starlight external. */
export function defaultSiteFiles(pages: PlainPage[], siteTitle: string, versions: { astro: string; starlight: string }): Map<string, string> {
	const files = new Map<string, string>();
	files.set('package.json', `${JSON.stringify({ name: 'starlight-standaard', private: true, type: 'module', dependencies: { astro: versions.astro, '@astrojs/starlight': versions.starlight } }, null, '\t')}\n`);
	files.set(
		'astro.config.mjs',
		[
			"import { defineConfig } from 'astro/config';",
			"import starlight from '@astrojs/starlight';",
			'',
			`export default defineConfig({ integrations: [starlight({ title: ${JSON.stringify(siteTitle)}, defaultLocale: 'root', locales: { root: { label: 'Nederlands', lang: 'nl' } }, sidebar: ${JSON.stringify(defaultSidebar(pages))} })] });`,
			'',
		].join('\n'),
	);
	files.set(
		'src/content.config.ts',
		[
			"import { defineCollection } from 'astro:content';",
			"import { docsLoader } from '@astrojs/starlight/loaders';",
			"import { docsSchema } from '@astrojs/starlight/schema';",
			'',
			'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
			'',
		].join('\n'),
	);
	for (const page of pages) {
		const { path, text } = markdownFileOf(page);
		files.set(`src/content/docs/${path}`, text);
	}
	return files;
}

export function writeFiles(root: string, files: Map<string, string>) {
	for (const [path, text] of files) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
}

/** Caches and work folders of other builds stay out of the copy. */
const notCopied = (name: string) => ['.astro', '.vite', '.cache'].includes(name) || name.startsWith('.handbook-build-');

/**
 * A hard-linked copy of node_modules: Starlight's default site needs a real folder of its own (a symlink
 * makes Vite leave Starlight external), and hard links cost no space. Symlinks stay symlinks.
 */
export function hardLinkTree(source: string, target: string, top = true) {
	mkdirSync(target, { recursive: true });
	for (const name of readdirSync(source)) {
		if (top && notCopied(name)) continue;
		const from = join(source, name);
		const to = join(target, name);
		const stat = lstatSync(from);
		if (stat.isSymbolicLink()) symlinkSync(readlinkSync(from), to);
		else if (stat.isDirectory()) hardLinkTree(from, to, false);
		else linkSync(from, to);
	}
}
