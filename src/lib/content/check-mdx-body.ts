import type { Node, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { ContentError } from './error-map.ts';
import { handbookComponents, isHandbookComponent } from './handbook-components.ts';
import { mdxParser } from './mdx-parser.ts';
import { maxIndent, maxNesting } from './parse-entry-source.ts';

/**
 * The safe subset of MDX that teams write in. MDX can run code when the site is built; a
 * contribution may only hold Markdown (with tables, lists, links and emphasis) and the handbook's
 * own components with plain-text attributes. Everything else is refused here, before Astro
 * compiles anything, with a Dutch message that names the line and what to write instead.
 */

/** What is said for each thing a contribution may not hold, wherever the check meets it. */
const refusal = {
	esm: 'import en export kunnen niet in een bijdrage: een bijdrage voert geen code uit. Haal deze regel weg',
	html: 'HTML kan niet in een bijdrage; gebruik Markdown, zoals **vet**, *schuin* of [tekst](https://…)',
};

const componentList = Object.keys(handbookComponents).map((name) => `<${name}>`).join(', ');
const unsafeScheme = /^(javascript|vbscript|data|file):/i;
// Thousands of nested quotes or list levels take the parser seconds and mean nothing to a reader.
const tooDeep = new RegExp(`^(\\s*>){${maxNesting + 1}}|^\\s{${maxIndent}}`);

/** A body's problems, and the parse they were found in: a build renders the body from it instead of parsing it again. */
export function checkMdxBody(body: string, file: string, firstLine: number): { errors: ContentError[]; tree?: Root } {
	const at = (node: Node | { line?: number } | undefined, message: string): ContentError => {
		const line = node && 'position' in node ? node.position?.start.line : (node as { line?: number } | undefined)?.line;
		return { file, ...(line ? { line: line + firstLine - 1 } : {}), message };
	};
	const deepLine = body.split('\n').findIndex((line) => tooDeep.test(line));
	if (deepLine >= 0) {
		return { errors: [at({ line: deepLine + 1 }, `is te diep genest: hoogstens ${maxNesting} keer > of ${maxNesting} lagen inspringing. Schrijf het eenvoudiger, bijvoorbeeld als een gewone lijst`)] };
	}
	let tree: Root;
	try {
		tree = mdxParser.parse(body);
	} catch (error) {
		return { errors: [at(error as { line?: number }, syntaxMessage(error as SyntaxProblem))] };
	}

	const errors: ContentError[] = [];
	let previousDepth = 1;
	visit(tree, (node) => {
		switch (node.type) {
			case 'mdxjsEsm':
				errors.push(at(node, refusal.esm));
				break;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				errors.push(at(node, 'tekst tussen accolades { } is code en kan niet in een bijdrage. Bedoel je de accolade zelf? Schrijf dan \\{ en \\}'));
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				errors.push(...checkElement(node, at));
				break;
			case 'html':
				errors.push(at(node, refusal.html));
				break;
			case 'image':
			case 'imageReference':
				errors.push(at(node, 'een afbeelding kan niet in een bijdrage; beschrijf in woorden wat erop staat'));
				break;
			case 'link':
			case 'definition':
				if (unsafeScheme.test(node.url.replace(/[\s\u0000-\u001F]/g, ''))) {
					errors.push(at(node, `een link naar "${node.url.split(':')[0]}:" kan niet; link naar een webadres dat begint met https:// of naar een pagina van het handboek`));
				}
				break;
			case 'heading':
				if (node.depth === 1) {
					errors.push(at(node, 'een kop met één # kan niet: de titel van de pagina staat al in "title". Begin een kop met ##'));
				} else if (node.depth > previousDepth + 1) {
					const expected = '#'.repeat(previousDepth + 1);
					errors.push(at(node, `deze kop slaat een niveau over; verwacht hier een kop met ${expected}`));
				}
				previousDepth = Math.max(node.depth, 2);
				break;
		}
	});
	return { errors, tree };
}

function checkElement(element: MdxJsxFlowElement | MdxJsxTextElement, at: (node: Node, message: string) => ContentError): ContentError[] {
	const name = element.name ?? '';
	if (!isHandbookComponent(name)) {
		const isHtml = /^[a-z]/.test(name) || name === '';
		return [
			at(
				element,
				isHtml
					? `HTML kan niet in een bijdrage (<${name}>); gebruik Markdown, zoals **vet**, *schuin* of [tekst](https://…)`
					: `het onderdeel <${name}> bestaat niet in het handboek; je kunt alleen ${componentList} gebruiken`,
			),
		];
	}
	const allowed: readonly string[] = handbookComponents[name].attributes;
	return element.attributes.flatMap((attribute) => {
		if (attribute.type === 'mdxJsxExpressionAttribute') {
			return [at(element, `<${name}> krijgt geen code tussen accolades; schrijf alleen tekst tussen aanhalingstekens, zoals ${allowed[0]}="…"`)];
		}
		if (!allowed.includes(attribute.name)) {
			const expected = allowed.length > 0 ? `; wel: ${allowed.map((a) => `${a}="…"`).join(', ')}` : '';
			return [at(element, `<${name}> kent geen "${attribute.name}"${expected}`)];
		}
		if (typeof attribute.value !== 'string') {
			return [at(element, `${attribute.name}={…} is code; schrijf ${attribute.name}="tekst" met aanhalingstekens`)];
		}
		return [];
	});
}

interface SyntaxProblem {
	ruleId?: string;
	source?: string;
	reason?: string;
}

/** The parser's English, said in Dutch with the fix. Never shown to an author in English. */
function syntaxMessage({ ruleId, source, reason = '' }: SyntaxProblem): string {
	if (source?.includes('mdx-expression') || /expression/i.test(reason)) {
		return 'een { wordt hier niet goed afgesloten. Accolades zijn code in MDX; bedoel je het teken zelf, schrijf dan \\{ en \\}';
	}
	if (source?.includes('esm') || /import|export/i.test(reason)) {
		return refusal.esm;
	}
	if (reason.includes('`!`')) {
		return 'een opmerking als <!-- … --> kan niet in MDX; haal haar weg';
	}
	if (reason.includes('to create a link in MDX')) {
		return 'een webadres tussen < > kan niet in MDX; schrijf het adres zonder < > of als [tekst](https://…)';
	}
	if (ruleId === 'end-tag-mismatch' || ruleId === 'unexpected-closing-slash' || ruleId === 'unexpected-lazy') {
		return `een onderdeel wordt niet goed geopend of afgesloten; schrijf bijvoorbeeld <Voorbeeld> op een eigen regel en sluit af met </Voorbeeld>. Bedoel je het teken < zelf, schrijf dan \\<`;
	}
	return 'een < wordt in MDX gelezen als het begin van een onderdeel (zoals <Voorbeeld>). Bedoel je het teken zelf? Schrijf dan \\< of "kleiner dan"';
}
