import { expect, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load-handbook.ts';
import { readEditions } from '../../src/lib/edition.ts';
import { termElsewhereLabel, termWrittenForHandbook } from '../../src/lib/labels.ts';
import { paths } from '../../src/lib/paths.ts';
import { readPage, textOf } from '../helpers/built-site.ts';
import { words } from '../helpers/words.ts';
import { shippedContent } from '../helpers/content-fixture.ts';

const { handbook } = loadHandbook(shippedContent);
/** The working version shows the content as it is now; the edition at / may be an older published one. */
const working = readEditions(shippedContent).find((edition) => !edition.published)!;

test.each([...handbook!.terms.values()].map((term) => [term.id, term] as const))(
	'the page of term %s shows the term and its explanation, says whether its explanation was written for the handbook, and where the sources point elsewhere',
	(_, term) => {
		const text = textOf(readPage(paths.term(term.id)).querySelector('main'));
		const now = words(textOf(readPage(`${working.base}${paths.term(term.id).slice(1)}`).querySelector('main')));
		for (const shown of [term.data.term, term.data.summary, term.data.definition?.text].filter((shown) => shown !== undefined)) {
			expect(now).toContain(words(shown));
		}
		expect(text.includes(termWrittenForHandbook)).toBe(!term.data.definition);
		if (term.data.elsewhere) expect(text).toContain(`${termElsewhereLabel} ${term.data.elsewhere.replace(/\s+/g, ' ')}`);
	},
);
