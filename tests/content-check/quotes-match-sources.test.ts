import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load-handbook.ts';
import type { SourceRef } from '../../src/schemas/common.ts';
import { skipReason, sourceDocuments } from '../helpers/source-documents.ts';
import { shippedContent } from '../helpers/content-fixture.ts';

// The source documents are not in the repository: HANDBOOK_SOURCES names their folder (default
// ../shared/seeds). A lone clone has none and skips this check, saying so; .ci/run sets the
// setting and fails when the documents are missing, so this project's own CI always runs it.
// Nothing here reads them while vitest collects the tests: a missing file would fail the suite.
const sources = sourceDocuments();
const seedFiles: Record<string, string> = {
	'uitvoeringsplan-cultuurtraject-2024': '000_61ee3ef90a73f148.txt',
	'plan-van-aanpak-id-2024-2027': '001_3aaf37fedbfc2718.txt',
	'stand-van-zaken-2024': '002_836542908858e83d.txt',
	'visie-leren-en-ontwikkelen-id': '003_1f229caccac53768.txt',
};

/** Emphasis marks and line breaks from the conversion to text are not part of the words. */
const normalise = (text: string) => text.replace(/\*/g, '').replace(/\s+/g, ' ').trim();

const documents = new Map<string, string>();
function documentText(id: string): string | undefined {
	const file = seedFiles[id];
	if (file && !documents.has(id)) documents.set(id, normalise(readFileSync(join(sources.folder, file), 'utf8')));
	return documents.get(id);
}

describe('quoted texts stand word for word in the document they name', () => {
	if (!sources.present) {
		test('the source documents are where HANDBOOK_SOURCES says', (context) => {
			// A folder someone named but that is not there is a mistake in the set-up, never a skip.
			expect(sources.named, `HANDBOOK_SOURCES wijst naar ${sources.folder}, maar die map bestaat niet.`).toBe(false);
			console.warn(skipReason(sources));
			context.skip(skipReason(sources));
		});
		return;
	}

	const { handbook } = loadHandbook(shippedContent);
	const quotes: [label: string, text: string, source: SourceRef][] = [
		...[...handbook!.rules.values()].map((r): [string, string, SourceRef] => [`regel ${r.id}`, r.data.text, r.data.source]),
		...[...handbook!.agreements.values()].map((a): [string, string, SourceRef] => [`werkafspraak ${a.id}`, a.data.text, a.data.source]),
		...[...handbook!.topics.values()].flatMap((t) =>
			[...t.data.meaning, ...t.data.achieves].map((text, i): [string, string, SourceRef] => [`onderwerp ${t.id} #${i + 1}`, text, t.data.source]),
		),
		...[...handbook!.terms.values()]
			.filter((t) => t.data.definition)
			.map((t): [string, string, SourceRef] => [`begrip ${t.id}`, t.data.definition!.text, t.data.definition!.source]),
	];

	test.each(quotes)('%s', (_, text, source) => {
		const document = documentText(source.document);
		expect(document, `a seed file for ${source.document}`).toBeDefined();
		// A quote may leave out the start of a sentence, marked with an ellipsis.
		expect(document).toContain(normalise(text).replace(/^…\s*/, ''));
	});
});
