import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { mdxParser } from './mdx-parser.ts';
import { processWideCache } from './process-wide-cache.ts';

/** Leads worked out once per build, most of them when the body is rendered (render-body.ts). */
const leads = processWideCache<string>('body-leads');

/** The first paragraph of a parsed MDX body as plain text. */
export function leadFrom(tree: Root): string {
	const paragraph = tree.children.find((node) => node.type === 'paragraph');
	return paragraph ? toString(paragraph).replace(/\s+/g, ' ').trim() : '';
}

export function rememberLead(body: string, lead: string): void {
	leads.set(body, lead);
}

/** The first paragraph of an MDX body as plain text: a page's description and a card's summary. */
export function leadOf(body: string): string {
	let lead = leads.get(body);
	if (lead === undefined) leads.set(body, (lead = leadFrom(mdxParser.parse(body))));
	return lead;
}
