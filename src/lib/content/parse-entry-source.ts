import { CORE_SCHEMA, load } from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { ContentFormat } from '../../schemas/collections.ts';
import type { ContentError, LocateField } from './error-map.ts';

/**
 * Turns the text of one content file into its fields and, for MDX, its body. Pure, so the same
 * code checks a file in `npm run check`, in the build and in the proposal form in the browser.
 */
export interface EntrySource {
	/** The fields: the whole YAML file, or the frontmatter of an MDX file. */
	data: Record<string, unknown>;
	/** The prose below the frontmatter of an MDX file, with line breaks as \n. */
	body: string;
	/** The line of the file on which the body starts, counted from 1. */
	bodyLine: number;
	locate: LocateField;
}

const yamlProblems: Record<string, string> = {
	DUPLICATE_KEY: 'een veld staat twee keer in het bestand',
	BAD_INDENT: 'de inspringing klopt niet',
	MISSING_CHAR: 'er ontbreekt een teken, zoals een dubbele punt of een aanhalingsteken',
	MULTILINE_IMPLICIT_KEY: 'een veldnaam loopt over meer regels; staat er een dubbele punt te veel of te weinig?',
	BLOCK_AS_IMPLICIT_KEY: 'een veldnaam loopt over meer regels; staat er een dubbele punt te veel of te weinig?',
	TAB_AS_INDENT: 'er wordt ingesprongen met een tab; gebruik spaties',
	BAD_ALIAS: 'een verwijzing met * wijst naar niets',
};

/** Characters no editor shows and no author means; NUL and friends also break tools further on. */
const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function parseEntrySource(text: string, format: ContentFormat, file: string): { source?: EntrySource; errors: ContentError[] } {
	// Editors on Windows write a byte-order mark and CRLF line ends; both mean nothing here.
	const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	const control = controlCharacter.exec(normalised);
	if (control) {
		const line = lineAt(normalised, control.index);
		const what = control[0] === '\u0000' ? 'een NUL-teken' : 'een onzichtbaar stuurteken';
		return { errors: [{ file, line, message: `bevat ${what}; is dit wel een tekstbestand? Sla het op als gewone tekst (UTF-8)` }] };
	}
	if (format === 'yaml') return parseFields(normalised, file, 0, '');

	const frontmatter = /^---[ \t]*\n([\s\S]*?)\n?^---[ \t]*$\n?/m.exec(normalised);
	if (!normalised.startsWith('---') || !frontmatter || frontmatter.index !== 0) {
		const message = normalised.startsWith('---')
			? 'de gegevens bovenaan worden niet afgesloten; verwacht na de velden een regel met alleen ---'
			: 'begint niet met de gegevens van de pagina; verwacht op de eerste regel ---, dan velden als "title: ...", dan weer een regel ---';
		return { errors: [{ file, line: 1, message }] };
	}
	const body = normalised.slice(frontmatter[0].length);
	return parseFields(frontmatter[1]!, file, 1, body, lineAt(normalised, frontmatter[0].length));
}

/**
 * No field of the handbook nests more than a few levels; far deeper nesting is a mistake or an
 * attack, and parsing it costs seconds. It is refused before the YAML parser sees it.
 */
export const maxNesting = 10;
/** Indentation that deep, at four spaces a level, is nesting past the limit too. */
export const maxIndent = 4 * maxNesting;
const tooIndented = new RegExp(`^( {${maxIndent},})\\S`, 'm');

function tooDeep(yamlText: string): number | undefined {
	let depth = 0;
	let line = 1;
	for (const character of yamlText) {
		if (character === '\n') line++;
		else if (character === '[' || character === '{') depth++;
		else if (character === ']' || character === '}') depth = Math.max(0, depth - 1);
		if (depth > maxNesting) return line;
	}
	const indented = tooIndented.exec(yamlText);
	return indented ? yamlText.slice(0, indented.index).split('\n').length : undefined;
}

/** Parses YAML fields that start after `lineOffset` lines of the file. */
function parseFields(yamlText: string, file: string, lineOffset: number, body: string, bodyLine = 0): { source?: EntrySource; errors: ContentError[] } {
	const deepLine = tooDeep(yamlText);
	if (deepLine) {
		return { errors: [{ file, line: deepLine + lineOffset, message: `is te diep genest: hoogstens ${maxNesting} lagen lijsten en groepen in elkaar. Schrijf de velden als eenvoudige regels "veld: tekst"` }] };
	}
	const quick = quickRead(yamlText);
	if (!quick) return carefulRead(yamlText, file, lineOffset, body, bodyLine);
	// Where a field stands is only asked to name the line of a mistake: read carefully then, once.
	let careful: EntrySource | undefined;
	const locate: LocateField = (path) => (careful ??= carefulRead(yamlText, file, lineOffset, body, bodyLine).source)?.locate(path);
	return { source: { data: quick, body, bodyLine, locate }, errors: [] };
}

/**
 * Text the quick reading leaves to the careful one: what the careful reading refuses (anchors,
 * aliases, tags) and what js-yaml's core schema reads otherwise than `yaml`'s, found by comparing
 * the two on generated text (see the test). Most of it never occurs in the handbook's files.
 */
