import { z } from 'zod';
import { describeValue } from '../lib/content/error-map.ts';

/** An id is the file name without extension: lowercase words joined by hyphens, short enough for an address. */
export const idPattern = /^(?=.{1,100}$)[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const id = z.string().regex(idPattern, {
	error: (issue) =>
		`verwacht een id van hoogstens 100 kleine letters, cijfers en streepjes (bijvoorbeeld respectvol-omgaan), gevonden: ${describeValue(issue.input)}`,
});

/**
 * The longest text one field may hold. Quotes, summaries and list items are a few sentences;
 * longer prose belongs in the body of an MDX file, and a runaway field must not swell every page.
 */
export const maxTextLength = 2_000;
export const maxTitleLength = 150;

/** Text that must say something: trimmed, not empty, and of a size a page can carry. */
export const text = z.string().trim().min(1).max(maxTextLength);

/** A title or name: one line. */
export const title = z.string().trim().min(1).max(maxTitleLength);

/** A list of short texts; absent means empty. */
export const textList = z.array(text).default([]);

/**
 * A calendar date written as YYYY-MM-DD. YAML parsers disagree on whether an unquoted date
 * becomes a Date or a string, so both are accepted and the value is kept as a string.
 */
export const isoDate = z.preprocess(
	(value) => (value instanceof Date && !Number.isNaN(value.valueOf()) ? value.toISOString().slice(0, 10) : value),
	z.iso.date(),
);

/**
 * Words readers type when they look for this page but that its text does not use: everyday and
 * inflected forms (gepest, thuiswerken, laptop). Search weighs them like the title.
 */
export const searchWords = z.array(title).default([]);

/** A web address the handbook links to: only the web, never javascript: or file:. */
export const webAddress = (protocols: 'https' | 'http or https' = 'https') =>
	z.url({
		protocol: protocols === 'https' ? /^https$/ : /^https?$/,
		error: (issue) => `verwacht een webadres dat begint met ${protocols === 'https' ? 'https://' : 'https:// of http://'}, gevonden: ${describeValue(issue.input)}`,
	});

/** An e-mail address a link can open a mail program with. */
export const emailAddress = z.email({ error: (issue) => `verwacht een e-mailadres (bijvoorbeeld naam@voorbeeld.nl), gevonden: ${describeValue(issue.input)}` });

/** Where a text or fact comes from: a document in content/sources and a place in it. */
export const sourceRef = z.strictObject({
	document: id,
	section: text,
});
export type SourceRef = z.infer<typeof sourceRef>;
