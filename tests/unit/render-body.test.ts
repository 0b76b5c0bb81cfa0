import { describe, expect, test } from 'vitest';
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
