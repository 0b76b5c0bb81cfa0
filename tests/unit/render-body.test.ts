import { describe, expect, test } from 'vitest';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { checkMdxBody } from '../../src/lib/content/check-mdx-body.ts';
import { bodyRenderer, shiftHeadings } from '../../src/lib/content/render-body.ts';

const render = bodyRenderer({ base: '/werkversie/', basePath: '/' });

describe('a contributed body as HTML', () => {
	test('gives its headings ids, its first paragraph as the lead, and <Voorbeeld> as a labelled example', () => {
		const { html, lead } = render('Eerst *dit* en "dat".\n\n## Zo doen we het\n\n<Voorbeeld>\nEen collega groet.\n</Voorbeeld>\n');
		expect(lead).toBe('Eerst dit en "dat".');
		expect(html).toContain('<h2 id="zo-doen-we-het">Zo doen we het</h2>');
		expect(html).toMatch(/<div class="example"><p class="example__label">[^<]+<\/p>/);
		expect(html).toContain('“dat”');
	});

	test('moves headings down under a card, never below h6, and leaves rules and text about tags alone', () => {
		const { html } = render('## Twee\n\n##### Vijf\n\n---\n\nSchrijf nooit `<h2>` in een tekst.\n');
		const shifted = shiftHeadings(html, 2);
		expect(shifted).toContain('<h4 id="twee">Twee</h4>');
		expect(shifted).toContain('<h6 id="vijf">Vijf</h6>');
		expect(shifted).toContain('<hr>');
		expect(shifted.replace(/<(\/?)h[46]/g, '<$1h2').replace('<h2 id="vijf">Vijf</h2>', '<h5 id="vijf">Vijf</h5>')).toBe(html);
		expect(shiftHeadings(html, 0)).toBe(html);
	});
});

describe('typographic quotes, dashes and ellipses', () => {
	// Astro's own pipeline runs remark-smartypants on every body; render-body.ts skips it where it
	// could change nothing. Each body here has one thing it changes, or none.
	const everyProcessor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkSmartypants).use(remarkRehype).use(rehypeStringify);
	const bodies = [
		'Hij zei "ja" en ging.',
		"Zo'n afspraak, 's ochtends.",
		'Eerst dit -- dan dat.',
		'Drie puntjes... en verder.',
		'Met spaties . . . ook.',
		'Dubbele ``backticks\'\' als aanhalingstekens.',
		'Een zin. En nog een zin.',
		'Geen teken om te veranderen, alleen „Nederlandse” aanhalingstekens.',
		'Code `a "b" c` blijft code, "dit" niet.',
		'**Vet "deel** van een citaat".',
	];

	test.each(bodies)('render as remark-smartypants renders them: %s', (body) => {
		const expected = String(everyProcessor.processSync(body));
		const html = render(body).html;
		// render-body.ts adds heading ids and base links; these bodies have neither.
		expect(html).toBe(expected);
	});

	test('a body is rendered the same from the content check’s parse as from its own', () => {
		const text = '---\ntitle: Een titel\n---\n\n  Hij zei "ja" -- en ging...\n\n## Daarna\n\n<Voorbeeld titel="Zo">\nEen collega groet.\n</Voorbeeld>\n\n';
		const body = text.split('---\n')[2]!;
		const { tree } = checkMdxBody(body, 'x.mdx', 4);
		expect(tree).toBeDefined();
		expect(render(body.trim(), tree)).toEqual(render(body.trim()));
	});
});
