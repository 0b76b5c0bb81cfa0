import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load-handbook.ts';
import type { SourceRef } from '../../src/schemas/common.ts';
import { projectRoot } from '../helpers/astro.ts';

// The source documents sit beside the repository (../shared/seeds), as on CI. A contributor's
// clone may lack them; in CI their absence is a failure, not a skip.
const seeds = join(projectRoot, '..', 'shared', 'seeds');
if (process.env.CI && !existsSync(seeds)) throw new Error(`De brondocumenten ontbreken in ${seeds}; zonder die kan niet worden gecontroleerd of citaten letterlijk kloppen.`);
const seedFiles: Record<string, string> = {
	'uitvoeringsplan-cultuurtraject-2024': '000_61ee3ef90a73f148.txt',
	'plan-van-aanpak-id-2024-2027': '001_3aaf37fedbfc2718.txt',
	'stand-van-zaken-2024': '002_836542908858e83d.txt',
	'visie-leren-en-ontwikkelen-id': '003_1f229caccac53768.txt',
};

/** Emphasis marks and line breaks from the conversion to text are not part of the words. */
const normalise = (text: string) => text.replace(/\*/g, '').replace(/\s+/g, ' ').trim();

describe.skipIf(!existsSync(seeds))('quoted texts stand word for word in the document they name', () => {
	const { handbook } = loadHandbook('content');
	const documents = new Map(Object.entries(seedFiles).map(([id, file]) => [id, normalise(readFileSync(join(seeds, file), 'utf8'))]));
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
		const document = documents.get(source.document);
		expect(document, `a seed file for ${source.document}`).toBeDefined();
		// A quote may leave out the start of a sentence, marked with an ellipsis.
		expect(document).toContain(normalise(text).replace(/^…\s*/, ''));
	});
});
