import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readJargon } from '../../src/lib/content/read-jargon.ts';
import { hardestSentences, readabilityMeter, summarise } from '../../src/lib/readability/measure.ts';
import { proseOf } from '../../src/lib/readability/prose.ts';
import { fleschDouma, levelOf, reachesAim } from '../../src/lib/readability/reading-level.ts';
import { wordingAdvisor } from '../../src/lib/readability/wording-advice.ts';
import { shippedContent } from '../helpers/content-fixture.ts';

const jargon = readJargon(shippedContent).words;
const meter = readabilityMeter(jargon);
const measure = (text: string) => summarise(meter.sentences([{ text }]));

/** Written for this test as a team would write for B1: short sentences, everyday words, who does what. */
const plainText =
	'We groeten elkaar als we binnenkomen. Ook op een drukke dag zeggen we goedemorgen. Zit iemand aan de telefoon? Dan zwaaien we even. ' +
	'In de chat beginnen we een vraag met een groet. We houden berichten kort en vriendelijk. Vinden we een bericht vervelend? ' +
	'Dan zeggen we dat in een apart gesprek. We maken geen grappen over iemand die er niet bij is.';

/** From the Plan van Aanpak I&D (seed 001, §2.1, the explanation of recommendation 1): policy prose. */
const policyText =
	'Er wordt geadviseerd om op teamniveau hierover helderheid te geven, begrijpelijk te communiceren en de normen consequent na te leven. ' +
	'Het gebrek aan helderheid over sociale normen binnen een organisatie kan een aantal negatieve effecten hebben, zowel op individueel als op collectief niveau.';

/** Written for this test in the style of a policy note: one long sentence, passive, full of jargon. */
const jargonSentence =
	'Het ontbreken van duidelijke kaders en een eenduidig handelingsperspectief leidt ertoe dat medewerkers onvoldoende worden gefaciliteerd om incidenten tijdig te signaleren en bespreekbaar te maken.';

describe('the Flesch-Douma reading ease and its level', () => {
	test('is the published formula: 206,84 − 0,77 × syllables per 100 words − 0,93 × words per sentence', () => {
		expect(fleschDouma({ words: 100, sentences: 5, syllables: 150 })).toBeCloseTo(206.84 - 0.77 * 150 - 0.93 * 20, 10);
	});

	test('stands for a level by Douma’s table: 60 to 70 is lower secondary school, B1', () => {
		expect([85, 70, 69.9, 60, 59.9, 50, 49.9, 30, 29.9, -10].map(levelOf)).toEqual(['A2', 'A2', 'B1', 'B1', 'B2', 'B2', 'C1', 'C1', 'C2', 'C2']);
		expect(['A2', 'B1', 'B2', 'C1', 'C2'].map((level) => reachesAim(level as 'B1'))).toEqual([true, true, false, false, false]);
	});
});

describe('texts of known difficulty', () => {
	test('a plain text for the work floor reaches B1 or easier, and gives no tips', () => {
		const sentences = meter.sentences([{ text: plainText }]);
		expect(reachesAim(summarise(sentences).level!)).toBe(true);
		expect(sentences.filter((sentence) => sentence.words > 20 || sentence.longWords.length > 0 || sentence.passive || sentence.jargon.length > 0)).toEqual([]);
	});

	test('a dense policy passage from the sources is C1 or harder, with its passive and its jargon', () => {
		const sentences = meter.sentences([{ text: policyText }]);
		expect(['C1', 'C2']).toContain(summarise(sentences).level);
		expect(sentences[0]!.passive).toBe('wordt … geadviseerd');
		expect(sentences.flatMap((sentence) => sentence.jargon.map(({ word }) => word))).toEqual(['consequent', 'collectief']);
		expect(sentences[1]!.words).toBeGreaterThan(20);
	});

	test('the handbook’s own page about hybrid work sits between the two', () => {
		const topic = readFileSync(join(shippedContent, 'topics/hybride-werken.mdx'), 'utf8').split(/^---$/m)[2]!;
		const scores = [measure(policyText), summarise(meter.sentences(proseOf(topic))), measure(plainText)].map((summary) => summary.score!);
		expect(scores).toEqual([...scores].sort((a, b) => a - b));
		expect(new Set(scores).size).toBe(3);
	});

	test('one long sentence full of jargon shows every signal', () => {
		const [sentence] = meter.sentences([{ text: jargonSentence }]);
		expect(sentence!.words).toBeGreaterThan(20);
		expect(sentence!.passive).toBe('worden … gefaciliteerd');
		expect(sentence!.longWords).toContain('handelingsperspectief');
		expect(sentence!.jargon.map(({ word }) => word)).toEqual(expect.arrayContaining(['kaders', 'eenduidig', 'handelingsperspectief', 'faciliteren', 'tijdig', 'signaleren']));
		expect(measure(jargonSentence).level).toBe('C2');
	});

	test('below 30 words the level is marked as a rough estimate', () => {
		expect(measure('We groeten elkaar.').short).toBe(true);
		expect(measure(plainText).short).toBe(false);
	});
});

