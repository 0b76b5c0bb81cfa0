import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { State } from 'mdast-util-to-hast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { exampleLabel } from '../labels.ts';
import { markdownPlugins } from '../markdown-plugins.ts';
import type { EditionPlace } from '../rehype-base-links.ts';
import type { HandbookComponentName } from './handbook-components.ts';
import { leadFrom, rememberLead } from './lead-of.ts';
import { mdxParser } from './mdx-parser.ts';
import { processWideCache } from './process-wide-cache.ts';

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

/** Moves headings down, so a body under a deeper heading (a card on a rule page) keeps the outline whole. */
const shiftHeadings = (shift: number) => () => (tree: HastRoot) => {
	if (shift === 0) return;
	visit(tree, 'element', (node) => {
		const depth = /^h([1-6])$/.exec(node.tagName)?.[1];
		if (depth) node.tagName = `h${Math.min(Number(depth) + shift, 6)}`;
	});
};

export type HeadingShift = 0 | 1 | 2 | 3;

function processorFor(place: EditionPlace, shift: HeadingShift) {
	const { remarkPlugins, rehypePlugins } = markdownPlugins(place);
	return unified()
		.use(remarkSmartypants)
		.use(remarkPlugins)
		.use(remarkRehype, { handlers: { mdxJsxFlowElement: jsxElement, mdxJsxTextElement: jsxElement } })
		.use(rehypePlugins)
		.use(shiftHeadings(shift))
		.use(rehypeHeadingIds)
		.use(rehypeStringify, { characterReferences: { useNamedReferences: true } });
}

const processors = new Map<string, ReturnType<typeof processorFor>>();

const placeKey = ({ base, basePath }: EditionPlace) => `${basePath}\0${base}`;

function render(body: string, place: EditionPlace, shift: HeadingShift): string {
	const key = `${placeKey(place)} ${shift}`;
	let processor = processors.get(key);
	if (!processor) processors.set(key, (processor = processorFor(place, shift)));
	const parsed = mdxParser.parse(body) as MdastRoot;
	// The lead (a page's description) comes from the same parse, before the tree is transformed.
	if (shift === 0) rememberLead(body, leadFrom(parsed));
	return processor.stringify(processor.runSync(parsed) as HastRoot);
}

/**
 * Bodies as they stand on their own page, rendered once per build: most of them while the content
 * is checked, spread over the cores (check-in-parallel.ts), so rendering the pages only looks them up.
 */
const renderedBodies = processWideCache<string>('rendered-bodies');
const bodyKey = (body: string, place: EditionPlace) => `${placeKey(place)}\0${body}`;

export function rememberRendered(body: string, place: EditionPlace, html: string): void {
	renderedBodies.set(bodyKey(body, place), html);
}

/** The HTML of an MDX body in the edition served at `place`, its headings moved down by `shift`. */
export function renderBody(body: string, place: EditionPlace, shift: HeadingShift = 0): string {
	if (shift !== 0) return render(body, place, shift);
	const key = bodyKey(body, place);
	let html = renderedBodies.get(key);
	if (html === undefined) renderedBodies.set(key, (html = render(body, place, 0)));
	return html;
}
