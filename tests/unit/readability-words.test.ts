import { describe, expect, test } from 'vitest';
import { jargonIn, jargonLookup } from '../../src/lib/readability/jargon.ts';
import { passiveIn } from '../../src/lib/readability/passive.ts';
import { splitSentences, wordsOf } from '../../src/lib/readability/sentences.ts';
import { syllableCounter } from '../../src/lib/readability/syllables.ts';

/** Counted by hand, read aloud. Words at a word's edge (over, idee) and with a diaeresis (ideeën) are where hyphenation alone goes wrong. */
const syllablesByHand: Record<string, number> = {
	ik: 1, de: 1, een: 1, niet: 1, team: 1, werk: 1, mail: 1, chat: 1, echt: 1, iets: 1,
	over: 2, open: 2, idee: 2, avond: 2, elkaar: 2, iemand: 2, ieder: 2, eigen: 2, ouder: 2, ander: 2, alle: 2, eerlijk: 2, kantoor: 2, handboek: 2,
	gesprek: 2, gevoel: 2, gebeurt: 2, bureau: 2, zeeën: 2, aandacht: 2, groeten: 2, teamchat: 2, 'e-mail': 2,
	collega: 3, 'collega’s': 3, vriendelijk: 3, ideeën: 3, creëren: 3, België: 3, uitgangspunt: 3, werkafspraak: 3, afspraken: 3, veiligheid: 3,
	inclusie: 3, vastgesteld: 3, besproken: 3, duidelijk: 3, thuiswerkdag: 3, uitleggen: 3, kinderen: 3, hoofdletters: 3, bijvoorbeeld: 3,
	aanspreken: 3, overleg: 3, onderling: 3, verwachten: 3, ongewenst: 3, politie: 3, actueel: 3, agenda: 3, emoji: 3, aanwezig: 3, afdeling: 3,
	uiterlijk: 3, radio: 3, video: 3,
	binnenkomen: 4, medewerkers: 4, samenwerken: 4, educatie: 4, eventueel: 4, beoordelen: 4, Amsterdammer: 4, Amsterdammers: 4, gedragscode: 4,
	diversiteit: 4, dienstverlening: 4, meningsverschil: 4, uitroeptekens: 4, zelfvertrouwen: 4, situatie: 4, individu: 4,
	leidinggevende: 5, organisatie: 5, geïnteresseerd: 5, financiële: 5, vertrouwenspersoon: 5, discriminatie: 5, intimidatie: 5, toegankelijkheid: 5,
	psychologische: 5, microagressie: 5, faciliteren: 5, gefaciliteerd: 5, implementeren: 5, grensoverschrijdend: 5,
	integriteitsschending: 6, verantwoordelijkheid: 6,
};

describe('syllables of Dutch words', () => {
	const count = syllableCounter();

	test('match a count by hand for at least 95 in 100 words', () => {
		const words = Object.entries(syllablesByHand);
		const wrong = words.filter(([word, syllables]) => count(word) !== syllables).map(([word, syllables]) => `${word}: ${count(word)} in plaats van ${syllables}`);
		// Today 4 of 108 differ: a vowel pair read as two syllables (ra-di-o, vi-de-o, e-ven-tu-eel, mi-cro-a-gres-sie).
		expect(wrong.length / words.length, wrong.join('\n')).toBeLessThanOrEqual(0.05);
	});

	test('a single vowel at the edge of a word is a syllable, though hyphenation never splits it off', () => {
		expect(['over', 'open', 'idee', 'avond'].map(count)).toEqual([2, 2, 2, 2]);
	});

	test('parts joined by a hyphen count apart; a number counts a syllable per digit', () => {
		expect(count('e-mail')).toBe(2);
		expect(count('2024')).toBe(4);
		expect(count('MT')).toBe(1);
	});
});

