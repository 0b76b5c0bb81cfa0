import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { pageChangesBetween } from '../../src/lib/versions/page-changes.ts';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

function edition(name: string, files: Record<string, string>): string {
	const folder = join(root, name);
	for (const [file, text] of Object.entries(files)) {
		mkdirSync(dirname(join(folder, file)), { recursive: true });
		writeFileSync(join(folder, file), text);
	}
	return folder;
}

test('terms and pages of explanation that are new, updated or gone are named by their title and address; reflowed text is no change', () => {
	root = mkdtempSync(join(tmpdir(), 'page-changes-'));
	const before = edition('voor', {
		'terms/pesten.yaml': 'term: Pesten\nsummary: Iemand kwetsen.\n',
		'terms/bias.yaml': 'term: Bias\nsummary: Een vooroordeel.\n',
		'terms/weg.yaml': 'term: Weg\nsummary: Gaat weg.\n',
		'docs/index.mdx': '---\ntitle: Het handboek\n---\n\nWelkom.\n',
		'docs/hulp.mdx': '---\ntitle: "Als een norm wordt overschreden"\n---\n\nZo.\n',
	});
	const after = edition('na', {
		'terms/pesten.yaml': 'term: Pesten\nsummary: Iemand keer op keer kwetsen.\n',
		'terms/bias.yaml': 'term: Bias\nsummary:   Een\n  vooroordeel.\n',
		'terms/nieuw.yaml': 'term: Nieuw begrip\nsummary: Erbij.\n',
		'docs/index.mdx': '---\ntitle: Het handboek\n---\n\nWelkom bij het handboek.\n',
		'docs/hulp.mdx': '---\ntitle: "Als een norm wordt overschreden"\n---\n\nZo.\n',
	});
	expect(pageChangesBetween(before, after)).toEqual({
		terms: {
			added: [{ title: 'Nieuw begrip', path: '/begrippen/nieuw/' }],
			changed: [{ title: 'Pesten', path: '/begrippen/pesten/' }],
			removed: [{ title: 'Weg', path: '/begrippen/weg/' }],
		},
		pages: { added: [], changed: [{ title: 'Het handboek', path: '/' }], removed: [] },
	});
});

test('a title is read as YAML, as the content check reads it: quotes, a comment or a title over two lines change nothing a reader sees', () => {
	root = mkdtempSync(join(tmpdir(), 'page-changes-'));
	const before = edition('voor', {});
	const after = edition('na', {
		'terms/dilemma.yaml': "term: 'Een ''dilemma'''\nsummary: Een keuze.\n",
		'docs/hulp.mdx': '---\ntitle: Hulp en steun # de oude titel was Hulp\n---\n\nZo.\n',
		'docs/lang.mdx': '---\ntitle: >-\n  Een titel over\n  twee regels\n---\n\nZo.\n',
	});
	const { terms, pages } = pageChangesBetween(before, after);
	expect(terms.added).toEqual([{ title: "Een 'dilemma'", path: '/begrippen/dilemma/' }]);
	expect(pages.added).toEqual([
		{ title: 'Een titel over twee regels', path: '/lang/' },
		{ title: 'Hulp en steun', path: '/hulp/' },
	]);
});
