import { escapeHtml } from '../escape-html.ts';

/**
 * Where a version lacks a page another edition has, the site shows a page that looks like every
 * other: the header, the version bar and the styles of that version. Each edition builds one such
 * page with Starlight, holding markers instead of the title and text; assemble-site.ts copies it to
 * every missing address, fills in the markers, and removes the template itself.
 */
export const missingPageTemplate = {
	/** Its path within an edition; never served, removed once the site is put together. */
	path: '/niet-in-deze-versie/',
	title: 'HANDBOOK-MISSING-TITLE',
	body: 'HANDBOOK-MISSING-BODY',
};

/** What to fill in: what is missing, the nearest page this edition has, and the editions that have the page. */
export interface MissingPage {
	heading: string;
	nearest: { href: string; text: string };
	elsewhere: { href: string; name: string }[];
	/** The missing page's path within the edition, such as /gedragscode/thema/regel/. */
	path: string;
}

/** The body of the page: where the page does exist, and the nearest page here. */
export function missingPageBody({ nearest, elsewhere }: MissingPage): string {
	const links = elsewhere.map(({ href, name }) => `<a href="${escapeHtml(href)}">${escapeHtml(name)}</a>`);
	const where = links.length > 0 ? `<p>Deze pagina staat wel in ${links.length === 1 ? links[0] : `${links.slice(0, -1).join(', ')} en ${links.at(-1)}`}.</p>\n` : '';
	return `${where}<p><a href="${escapeHtml(nearest.href)}" data-handbook-nearest>${escapeHtml(nearest.text)}</a></p>`;
}

/**
 * A page of the edition's own template with the markers filled in. The template's own address,
 * wherever it appears (the version switcher, the link to the newest version), becomes the missing
 * page's address, so the switcher leads to the same page in every other edition.
 */
export function fillMissingPage(template: string, page: MissingPage): string {
	const bodyMarker = new RegExp(`<p[^>]*>${missingPageTemplate.body}</p>`);
	if (!bodyMarker.test(template) || !template.includes(missingPageTemplate.title)) throw new Error('De sjabloonpagina voor ontbrekende pagina’s mist haar markeringen; zie src/pages/niet-in-deze-versie.astro.');
	return template
		.replace(bodyMarker, missingPageBody(page))
		.replaceAll(missingPageTemplate.title, escapeHtml(page.heading))
		.replaceAll(missingPageTemplate.path.slice(1), page.path.slice(1))
		.replace(/<body(?=[\s>])/, '<body data-handbook-forward');
}