describe('sentences and words', () => {
	test('a sentence ends at . ! ? before a capital, not after an abbreviation', () => {
		expect(splitSentences('Dit is één zin. Hij zegt: “Dat mag niet.” Daarna gaat hij weg! Bijv. Bureau Integriteit helpt, o.a. bij meldingen. Klaar? Ja')).toEqual([
			'Dit is één zin.',
			'Hij zegt: “Dat mag niet.”',
			'Daarna gaat hij weg!',
			'Bijv. Bureau Integriteit helpt, o.a. bij meldingen.',
			'Klaar?',
			'Ja',
		]);
	});

	test('a full stop inside a number or before a small letter ends nothing', () => {
		expect(splitSentences('In 2024 werkten er 2.400 mensen, d.w.z. veel. Dat is zo.')).toEqual(['In 2024 werkten er 2.400 mensen, d.w.z. veel.', 'Dat is zo.']);
	});

	test('words keep their hyphens and apostrophes, and lose their punctuation', () => {
		expect(wordsOf('De collega’s lezen de e-mail, toch?')).toEqual(['De', 'collega’s', 'lezen', 'de', 'e-mail', 'toch']);
	});
});

describe('passive voice (a heuristic)', () => {
	test.each([
		['De regels worden door het MT vastgesteld.', 'worden … vastgesteld'],
		['Er wordt geadviseerd om op teamniveau helderheid te geven.', 'wordt … geadviseerd'],
		['Als iemand wordt gepest, grijp je in.', 'wordt … gepest'],
		['Wat een team afspreekt, wordt vastgelegd in het handboek.', 'wordt … vastgelegd'],
		['Er is een afspraak gemaakt.', 'is … gemaakt'],
		['Een collega vertelt dat er grappen zouden zijn gemaakt.', 'zijn … gemaakt'],
	])('finds it in „%s”', (sentence, passive) => {
		expect(passiveIn(sentence)).toBe(passive);
	});

	test.each([
		'We groeten elkaar als we binnenkomen.',
		'Je wordt boos als iemand je negeert.',
		'Hij is gisteren gekomen.',
		'Hij heeft zijn werk gedaan.',
		'Dat is bekend bij iedereen.',
		'We hebben besproken wat er is gebeurd.',
		'Het gebied wordt groter.',
		'Iedereen voelt zich er thuis, ook wie nieuw is en zich nog niet gezien voelt.',
	])('does not see it in „%s”', (sentence) => {
		expect(passiveIn(sentence)).toBeUndefined();
	});
});

describe('words from the jargon list', () => {
	const lookup = jargonLookup([
		{ word: 'faciliteren', forms: ['gefaciliteerd'], instead: 'mogelijk maken' },
		{ word: 'in het kader van', forms: [], instead: 'bij' },
	]);

	test('are found in any listed form and as phrases, whatever their capitals, in the order of the sentence', () => {
		expect(jargonIn(wordsOf('In het kader van de pilot worden teams gefaciliteerd.'), lookup)).toEqual([
			{ word: 'in het kader van', found: 'In het kader van', instead: 'bij' },
			{ word: 'faciliteren', found: 'gefaciliteerd', instead: 'mogelijk maken' },
		]);
	});

	test('a word inside a longer phrase of the list counts once, as the phrase', () => {
		const withKader = jargonLookup([
			{ word: 'kaders', forms: ['kader'], instead: 'regels' },
			{ word: 'in het kader van', forms: [], instead: 'bij' },
		]);
		expect(jargonIn(wordsOf('In het kader van de pilot.'), withKader).map(({ word }) => word)).toEqual(['in het kader van']);
		expect(jargonIn(wordsOf('In het kader van de pilot, binnen de kaders.'), withKader).map(({ word }) => word)).toEqual(['in het kader van', 'kaders']);
	});

	test('only as whole words', () => {
		expect(jargonIn(wordsOf('Het kader van het schilderij.'), lookup)).toEqual([]);
	});
});
