import { readPage, textOf } from './built-site.ts';

/**
 * The real roles whose tasks and promises the handbook may only state as a source states them
 * (issue 21). "Directie-MT" is a level of interpretations, not the directie itself.
 */
export const realRoles: Record<string, RegExp> = {
	projectleider: /\bprojectleider/i,
	'Bureau Integriteit': /\bBureau Integriteit\b/i,
	vertrouwenspersoon: /\bvertrouwensperso(on|nen)\b/i,
	leidinggevende: /\bleidinggevenden?\b/i,
	directie: /\bdirectie\b(?!-)/i,
	kerngroep: /\bkerngroep\b/i,
	'Platform I&D': /\bPlatform I&D\b|\bI&D[- ]platform\b/i,
};

/** How a sentence that names a real role is backed, if at all. */
export type Backing =
	| 'letterlijk' // quoted verbatim from a source, with its source line (a rule, a guideline, a definition)
	| 'bron in de alinea' // its own paragraph or item names a source document or links the rule it rests on
	| 'bron bij het kopje' // the section it stands in has a line "Bron:" or "Bronnen:"
	| 'bron in de lijst Bronnen' // the page's list "Bronnen" names the section it stands in
	| 'bron op de pagina van het begrip' // a term as the glossary lists it, whose own page gives the source
	| 'verzonnen voorbeeld' // an invented example, labelled as one: not a claim about the real state
	| 'afspraak van een team of MT' // a team's or MT's own wording, attributed to it
	| 'geen';

export interface RoleSentence {
	route: string;
	section: string;
	sentence: string;
	roles: string[];
	backing: Backing;
}

/** Blocks whose text is read as sentences: the smallest that hold text of their own. */
const blocks = 'p, li, dd, dt, td, th, h1, h2, h3, h4, figcaption, summary';
/** What is not the page's text: hidden search words, the footer (links, licence, the printed edition line). */
const notText = '[hidden], footer, .handbook-footer, .sr-only';
const sourceDocuments = /Uitvoeringsplan|Plan van Aanpak|Stand van zaken|Visie leren en ontwikkelen|Gedragscode gemeente|Zo staat het in de regel|Zie de regel/i;
const isSourceLine = (block: Element) => block.matches('.source-line') || /^(Bron|Bronnen)( van [^:]+)?:/.test(textOf(block));