describe('the hardest sentences', () => {
	test('are the ones that cost the text the most points: a long sentence before a short one of long words', () => {
		const sentences = meter.sentences([{ text: `Wij evalueren implementatie. ${plainText} ${policyText}` }]);
		expect(hardestSentences(sentences, 2).map((sentence) => sentence.text)).toEqual([
			expect.stringMatching(/^Het gebrek aan helderheid/),
			expect.stringMatching(/^Er wordt geadviseerd/),
		]);
	});

	test('never include text quoted from a source, which is measured apart', () => {
		const sentences = meter.sentences([{ text: policyText, verbatim: true }, { text: plainText }]);
		expect(hardestSentences(sentences, 3).some((sentence) => sentence.verbatim)).toBe(false);
		expect(summarise(sentences.filter((sentence) => sentence.verbatim)).level).toBe('C2');
	});

	test('a sentence mostly in quotation marks quotes a source on the handbook’s pages, but is the team’s own text in a contribution', () => {
		const quote = 'De reden is kort: “Bij WPI staat de Amsterdammer centraal en werken we samen.”';
		expect(meter.sentences([{ text: quote, quotesSources: true }])[0]!.verbatim).toBe(true);
		expect(meter.sentences([{ text: quote }])[0]!.verbatim).toBe(false);
	});

	test('a reference in brackets is not read as part of the sentence', () => {
		const [withReference] = meter.sentences([{ text: 'Racisme valt niet altijd op (Visie leren en ontwikkelen op I&D, §2.4.1).' }]);
		expect(withReference!.words).toBe(5);
	});
});

describe('the running text of a body', () => {
	test('is its paragraphs and list items, also in examples; headings, tables, code and sources are left out', () => {
		const body = [
			"import Iets from '~/components/Iets.astro';",
			'## Een kop',
			'Een alinea. Nog een zin.',
			'- een punt',
			'| a | b |\n|---|---|\n| c | d |',
			'```\ncode\n```',
			'<Voorbeeld>\nEen voorbeeld.\n</Voorbeeld>',
			'Bron: Uitvoeringsplan, §2.4.',
			'> Formuleer duidelijke sociale normen op teamniveau.',
			'## Bronnen',
			'Plan van Aanpak, §2.',
			'## Daarna',
			'Weer tekst.',
		].join('\n\n');
		expect(proseOf(body)).toEqual([
			{ text: 'Een alinea. Nog een zin.', verbatim: false, quotesSources: false },
			{ text: 'een punt', verbatim: false, quotesSources: false },
			{ text: 'Een voorbeeld.', verbatim: false, quotesSources: false },
			{ text: 'Formuleer duidelijke sociale normen op teamniveau.', verbatim: true, quotesSources: false },
			{ text: 'Weer tekst.', verbatim: false, quotesSources: false },
		]);
	});
});

describe('the advice beside the wording in the proposal form', () => {
	const advise = wordingAdvisor(jargon);

	test('says the level and the number of tips in one line, lists the hardest sentences with what to change, and the jargon once', () => {
		const advice = advise(`${policyText}\n\n${jargonSentence}`);
		expect(advice.summary).toMatch(/^Leesniveau (B2|C1|C2) \(Flesch-Douma -?\d+\)\. Het doel is B1\. \d+ tips hieronder\.$/);
		expect(advice.sentences[0]!.text).toBe(jargonSentence);
		expect(advice.sentences[0]!.signals).toEqual(['lange zin: maak er twee zinnen van', 'lange woorden: handelingsperspectief, gefaciliteerd', 'lijdende vorm (worden … gefaciliteerd): zeg wie het doet']);
		// Jargon is listed once for the whole text, not again at each sentence.
		expect(advice.jargon).toEqual(expect.arrayContaining(['„consequent”: liever steeds op dezelfde manier', '„gefaciliteerd”: liever mogelijk maken, helpen', '„handelingsperspectief”: liever wat je kunt doen']));
		expect(advice.summary).toMatch(new RegExp(` ${advice.jargon.length + advice.sentences.reduce((sum, sentence) => sum + sentence.signals.length, 0)} tips hieronder\\.$`));
	});

	test('says a plain text reaches the aim', () => {
		expect(advise(plainText).summary).toMatch(/^Leesniveau (A2|B1) \(Flesch-Douma \d+\)\. Dat haalt het doel, B1\. Geen tips\.$/);
	});

	test('asks for more text before it gives a level', () => {
		expect(advise('We groeten elkaar.').summary).toBe('Schrijf verder: vanaf 30 woorden zie je hier het leesniveau. Geen tips.');
		expect(advise('  ').summary).toBe('');
	});
});
