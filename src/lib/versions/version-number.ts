/** Orders version numbers as numbers, part by part: 0.9 before 0.10, 0.10 before 1.0. */
export function compareVersionNumbers(a: string, b: string): number {
	const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
	const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
	return aMajor - bMajor || aMinor - bMinor;
}

/** The number of the 100 % version: the whole handbook. */
export const completeVersionNumber = '1.0';

/** The number that ordinarily follows `last`: 0.4 after 0.3, 1.1 after 1.0; 0.1 for the first version. */
export function expectedNextNumber(last: string | undefined): string {
	if (!last) return '0.1';
	const [major = 0, minor = 0] = last.split('.').map(Number);
	return `${major}.${minor + 1}`;
}

/** The next number as the publish command proposes it, in Dutch. */
export function proposedNumbers(last: string | undefined): string {
	const next = expectedNextNumber(last);
	const complete = last === undefined || compareVersionNumbers(completeVersionNumber, last) > 0;
	return complete && next !== completeVersionNumber ? `${next} (of ${completeVersionNumber} voor de 100%-versie)` : next;
}

/**
 * Why a number, valid and higher than the last, still asks for confirmation: anything other than
 * the expected next number, and 1.0, the 100 % version. In Dutch; undefined when nothing needs asking.
 */
export function numberQuestion(number: string, last: string | undefined): string | undefined {
	const expected = expectedNextNumber(last);
	const after = last ? `Na versie ${last} komt gewoonlijk ${expected}` : `De eerste versie is gewoonlijk ${expected}`;
	if (number === completeVersionNumber) {
		return `Versie ${completeVersionNumber} is de 100%-versie: het hele handboek, voor elke regel en werkafspraak vastgesteld. ${number === expected ? '' : `${after}. `}Is dit die versie?`;
	}
	if (number === expected) return undefined;
	// Readers take a version number for a decimal: 0.25 reads as less than 0.3, 0.10 as 0.1.
	if (last && Number(number) <= Number(last)) {
		const decimal = (value: string) => value.replace('.', ',');
		const reading = Number(number) === Number(last) ? `dat het dezelfde versie is als ${last} (${decimal(number)} is als getal gelijk aan ${decimal(last)})` : `dat deze versie vóór versie ${last} komt (${decimal(number)} is minder dan ${decimal(last)})`;
		return `${after}. Wie ${number} leest als een gewoon getal, denkt ${reading}; zo lezen de meeste lezers een versienummer. Bedoel je ${expected}?`;
	}
	if (number.endsWith('.0')) return `${after}; ${number} begint een nieuw hoofdnummer. Is dat de bedoeling?`;
	return `${after}; met ${number} sla je ${expected} over. Is dat de bedoeling?`;
}