/** Splits a block's text into sentences: at . ! ? followed by a space and a capital, a digit or a quote. */
export function sentencesOf(text: string): string[] {
	return text
		.split(/(?<=[.!?…”])\s+(?=[A-Z0-9“„‘(À-Ý])/u)
		.map((sentence) => sentence.trim())
		.filter(Boolean);
}

/** The page's text blocks in reading order, each with the h2 it stands under ('' before the first). */
function blocksBySection(main: Element): { block: Element; section: string }[] {
	let section = '';
	const found: { block: Element; section: string }[] = [];
	for (const element of main.querySelectorAll(`h2, ${blocks}`)) {
		if (element.closest(notText)) continue;
		if (element.matches('h2')) section = textOf(element);
		if (!element.querySelector(blocks)) found.push({ block: element, section });
	}
	return found;
}

/** What a reader and the test know besides the page: invented interpretations, and terms whose own page carries a source. */
export interface RoleSentenceContext {
	fictitious: Set<string>;
	/** Terms whose page quotes a definition or names a source in its explanation. */
	sourcedTerms: Set<string>;
}

/** Every sentence on one built page that names a real role, with how it is backed. */
export function roleSentencesOn(route: string, { fictitious, sourcedTerms }: RoleSentenceContext, dist?: string): RoleSentence[] {
	const main = readPage(route, dist).querySelector('main');
	if (!main) return [];
	const interpretationId = /\/interpretaties\/([^/]+)\/$/.exec(route)?.[1];
	const all = blocksBySection(main);
	const sectionsWithSourceLine = new Set(all.filter(({ block }) => isSourceLine(block)).map(({ section }) => section));
	const listedSections = new Set(
		all.filter(({ section }) => section === 'Bronnen').flatMap(({ block }) => [...block.querySelectorAll('strong')].map((strong) => textOf(strong).replace(/:$/, ''))),
	);
	const idIn = (href: string | null | undefined, folder: string) => (href ? new RegExp(`/${folder}/([^/]+)/$`).exec(href)?.[1] : undefined);
	return all.flatMap(({ block, section }) => {
		const text = textOf(block);
		const backing = (): Backing => {
			// An interpretation, on its own page, as a card, as a row of a list, or as one of its dilemmas.
			const card = block.closest('.interpretation, .dilemmas > li, [data-interpretation]');
			const interpretation = interpretationId ?? idIn(card?.querySelector('a[href*="/interpretaties/"]')?.getAttribute('href'), 'interpretaties');
			if (interpretation && (interpretationId || card)) return fictitious.has(interpretation) ? 'verzonnen voorbeeld' : 'afspraak van een team of MT';
			if (block.closest('.official-text, blockquote')) return 'letterlijk';
			const linksARule = [...block.querySelectorAll('a')].some((a) => /\/gedragscode\/[^/]+\/[^/]+\/$/.test(a.getAttribute('href') ?? ''));
			if (sourceDocuments.test(text) || linksARule || block.querySelector('cite')) return 'bron in de alinea';
			if (sectionsWithSourceLine.has(section)) return 'bron bij het kopje';
			// The list names a section by its heading or a short form of it: "Niet vrijblijvend" for "Het is niet vrijblijvend".
			if (section && [...listedSections].some((listed) => section.toLowerCase().includes(listed.toLowerCase()))) return 'bron in de lijst Bronnen';
			// A term as the glossary lists it: its own page quotes the definition or names the source.
			const termLink = (block.matches('dd') ? block.previousElementSibling : block)?.querySelector('a[href*="/begrippen/"]');
			const term = idIn(termLink?.getAttribute('href'), 'begrippen');
			if (term && sourcedTerms.has(term)) return 'bron op de pagina van het begrip';
			return 'geen';
		};
		return sentencesOf(text).flatMap((sentence) => {
			const roles = Object.entries(realRoles)
				.filter(([, pattern]) => pattern.test(sentence))
				.map(([role]) => role);
			return roles.length === 0 ? [] : [{ route, section, sentence, roles, backing: backing() }];
		});
	});
}

/** The report a reviewer reads: counts first, then every sentence per page, unbacked ones marked. */
export function roleSentenceReport(sentences: RoleSentence[], edition: string): string {
	const count = (backing: Backing) => sentences.filter((sentence) => sentence.backing === backing).length;
	const backed = sentences.filter((sentence) => !['geen', 'verzonnen voorbeeld', 'afspraak van een team of MT'].includes(sentence.backing)).length;
	const pages = Map.groupBy(sentences, (sentence) => sentence.route);
	const lines = [
		`# Zinnen die een echte rol noemen (${edition})`,
		'',
		`Rollen: ${Object.keys(realRoles).join(', ')}. Gevonden: ${sentences.length} zinnen op ${pages.size} pagina's.`,
		'',
		`- met een bronverwijzing: ${backed}`,
		...(['letterlijk', 'bron in de alinea', 'bron bij het kopje', 'bron in de lijst Bronnen', 'bron op de pagina van het begrip'] as const).map((backing) => `  - ${backing}: ${count(backing)}`),
		`- in een verzonnen voorbeeld: ${count('verzonnen voorbeeld')}`,
		`- in een afspraak van een team of MT: ${count('afspraak van een team of MT')}`,
		`- zonder bronverwijzing: ${count('geen')}`,
		'',
	];
	for (const [route, onPage] of pages) {
		lines.push(`## ${route}`, '');
		for (const { section, sentence, roles, backing } of onPage) {
			lines.push(`- ${backing === 'geen' ? '**geen bron**' : `[${backing}]`} ${section ? `(${section}) ` : ''}${sentence} — _${roles.join(', ')}_`);
		}
		lines.push('');
	}
	return lines.join('\n');
}
