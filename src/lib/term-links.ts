import type { Element, ElementContent, Root, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from 'unist-util-visit';

/** A word of the glossary and where its explanation is. */
export interface GlossaryLink {
	/** The term as the glossary names it, such as "Microagressie". */
	term: string;
	href: string;
	/** Where the term stands in a text (patternOf): made once per glossary, not for each of thousands of texts. */
	pattern: RegExp;
}

/** The glossary of an edition, each term linked to `hrefOf` its id: its own page, or (in the handreiking) its place further on. */
export function glossaryOf(terms: readonly { id: string; data: { term: string } }[], hrefOf: (termId: string) => string): GlossaryLink[] {
	return terms.map((term) => ({ term: term.data.term, href: hrefOf(term.id), pattern: patternOf(term.data.term) }));
}

/** Where a term's link would not belong: inside a link or heading, or in code. */
const skipped = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'script', 'style']);

const escaped = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The term as a whole word, in any case, also in a plural or inflected form ("microagressies",
 * "handreikingen"): Dutch adds -s, -en or -e. Letters on either side mean another word.
 */
function patternOf(term: string): RegExp {
	return new RegExp(`(?<![\\p{L}\\p{N}])${escaped(term)}(?:s|en|e)?(?![\\p{L}\\p{N}])`, 'iu');
}

/**
 * A rehype plugin: links the first place each glossary term appears in one text (a rule's note, an
 * agreement, an interpretation) to its explanation, so a reader of the page or the printout meets
 * the explanation where the word is first used. Later uses in the same text stay plain; texts of
 * one entry (an agreement's text and its note) share `linked`, the terms linked so far. Longer
 * terms are tried first, so "grensoverschrijdend gedrag" wins over a shorter term inside it.
 */
export function rehypeTermLinks(terms: GlossaryLink[], linked = new Set<string>()) {
	const ordered = [...terms].sort((a, b) => b.term.length - a.term.length);
	return () => (tree: Root) => {
		visit(tree, (node, index, parent) => {
			if (node.type === 'element' && skipped.has(node.tagName)) return SKIP;
			if (node.type !== 'text' || !parent || index === undefined) return;
			for (const term of ordered) {
				if (linked.has(term.href)) continue;
				const match = term.pattern.exec(node.value);
				if (!match) continue;
				linked.add(term.href);
				const before: Text = { type: 'text', value: node.value.slice(0, match.index) };
				const link: Element = { type: 'element', tagName: 'a', properties: { href: term.href, className: ['term-link'] }, children: [{ type: 'text', value: match[0] }] };
				const after: Text = { type: 'text', value: node.value.slice(match.index + match[0].length) };
				const replacement = [before, link, after].filter((part) => part.type === 'element' || part.value !== '') as ElementContent[];
				parent.children.splice(index, 1, ...replacement);
				// Go on after the link: the rest of this text may hold other terms.
				return index + replacement.length - (after.value === '' ? 0 : 1);
			}
			return undefined;
		});
	};
}

/**
 * Whether rendered HTML may hold the term in its text. A text that holds it holds it in the HTML as
 * well, unless the term has a character HTML escapes (& or <, as in "Kerngroep I&D"): then the part
 * before it. So a false answer is certain; a true one is checked on the parsed HTML.
 */
function mayHold(html: string, { term, pattern }: GlossaryLink): boolean {
	const [unescaped = ''] = term.split(/[&<]/);
	if (unescaped === term) return pattern.test(html);
	return unescaped === '' || new RegExp(escaped(unescaped), 'iu').test(html);
}

/**
 * The same, on HTML already rendered (a body of the handbook, a quoted text): what the handreiking
 * shows. Most bodies hold no term at all; they are not parsed and written again (half a millisecond
 * a page, 2.5 s of a build with 5,000 interpretations), which would give the same HTML.
 */
export function linkTerms(html: string, terms: GlossaryLink[], linked = new Set<string>()): string {
	const present = terms.filter((term) => !linked.has(term.href) && mayHold(html, term));
	if (present.length === 0) return html;
	const tree = fromHtml(html, { fragment: true });
	rehypeTermLinks(present, linked)()(tree);
	return toHtml(tree, { characterReferences: { useNamedReferences: true } });
}