const needsCarefulReading = new RegExp(
	[
		// An anchor, alias or tag: &name, *name, !tag.
		String.raw`(?:^|[\s[{,])[&*!][^\s,\]}]`,
		// &, *, ! or ? alone where a key or value starts (a complex key, an empty anchor).
		String.raw`(?:^|[:\-[{,])[ \t]*[&*!?](?:[ \t]|$)`,
		// A key in brackets or after ?.
		String.raw`^[ \t-]*[[{?]`,
		// An empty list item: js-yaml then lets the next item stand less indented.
		String.raw`^[ \t-]*-[ \t]*(?:#.*)?$`,
		// A tab in the indentation.
		String.raw`^ *\t`,
		// A comment straight after a quote or bracket.
		String.raw`["'\]}]#`,
		// A key null or ~, which yaml makes "" and js-yaml "null"; and __proto__.
		String.raw`(?:^|[\s{,])(?:null|Null|NULL|~)[ \t]*:`,
		'__proto__',
		// Numbers yaml's core schema does not read: 0b101, -0x1F, +.5.
		String.raw`(?:^|[\s[{,])[-+]?0b[01_]*[ \t]*(?:$|[,\]}#])`,
		String.raw`(?:^|[\s[{,])[-+]0[xXoO]`,
		String.raw`(?:^|[\s[{,])[-+]?\.\d`,
		// A group in braces, a key inside a list in brackets, a block with its indentation given (|2).
		String.raw`(?:^|[\s[,])\{`,
		String.raw`\[[^\]\n]*:`,
		String.raw`[|>][-+]?\d`,
		// A comment between a key and its value.
		String.raw`:[ \t]*\n[ \t]*#`,
		// A quoted or bracketed value that goes on over more lines.
		String.raw`(?:^[ \t]*(?:-[ \t]+)*|:[ \t]+)(?:"(?!.*"[ \t]*$)|'(?!.*'[ \t]*$)|\[(?!.*\][ \t]*$))`,
	].join('|'),
	'm',
);

/**
 * The fields of ordinary, valid YAML, read by js-yaml: some ten times faster than `yaml`'s
 * document (which keeps every node's place, to name a line in an error), and the content check and
 * every build read thousands of files. Anything else (an error, text the two could read
 * differently, no fields at all) is left to the careful reading. tests/content-check/quick-yaml.test.ts
 * reads every content file both ways.
 */
function quickRead(yamlText: string): Record<string, unknown> | undefined {
	if (needsCarefulReading.test(yamlText)) return undefined;
	try {
		const data = load(yamlText, { schema: CORE_SCHEMA });
		return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Reads the fields with `yaml`'s document: what is wrong and on which line, and where each field
 * stands. Exported for the test that holds the quick reading to it.
 */
export function carefulRead(yamlText: string, file: string, lineOffset: number, body: string, bodyLine: number): { source?: EntrySource; errors: ContentError[] } {
	const lineCounter = new LineCounter();
	let document: Document;
	try {
		document = parseDocument(yamlText, { schema: 'core', lineCounter, prettyErrors: false });
	} catch {
		return { errors: [{ file, message: unreadable }] };
	}
	const lineOf = (offset: number) => lineCounter.linePos(offset).line + lineOffset;
	if (document.errors.length > 0) {
		const errors = document.errors.map((error): ContentError => {
			const line = lineOf(error.pos[0]);
			return { file, line, message: `is geen geldige YAML: ${yamlProblems[error.code] ?? 'de opmaak klopt niet'}` };
		});
		// One slip often trips the parser twice on the same line; say it once.
		return { errors: errors.filter((error, index) => errors.findIndex((other) => other.line === error.line && other.message === error.message) === index) };
	}
	const alias = firstAlias(document);
	if (alias) {
		return { errors: [{ file, line: lineOf(alias.range?.[0] ?? 0), message: 'gebruikt een verwijzing met & of *; schrijf de tekst voluit op elke plek waar hij hoort' }] };
	}
	let data: unknown;
	try {
		data = document.toJS({ maxAliasCount: 0 });
	} catch {
		return { errors: [{ file, message: unreadable }] };
	}
	if (data === null || typeof data !== 'object' || Array.isArray(data)) {
		return { errors: [{ file, line: lineOffset + 1, message: 'bevat geen velden; verwacht regels als "title: ..."' }] };
	}
	const locate: LocateField = (path) => {
		const node = nodeAt(document.contents, path);
		return node?.range ? lineOf(node.range[0]) : undefined;
	};
	return { source: { data: data as Record<string, unknown>, body, bodyLine, locate }, errors: [] };
}

const unreadable = 'kan niet worden gelezen: het is te diep genest of te ingewikkeld. Schrijf de velden als eenvoudige regels "veld: tekst"';

function firstAlias(document: Document): Node | undefined {
	let found: Node | undefined;
	visit(document, {
		Alias: (_, node) => {
			found = node;
			return visit.BREAK;
		},
		Node: (_, node) => {
			// An anchor (&name) is only there to be referred to; refuse it with the alias.
			if ('anchor' in node && node.anchor) {
				found = node;
				return visit.BREAK;
			}
		},
	});
	return found;
}

/** The node of a field, to say on which line it stands; none for a field that is missing. */
function nodeAt(node: unknown, path: readonly PropertyKey[]): Node | undefined {
	let current = node as Node | undefined;
	for (const segment of path) {
		if (isMap(current)) {
			const pair = current.items.find((item) => isScalar(item.key) && item.key.value === segment);
			current = (pair?.value ?? pair?.key) as Node | undefined;
		} else if (isSeq(current) && typeof segment === 'number') {
			current = current.items[segment] as Node | undefined;
		} else {
			return undefined;
		}
	}
	return current;
}

function lineAt(text: string, index: number): number {
	let line = 1;
	for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
	return line;
}
