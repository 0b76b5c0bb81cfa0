import { join } from 'node:path';
import type { Entry, Handbook } from '../content/load-handbook.ts';
import type { Interpretation } from '../../schemas/interpretation.ts';
import { displayPath, listFiles, readContentText } from '../content/content-files.ts';
import { parseEntrySource } from '../content/parse-entry-source.ts';
import type { TextPart } from './measure.ts';
import { proseOf } from './prose.ts';

/** A page of the handbook as the meter reads it: its text, with what is quoted from a source marked verbatim. */
export interface HandbookPage {
	/** What kind of page, in Dutch: pagina, thema, regel, … */
	kind: string;
	title: string;
	/** The file a writer changes. */
	file: string;
	parts: TextPart[];
	/** An interpretation: a contribution of a team or MT. */
	contribution: boolean;
}

const verbatim = (text: string): TextPart => ({ text, verbatim: true });
/** Text written for the handbook; on its own pages a sentence in quotation marks quotes a source. */
const fresh = (text: string): TextPart => ({ text, quotesSources: true });
const written = (body: string) => proseOf(body, { quotesSources: true });

/**
 * Every page of the handbook that content writes, from the content itself: which text is quoted
 * from a source is known there (a rule's or agreement's `text`, a term's `definition`, a topic's
 * `meaning` and `achieves`), and a writer sees which file to change.
 */
export function handbookPages(handbook: Handbook, contentRoot: string): HandbookPage[] {
	const page = (kind: string, title: string, file: string, parts: TextPart[]): HandbookPage => ({ kind, title, file, parts, contribution: false });
	return [
		...docsPages(contentRoot),
		...[...handbook.themes.values()].map((theme) => page('thema', theme.data.title, theme.file, written(theme.body))),
		...[...handbook.rules.values()].map((rule) => page('regel', rule.data.title, rule.file, [verbatim(rule.data.text), ...written(rule.body)])),
		...[...handbook.topics.values()].map(({ data, file, body }) =>
			page('onderwerp', data.title, file, [fresh(data.summary), ...data.meaning.map(verbatim), ...data.achieves.map(verbatim), ...written(body)]),
		),
		...[...handbook.agreements.values()].map((agreement) => page('werkafspraak', agreement.data.title, agreement.file, [verbatim(agreement.data.text), ...written(agreement.body)])),
		...[...handbook.terms.values()].map(({ data, file }) =>
			page('begrip', data.term, file, [fresh(data.summary), ...(data.definition ? [verbatim(data.definition.text)] : []), ...(data.elsewhere ? [fresh(data.elsewhere)] : [])]),
		),
		...contributionPages(handbook),
	];
}

/** The contributions of teams and MT's: every interpretation, its wording and its lists. */
export const contributionPages = (handbook: Handbook): HandbookPage[] => [...handbook.interpretations.values()].map(contributionPage);

/** One contribution of a team or MT: an interpretation, its wording and its lists. */
export const contributionPage = ({ data, file, body }: Entry<Interpretation>): HandbookPage => ({
	kind: 'afspraak van een team of MT',
	title: data.title,
	file,
	parts: [...proseOf(body), ...[...data.do, ...data.dont, ...data.dilemmas].map((text) => ({ text }))],
	contribution: true,
});

/** The maintainers' own pages in content/docs; their frontmatter title names them. */
function docsPages(contentRoot: string): HandbookPage[] {
	const folder = join(contentRoot, 'docs');
	return listFiles(folder)
		.filter((path) => path.endsWith('.mdx') || path.endsWith('.md'))
		.flatMap((path) => {
			const file = displayPath(join(folder, path));
			const { text } = readContentText(join(folder, path), file);
			const { source } = text === undefined ? {} : parseEntrySource(text, 'mdx', file);
			if (!source) return [];
			const title = typeof source.data.title === 'string' ? source.data.title : path;
			return [{ kind: 'pagina', title, file, parts: written(source.body), contribution: false }];
		});
}
