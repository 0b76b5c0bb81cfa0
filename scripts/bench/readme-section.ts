/**
 * The "## Prestaties" section of README.md: a short introduction written once, and between two
 * markers the latest results, which every full run replaces. The rest of the README stays as it is.
 */
export const startMarker = '<!-- bench:start -->';
export const endMarker = '<!-- bench:end -->';

export const sectionHeading = '## Prestaties';

export const sectionIntro = [
	'`npm run bench` meet hoe het handboek zich houdt als het groeit. Het maakt handboeken van 100, 1.000 en',
	'5.000 afspraken uit de echte inhoud (het grootste ook met 3 versies, gepubliceerd zoals',
	'`npm run publiceer` dat doet), controleert en bouwt elk ervan, bouwt ter vergelijking een kale',
	'Starlight-site met dezelfde pagina’s, en meet in Chromium de eerste weergave en de eerste zoekopdracht.',
	'Dat duurt op een machine met 2 kernen een half uur tot drie kwartier. Draai ondertussen niets anders: elke',
	'andere bouw maakt de tijden te hoog (de tabel zegt hoeveel CPU andere processen gebruikten). Alleen zo’n',
	'volledige meting werkt deze tabel bij, en `benchmark/results.md` met de ruwe getallen in',
	'`benchmark/results.json`. Of alles werkt zie je in een paar minuten met `npm run bench -- --quick`; met',
	'`--sizes 100,1000` en `--versions 0` kies je zelf. Die schrijven naar `benchmark/results-quick.*` en',
	'`benchmark/results-custom.*`.',
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
