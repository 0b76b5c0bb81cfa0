import { expect, test } from 'vitest';
import EntryBody from '../../src/components/EntryBody.astro';
import { editionsOf, type Edition } from '../../src/lib/edition.ts';
import { linksOf } from '../../src/lib/paths.ts';
import { glossaryOf } from '../../src/lib/term-links.ts';
import { linksIn, render } from './render.ts';

/**
 * On a rule's, an agreement's or an interpretation's own page, the first use of a glossary term in
 * its text links to the term's page, so a reader meets the explanation where the word is used.
 */
const editions = editionsOf([], '/content', '2026-12-03', '/handboek/');
const working = editions.at(-1) as Edition;
const terms = [
	{ id: 'microagressie', data: { term: 'Microagressie' } },
	{ id: 'omstander', data: { term: 'Omstander' } },
];
const entry = (html: string) => ({ id: 'team-noord-toon', collection: 'interpretations', data: {}, body: '', rendered: { html } });

test('the first use of each term links to its page in the edition; later uses and headings stay plain', async () => {
	const body = '<h2>Microagressie</h2><p>Een microagressie is klein. Als omstander zeg je er iets van. Weer een microagressie.</p>';
	const html = await render(EntryBody, { edition: working, editions, props: { entry: entry(body), glossary: glossaryOf(terms, linksOf(working).term) } });
	expect(linksIn(html)).toEqual(['microagressie → /handboek/begrippen/microagressie/', 'omstander → /handboek/begrippen/omstander/']);
	expect(html).toContain('<h2>Microagressie</h2>');
});

test('without a glossary (a card in a list) the body is shown as rendered', async () => {
	const body = '<p>Een microagressie is klein.</p>';
	const html = await render(EntryBody, { edition: working, editions, props: { entry: entry(body) } });
	expect(linksIn(html)).toEqual([]);
});
