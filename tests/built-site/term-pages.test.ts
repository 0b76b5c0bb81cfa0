import { expect, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load-handbook.ts';
import { termElsewhereLabel, termWrittenForHandbook } from '../../src/lib/labels.ts';
import { paths } from '../../src/lib/routes.ts';
import { readPage, textOf } from '../helpers/built-site.ts';

const { handbook } = loadHandbook('content');

test.each([...handbook!.terms.values()].map((term) => [term.id, term] as const))(
	'the page of term %s says whether its explanation was written for the handbook, and where the sources point elsewhere',
	(_, term) => {
		const text = textOf(readPage(paths.term(term.id)).querySelector('main'));
		expect(text.includes(termWrittenForHandbook)).toBe(!term.data.definition);
		if (term.data.elsewhere) expect(text).toContain(`${termElsewhereLabel} ${term.data.elsewhere.replace(/\s+/g, ' ')}`);
	},
);
