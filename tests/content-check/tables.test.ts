import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { parseHTML } from 'linkedom';
import remarkGfm from 'remark-gfm';
import { expect, test } from 'vitest';
import { rehypeTableRegions } from '../../src/lib/rehype-table-regions.ts';

/** Markdown rendered the way astro.config.mjs has Astro render it, as a DOM. */
async function render(markdown: string) {
	const processor = await createMarkdownProcessor({ gfm: false, remarkPlugins: [remarkGfm], rehypePlugins: [rehypeTableRegions] });
	return parseHTML(`<main>${(await processor.render(markdown)).code}</main>`).document;
}

const table = '| Wie | Waarvoor |\n|---|---|\n| Je leidinggevende | Een vermoeden aan de orde stellen |\n';

test('a table an author writes scrolls in a region of its own that the keyboard reaches, named after the heading above it', async () => {
	const page = await render(`## Wie kan je helpen\n\nEen inleiding.\n\n${table}`);
	const region = page.querySelector('table')?.parentElement;
	expect(region?.getAttribute('role')).toBe('region');
	expect(region?.getAttribute('tabindex')).toBe('0');
	expect(region?.getAttribute('aria-label')).toBe('Tabel: Wie kan je helpen');
	expect(region?.getAttribute('class')).toBe('table-region');
});

test('a table without a heading above it is named after its columns', async () => {
	const page = await render(table);
	expect(page.querySelector('table')?.parentElement?.getAttribute('aria-label')).toBe('Tabel: Wie, Waarvoor');
});
