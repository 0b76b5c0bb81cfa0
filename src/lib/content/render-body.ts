import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { State } from 'mdast-util-to-hast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { exampleLabel } from '../labels.ts';
import { markdownPlugins } from '../markdown-plugins.ts';
import type { EditionPlace } from '../rehype-base-links.ts';
import type { HandbookComponentName } from './handbook-components.ts';
import { leadFrom } from './lead-of.ts';
import { mdxParser } from './mdx-parser.ts';
import { remarkSmartypantsWhereNeeded } from './smartypants-where-needed.ts';

/**
 * Contributed MDX holds only Markdown and the handbook's own components (the content check sees to
 * that), so it needs no compiler: it is turned into HTML here, with Astro's defaults (typographic
 * quotes, heading ids) around the same plugins as Astro's MDX pipeline (markdown-plugins.ts).
 * Compiling every interpretation into a JavaScript module of its own made the bundler the slowest
 * part of a build (13 s of 42 s at 1,000 interpretations) and grew with every team's contribution.
 */

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const attributeOf = (node: JsxElement, name: string): string | undefined => {
	const attribute = node.attributes.find((candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === name);
	return typeof attribute?.value === 'string' ? attribute.value : undefined;
};

/** How each handbook component is written out; the type makes this list and the allowed list agree. */
const componentViews: Record<HandbookComponentName, (node: JsxElement, children: ElementContent[]) => Element> = {
	Voorbeeld: (node, children) => ({
		type: 'element',
		tagName: 'div',
		properties: { className: ['example'] },
		children: [{ type: 'element', tagName: 'p', properties: { className: ['example__label'] }, children: [{ type: 'text', value: exampleLabel(attributeOf(node, 'titel')) }] }, ...children],
	}),
};

function jsxElement(state: State, node: JsxElement): Element {
	const view = componentViews[node.name as HandbookComponentName];
	// The content check refuses any other element before a page is built.
	if (!view) throw new Error(`<${node.name}> is geen onderdeel van het handboek.`);
	return view(node, state.all(node));
}

/** How many levels a body's headings move down: 2 puts a ## under an h3 card title as h4. */
export type HeadingShift = 0 | 1 | 2 | 3;

/** A body as HTML, with its lead (the first paragraph as plain text: a page's description, a card's summary). */
export interface RenderedBody {
	html: string;
	lead: string;
}

function processorFor(place: EditionPlace) {
	const { remarkPlugins, rehypePlugins } = markdownPlugins(place);
	return unified()
		.use(remarkSmartypantsWhereNeeded)
		.use(remarkPlugins)
		.use(remarkRehype, { handlers: { mdxJsxFlowElement: jsxElement, mdxJsxTextElement: jsxElement } })
		.use(rehypePlugins)
		.use(rehypeHeadingIds)
		.use(rehypeStringify, { characterReferences: { useNamedReferences: true } });
}

/**
 * Renders a body, from its parse when the check made one (`parsedBefore`: the same text, perhaps
 * with the blank lines around it, which parse alike). Rendering changes that tree.
 */
export type BodyRenderer = (body: string, parsedBefore?: MdastRoot) => RenderedBody;

/**
 * Renders MDX bodies as they stand on their own page, in the edition served at `place`. The
 * processor is made once per renderer: the content loader makes one per read of the handbook, a
 * worker thread one for its share (check-in-parallel.ts).
 */
export function bodyRenderer(place: EditionPlace): BodyRenderer {
	const processor = processorFor(place);
	return (body, parsedBefore) => {
		const parsed = parsedBefore ?? (mdxParser.parse(body) as MdastRoot);
		// The lead comes from the same parse, before the tree is transformed.
		const lead = leadFrom(parsed);
		return { html: processor.stringify(processor.runSync(parsed) as HastRoot), lead };
	};
}

/**
 * Moves the headings of rendered body HTML down, so a body under a deeper heading (a card on a rule
 * page) keeps the outline whole. The HTML is the renderer's own: contributed content holds no HTML
 * (the check refuses it) and a `<` in its text is written `&lt;`, so every `<hN` is a heading.
 */
export function shiftHeadings(html: string, shift: HeadingShift): string {
	if (shift === 0) return html;
	return html.replace(/<(\/?)h([1-6])(?=[\s>])/g, (_, close: string, depth: string) => `<${close}h${Math.min(Number(depth) + shift, 6)}`);
}
