/**
 * The "## Prestaties" section of README.md: a short introduction written once, and between two
 * markers the latest results, which every full run replaces. The rest of the README stays as it is.
 */
export const startMarker = '<!-- bench:start -->';
export const endMarker = '<!-- bench:end -->';

export const sectionHeading = '## Prestaties';

export const sectionIntro = [
	'`npm run bench` meet hoe het handboek zich houdt als het groeit, gebouwd zoals het echt wordt gebouwd: de',
	'inhoud uit de repository met haar gepubliceerde versie, en 100, 1.000 en 5.000 afspraken in de werkversie (het',
	'grootste ook met 3 versies, gepubliceerd zoals `npm run publiceer` dat doet). Elk handboek wordt gecontroleerd,',
	'koud gebouwd (zonder cache van edities) en warm (na een wijziging in de werkversie), naast de standaardsite van',
	'Starlight met dezelfde pagina’s; in Chromium meet het de eerste weergave en de eerste zoekopdracht. Daarna past',
	'het een model op de metingen en rekent het door naar 20 versies × 20.000 afspraken. Draai ondertussen niets',
	'anders: elke andere bouw maakt de tijden te hoog (de tabel zegt hoeveel CPU andere processen gebruikten). Elke',
	'bouw van ons handboek en de check draaien 3 keer en de tabel geeft de mediaan (`--repeats`). Alleen',
	'zo’n volledige meting werkt dit stuk bij, en `benchmark/results.md` met de ruwe getallen in',
	'`benchmark/results.json`. Een korte meting: `npm run bench -- --sizes 100,1000 --versions 1`, of',
	'`npm run bench -- --quick`; die schrijven naar `benchmark/results-custom.*` en `benchmark/results-quick.*`.',
].join('\n');

/** The README with the results between the markers; the section is added (before `before`, or at the end) if it is not there yet. */
export function replaceReadmeSection(readme: string, results: string, before = '## Controle bij elke pull request'): string {
	const block = `${startMarker}\n${results.trim()}\n${endMarker}`;
	const start = readme.indexOf(startMarker);
	const end = readme.indexOf(endMarker);
	if (start !== -1 && end > start) return `${readme.slice(0, start)}${block}${readme.slice(end + endMarker.length)}`;
	if (start !== -1 || end !== -1) throw new Error(`README.md heeft maar één van de markeringen ${startMarker} en ${endMarker}; zet ze allebei terug of haal ze allebei weg.`);
	const section = `${sectionHeading}\n\n${sectionIntro}\n\n${block}\n\n`;
	const at = readme.indexOf(`\n${before}`);
	if (at === -1) return `${readme.trimEnd()}\n\n${section.trimEnd()}\n`;
	return `${readme.slice(0, at + 1)}${section}${readme.slice(at + 1)}`;
}
