import type { TextPart } from './measure.ts';

/**
 * The running text of an MDX or Markdown body, block by block, as the meter reads it: paragraphs
 * and list items, also inside components such as <Voorbeeld>. A block quote quotes a source
 * (verbatim). References to sources (a line "Bron: …", a section "Bronnen"), headings, tables and
 * code are not running text and do not fit a reading-ease formula; imports and component tags are
 * not text at all.
 *
 * Read line by line rather than with the MDX parser: contributions are held to a safe subset of
 * Markdown, and parsing thousands of them again took `npm run check` seconds (2.5 ms a body), and
 * the proposal form a parser of 117 kB.
 */
export function proseOf(body: string, { quotesSources = false }: Pick<TextPart, 'quotesSources'> = {}): TextPart[] {
	const parts: TextPart[] = [];
	let block: string[] = [];
	let quoted = false;
	let fence: string | undefined;
	let sourcesDepth: number | undefined;
	const end = () => {
		const text = inlineText(block.join(' '));
		if (text && !sourceLine.test(text)) parts.push({ text, verbatim: quoted, quotesSources });
		block = [];
		quoted = false;
	};
	for (const line of body.split('\n')) {
		const fenceMark = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
		if (fence) {
			if (fenceMark?.[0] === fence[0] && fenceMark.length >= fence.length) fence = undefined;
			continue;
		}
		if (fenceMark) {
			end();
			fence = fenceMark;
			continue;
		}
		const heading = /^\s{0,3}(#{1,6})\s+(.*)$/.exec(line);
		if (heading) {
			end();
			const depth = heading[1]!.length;
			if (sourcesDepth !== undefined && depth <= sourcesDepth) sourcesDepth = undefined;
			if (sourcesDepth === undefined && /^bron(nen)?$/i.test(heading[2]!.replace(/#+\s*$/, '').trim())) sourcesDepth = depth;
			continue;
		}
		if (sourcesDepth !== undefined) continue;
		// A line of = or - under a paragraph of one line makes it a heading; on its own it is a rule.
		if (/^\s*(=+|-{2,}|\*{3,}|_{3,})\s*$/.test(line)) {
			if (block.length === 1 && /^\s*[=-]/.test(line)) block = [];
			end();
			continue;
		}
		if (line.trim() === '' || /^\s*(import|export)\s/.test(line) || /^\s*\|/.test(line) || /^\s*<\/?[A-Za-z][^>]*>\s*$/.test(line)) {
			end();
			continue;
		}
		const quote = /^\s*>\s?(.*)$/.exec(line);
		const text = quote ? quote[1]! : line;
		const item = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(text);
		if (item || Boolean(quote) !== quoted) end();
		quoted = Boolean(quote);
		block.push(item ? item[1]! : text);
	}
	end();
	return parts;
}

/** "Bron: Uitvoeringsplan …, §2.4." names where a text comes from; it is a reference, not a sentence to read. */
const sourceLine = /^Bron(nen)?( van [^:]+)?:/;

/** The words a reader sees in a line of Markdown: links as their text, without emphasis, code marks or tags. */
function inlineText(markdown: string): string {
	return markdown
		.replace(/<\/?[A-Za-z][^>]*>/g, ' ')
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/`([^`]*)`/g, '$1')
		.replace(/(\*{1,3}|_{1,3})(?=\S)([^*_]*?\S)\1/g, '$2')
		.replace(/\\([\\`*_{}[\]()#+\-.!>|])/g, '$1')
		.replace(/\s+/g, ' ')
		.trim();
}
