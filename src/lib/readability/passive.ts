import { wordsOf } from './sentences.ts';

/**
 * A heuristic for the passive voice (lijdende vorm) in Dutch: a form of "worden", or of "zijn"
 * with a participle that takes "zijn" only in the passive, together with a word shaped like a past
 * participle (ge…d/t/en, or be-/ver-/ont-/her-/er-…d/t, with or without a separable particle in
 * front: vastgesteld, afgesproken), the one nearest to the auxiliary. It looks at word shapes, not at grammar, so it misses some
 * passives and now and then flags a sentence that is not one; the advice says so.
 */

const wordenForms = new Set(['word', 'wordt', 'worden', 'werd', 'werden', 'geworden']);
const zijnForms = new Set(['is', 'zijn', 'was', 'waren', 'ben', 'bent', 'geweest']);

const particles = '(?:aan|af|bij|door|in|mee|na|om|onder|op|over|terug|toe|uit|vast|voor|weg|samen|vrij|neer|tegen|los|mis|achter|rond|kwijt|stil|bekend|teweeg)?';
// A participle ends in -t only after a voiceless sound ('t kofschip: gemaakt, gepest, verwacht);
// otherwise -t is the present tense (gebeurt, vertelt, bepaalt) and the participle ends in -d.
const ending = '(?:d|(?:[tkfsp]|ch)t|en)';
const withGe = new RegExp(`^${particles}ge\\p{L}{2,}${ending}$`, 'u');
const withPrefix = new RegExp(`^${particles}(?:be|ver|ont|her|er)\\p{L}{2,}(?:d|(?:[tkfsp]|ch)t)$`, 'u');

/** Words shaped like a participle that are nouns, adjectives or infinitives. */
const notParticiples = new Set([
	'gebied', 'gezicht', 'geluid', 'geld', 'gedicht', 'gebed', 'gerecht', 'gewicht', 'geduld', 'gevecht', 'gemiddeld', 'geleden', 'gelden', 'geven',
	'genieten', 'gebeuren', 'gebruiken', 'geloven', 'gewennen', 'genezen', 'getuigen', 'geraken', 'gezellig', 'gesprekken', 'gedachten', 'gevolgen',
	'gevoelen', 'gegevens', 'gebieden', 'gebouwen', 'geheimen', 'gemeenten', 'gevallen', 'gebreken', 'geschiedenis', 'gezonden', 'getallen',
	'beleid', 'bestand', 'verband', 'verstand', 'bericht', 'belet', 'verzet', 'verlet', 'bezit', 'bedrijfsbeleid', 'ernst', 'verleden', 'gelegenheid',
	'begeleid', 'bewust', 'gezond', 'beroemd', 'berucht', 'bejaard',
]);

/** Participles that go with "zijn" in the active voice (ik ben gekomen) or as adjectives (is bekend). */
const activeWithZijn = new Set([
	'gekomen', 'gegaan', 'gebleven', 'geworden', 'geweest', 'gebeurd', 'gelukt', 'gestorven', 'begonnen', 'vertrokken', 'verdwenen', 'ontstaan',
	'gestopt', 'geslaagd', 'gegroeid', 'veranderd', 'verschenen', 'gevallen', 'opgehouden', 'toegenomen', 'afgenomen', 'gestegen', 'gedaald', 'geraakt',
	'overleden', 'ontsnapt', 'gevlucht', 'binnengekomen', 'opgestaan', 'aangekomen', 'teruggekomen', 'meegegaan', 'weggegaan', 'gebleken', 'bekend',
	'betrokken', 'verplicht', 'gewend', 'geschikt', 'gericht', 'geboren', 'getrouwd', 'verliefd', 'benieuwd', 'bezorgd', 'verbaasd', 'geïnteresseerd',
	'gemotiveerd', 'bevoegd', 'verantwoord', 'gerust', 'vergeten', 'verhuisd', 'gelopen', 'gefietst', 'gereden', 'gevlogen', 'gezakt', 'verbeterd',
	'verslechterd', 'verdwaald', 'ontslagen', 'tevreden', 'gewond', 'gezond', 'bedoeld',
]);

export function looksLikeParticiple(word: string): boolean {
	const lower = word.toLowerCase();
	return !notParticiples.has(lower) && (withGe.test(lower) || withPrefix.test(lower));
}

/** Words that start a new clause: "zich gezien voelt" after "is … dat" belongs to another verb than "is". */
const clauseStarts = /\s(?:dat|die|wat|als|omdat|wanneer|zodat|terwijl|of|maar|want|en|waar|waarin|hoe)\s/i;

const clausesOf = (sentence: string) =>
	sentence
		.split(/[,;:()]/)
		.flatMap((part) => part.split(clauseStarts))
		.map(wordsOf);

const hebbenForms = new Set(['heb', 'hebt', 'heeft', 'hebben', 'had', 'hadden']);

/**
 * The passive in a sentence, as the auxiliary and the participle ("wordt … besproken"), or
 * undefined. "worden" counts anywhere in the sentence (the participle often closes it). "zijn"
 * counts only within one clause (split at commas and at words such as dat, die, als), never with a participle from `activeWithZijn`,
 * and not in a clause with "hebben" (hij heeft zijn werk gedaan: there "zijn" is "his").
 */
export function passiveIn(sentence: string, words: readonly string[] = wordsOf(sentence)): string | undefined {
	const lower = words.map((word) => word.toLowerCase());
	for (const [index, word] of lower.entries()) {
		if (!wordenForms.has(word)) continue;
		const participle = nearest(words, index, (other) => other.toLowerCase() !== 'geworden' && looksLikeParticiple(other));
		if (participle) return `${words[index]} … ${participle}`;
	}
	for (const clause of clausesOf(sentence)) {
		const clauseLower = clause.map((word) => word.toLowerCase());
		if (clauseLower.some((word) => hebbenForms.has(word))) continue;
		const auxiliary = clauseLower.findIndex((word) => zijnForms.has(word));
		if (auxiliary < 0) continue;
		const participle = nearest(clause, auxiliary, (word) => !activeWithZijn.has(word.toLowerCase()) && looksLikeParticiple(word));
		if (participle) return `${clause[auxiliary]} … ${participle}`;
	}
	return undefined;
}

/** The word nearest to words[index] (after it first when two are as near) that passes the test. */
function nearest(words: readonly string[], index: number, test: (word: string) => boolean): string | undefined {
	for (let distance = 1; distance < words.length; distance++) {
		for (const at of [index + distance, index - distance]) {
			const word = words[at];
			if (word !== undefined && test(word)) return word;
		}
	}
	return undefined;
}
