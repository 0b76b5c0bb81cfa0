import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load-handbook.ts';
import { projectRoot } from '../helpers/astro.ts';
import { sitePaths } from '../../src/lib/paths.ts';
import { builtRoutes } from '../helpers/built-site.ts';
import { roleSentenceReport, roleSentencesOn, sentencesOf, type RoleSentence } from '../helpers/role-sentences.ts';
import { shippedContent } from '../helpers/content-fixture.ts';

/**
 * Every sentence on the site that names a real role (projectleider, Bureau Integriteit,
 * vertrouwenspersoon, leidinggevende, directie, kerngroep, Platform I&D), in one report a reviewer
 * reads: test-results/role-sentences.md. Read in the working version, where the text of the next
 * version is written (a published version never changes), and on the list of versions, which
 * belongs to the whole site. A task or promise of a real role must stand
 * in a source, so every such sentence carries a source reference, is a labelled invented example or
 * a team's own attributed wording, or is one of the few listed below with the reason it needs none.
 */
const edition = '/werkversie/';
const { handbook } = loadHandbook(shippedContent);
const fictitious = new Set([...handbook!.interpretations.values()].filter((entry) => entry.data.fictitious).map((entry) => entry.id));
const sourceNamed = /Uitvoeringsplan|Plan van Aanpak|Stand van zaken|Visie leren en ontwikkelen/;
const sourcedTerms = new Set([...handbook!.terms.values()].filter((term) => term.data.definition || sourceNamed.test(term.data.summary)).map((term) => term.id));

/**
 * Sentences that name a role without a source and may: each with its reason. A sentence listed here
 * that no longer appears fails the test too, so the list never keeps what is gone.
 */
const withoutSourceOnPurpose: { route: RegExp; sentence: string | RegExp; reason: string }[] = [
	{
		route: /^\/werkversie\/over-dit-handboek\/$/,
		sentence: 'De projectleider publiceert het handboek in genummerde versies.',
		reason: 'the owner’s own description of the handbook (product.md); review 2026-12-03, note on M2',
	},
	{
		route: /^\/versies\/$/,
		sentence: 'Een versie is het handboek zoals de projectleider het op een dag heeft gepubliceerd.',
		reason: 'the same description of who publishes a version (product.md; review note on M2)',
	},
	{
		route: /^\/werkversie\/kaarten\/melden-bij-bureau-integriteit\/$/,
		sentence: 'Gesprekskaart: Directeuren en de gemeentesecretaris melden een vermoeden bij Bureau Integriteit',
		reason: 'the title of a conversation card is the rule’s title; the card below quotes the rule with its source line',
	},
	{
		route: /^\/werkversie\/teamsessie\/$/,
		sentence: 'Directeuren en de gemeentesecretaris melden een vermoeden bij Bureau Integriteit',
		reason: 'a rule’s title as the link to its conversation card, which quotes the rule with its source line',
	},
	{
		route: /^\/werkversie\/handreiking\/$/,
		sentence: 'Directeuren en de gemeentesecretaris melden een vermoeden bij Bureau Integriteit',
		reason: 'the title of a rule in the handreiking’s table of contents; the rule follows in the document, quoted with its source',
	},
	{
		route: /^\/werkversie\/beheer\/$/,
		sentence: /^helpRoles, "[^"]+": /,
		reason: 'the list of settings for maintainers names each help role whose route is unset; it says nothing a role does',
	},
];
const matches = (pattern: string | RegExp, sentence: string) => (typeof pattern === 'string' ? pattern === sentence : pattern.test(sentence));

const sentences: RoleSentence[] = [...builtRoutes(undefined, edition), sitePaths.versions].flatMap((route) => roleSentencesOn(route, { fictitious, sourcedTerms }));
const exempt = (sentence: RoleSentence) => withoutSourceOnPurpose.some((allowed) => allowed.route.test(sentence.route) && matches(allowed.sentence, sentence.sentence));

describe('every sentence that names a real role is listed, and backed by a source', () => {
	test('the report lists them all, page by page, and counts those with a source reference', () => {
		const report = roleSentenceReport(sentences, `werkversie, ${sentences.length} zinnen`);
		const folder = join(projectRoot, 'test-results');
		mkdirSync(folder, { recursive: true });
		writeFileSync(join(folder, 'role-sentences.md'), `${report}\n`);
		console.info(report.split('\n').slice(0, 12).join('\n'));
		// The help page alone names Bureau Integriteit, the leidinggevende and the vertrouwenspersoon many times.
		expect(sentences.filter((sentence) => sentence.route === `${edition}als-een-norm-wordt-overschreden/`).length).toBeGreaterThan(10);
		for (const role of ['projectleider', 'Bureau Integriteit', 'vertrouwenspersoon', 'leidinggevende', 'directie', 'kerngroep', 'Platform I&D']) {
			expect(sentences.some((sentence) => sentence.roles.includes(role)), role).toBe(true);
		}
	});

	test('no sentence names a real role without a source reference, unless listed with its reason', () => {
		const unbacked = sentences.filter((sentence) => sentence.backing === 'geen' && !exempt(sentence));
		expect(unbacked.map(({ route, section, sentence }) => `${route} (${section || 'begin'}): ${sentence}`)).toEqual([]);
	});

	test('every sentence listed as needing no source still stands where it was listed', () => {
		for (const allowed of withoutSourceOnPurpose) {
			expect(sentences.some((sentence) => allowed.route.test(sentence.route) && matches(allowed.sentence, sentence.sentence)), String(allowed.sentence)).toBe(true);
		}
	});
});

test('a sentence is cut where a reader would stop, so each report line is one sentence', () => {
	expect(sentencesOf('Vertel het aan je leidinggevende. Gaat het over je leidinggevende? Ga dan naar Bureau Integriteit.')).toEqual([
		'Vertel het aan je leidinggevende.',
		'Gaat het over je leidinggevende?',
		'Ga dan naar Bureau Integriteit.',
	]);
	expect(sentencesOf('Zie §2.4, regel 3. “Het Cultuurtraject is niet vrijblijvend.” Zo staat het er.')).toHaveLength(3);
});
