import type { BuildPhases, BuildResult } from './results.ts';
import { formatBytes, formatMemory, formatNumber } from './format.ts';

/**
 * A model of our build fitted to one run's measurements, to say on paper what a handbook of 20
 * versions × 20,000 interpretations would cost. Each phase of the build is fitted as
 *   seconds ≈ x · editions + z · pages
 * (least squares, no constant): the editions Astro, Pagefind and the PDF printer worked on and
 * their pages for those phases, every edition and page of the site for the assembly and the rest.
 * Astro, Pagefind and the PDF are fitted to the cold builds alone, where every edition is built and
 * every page rendered: a warm build copies the pages that show nothing that changed (Astro's page
 * cache) and the PDF of an unchanged handreiking, which no per-page cost describes; its prediction is
 * what it would cost without them. Pages per edition grow linearly
 * with the interpretations; the site's pages are that times the editions times what the run
 * measured for the pages the assembly adds. Nothing here is measured at the target size.
 */
export interface Fit2 {
	perEdition: number;
	perPage: number;
}

export interface Line {
	intercept: number;
	slope: number;
}

export const targetScale = { versions: 20, interpretations: 20_000 };

/** GitHub's published limits for GitHub Pages and Actions (docs.github.com), as at the time of writing. */
export const githubLimits = {
	siteBytes: 1e9,
	deployMinutes: 10,
	bandwidthBytesPerMonth: 100e9,
	jobHours: 6,
	cacheBytes: 10e9,
};

type PhaseName = keyof Omit<BuildPhases, 'editionsBuilt' | 'astro'>;
const builtPhases: PhaseName[] = ['editions', 'searchIndex', 'pdf'];
const sitePhases: PhaseName[] = ['assembly', 'other'];

/** Least squares of y ≈ x·e + z·p; where e and p cannot be told apart, all on p. */
export function fit2(points: { e: number; p: number; y: number }[]): Fit2 {
	const see = points.reduce((sum, point) => sum + point.e * point.e, 0);
	const spp = points.reduce((sum, point) => sum + point.p * point.p, 0);
	const sep = points.reduce((sum, point) => sum + point.e * point.p, 0);
	const sey = points.reduce((sum, point) => sum + point.e * point.y, 0);
	const spy = points.reduce((sum, point) => sum + point.p * point.y, 0);
	const determinant = see * spp - sep * sep;
	if (points.length >= 2 && Math.abs(determinant) > 1e-9 * see * spp) {
		const fit = { perEdition: (sey * spp - spy * sep) / determinant, perPage: (see * spy - sep * sey) / determinant };
		// A negative cost means the points cannot separate the two; then each alone, whichever fits better.
		if (fit.perEdition >= 0 && fit.perPage >= 0) return fit;
	}
	const onPages = { perEdition: 0, perPage: spp > 0 ? spy / spp : 0 };
	const onEditions = { perEdition: see > 0 ? sey / see : 0, perPage: 0 };
	const error = (fit: Fit2) => points.reduce((sum, point) => sum + (point.y - fit.perEdition * point.e - fit.perPage * point.p) ** 2, 0);
	return error(onEditions) < error(onPages) ? onEditions : onPages;
}

/** Least squares of y ≈ intercept + slope·x; one point (or one x) gives a line through the origin. */
export function fitLine(points: { x: number; y: number }[]): Line {
	const n = points.length;
	const mx = points.reduce((sum, point) => sum + point.x, 0) / n;
	const my = points.reduce((sum, point) => sum + point.y, 0) / n;
	const sxx = points.reduce((sum, point) => sum + (point.x - mx) ** 2, 0);
	if (n < 2 || sxx === 0) return { intercept: 0, slope: mx === 0 ? 0 : my / mx };
	const slope = points.reduce((sum, point) => sum + (point.x - mx) * (point.y - my), 0) / sxx;
	return { intercept: my - slope * mx, slope };
}

export interface BuildModel {
	phases: Record<PhaseName, Fit2>;
	/** Pages of the working version by interpretations. */
	workingPages: Line;
	/** The site's pages per edition page, as measured at the build with the most versions (the pages the assembly adds). */
	sitePagesPerEditionPage: number;
	bytesPerPage: number;
	/** Peak memory by the pages of the largest edition (editions are built one after another). */
	peakBytes: Line | null;
	/** The measured builds the model was fitted to. */
	points: number;
}

/** The edition counts of one build for a phase: those Astro built, or all of the site. */
function load(result: BuildResult, phase: PhaseName): { e: number; p: number } {
	if (sitePhases.includes(phase)) return { e: result.editions, p: result.pages };
	return result.cache === 'warm' ? { e: result.phases!.editionsBuilt, p: result.workingPages } : { e: result.phases!.editionsBuilt, p: result.pages };
}

/** The model of a run, or undefined when it has too few of our builds with their phases. */
export function fitModel(results: BuildResult[]): BuildModel | undefined {
	const ours = results.filter((result) => result.site === 'ours' && result.phases !== null);
	if (ours.length < 2 || new Set(ours.map((result) => result.interpretations)).size < 2) return undefined;
	const cold = ours.filter((result) => result.cache === 'cold');
	const fittedTo = (phase: PhaseName) => (builtPhases.includes(phase) && new Set(cold.map((result) => result.interpretations)).size >= 2 ? cold : ours);
	const phases = Object.fromEntries([...builtPhases, ...sitePhases].map((phase) => [phase, fit2(fittedTo(phase).map((result) => ({ ...load(result, phase), y: result.phases![phase] })))])) as Record<PhaseName, Fit2>;
	const mostVersions = ours.reduce((most, result) => (result.versions > most.versions || (result.versions === most.versions && result.interpretations > most.interpretations) ? result : most));
	const coldOneVersion = cold.filter((result) => result.versions === Math.min(...ours.map((other) => other.versions)) && result.peakBytes !== null);
	return {
		phases,
		workingPages: fitLine(ours.map((result) => ({ x: result.interpretations, y: result.workingPages }))),
		sitePagesPerEditionPage: mostVersions.pages / (mostVersions.editions * mostVersions.workingPages),
		bytesPerPage: mostVersions.totalBytes / mostVersions.pages,
		peakBytes: coldOneVersion.length >= 2 ? fitLine(coldOneVersion.map((result) => ({ x: result.workingPages, y: result.peakBytes! }))) : null,
		points: ours.length,
	};
}

export interface Prediction {
	versions: number;
	interpretations: number;
	editions: number;
	workingPages: number;
	pages: number;
	coldSeconds: number;
	warmSeconds: number;
	/** Cold, by phase. */
	coldPhases: Record<PhaseName, number>;
	distBytes: number;
	/** What a deploy that uploads only what changed would send: the working version's pages. */
	workingBytes: number;
	peakBytes: number | null;
}

const at = (fit: Fit2, load: { e: number; p: number }) => fit.perEdition * load.e + fit.perPage * load.p;

/** What the model says for a handbook of `versions` published versions, each (like the working version) with `interpretations`. */
export function predict(model: BuildModel, versions: number, interpretations: number): Prediction {
	const editions = versions + 1;
	const workingPages = model.workingPages.intercept + model.workingPages.slope * interpretations;
	const pages = model.sitePagesPerEditionPage * editions * workingPages;
	const site = { e: editions, p: pages };
	const coldPhases = Object.fromEntries(([...builtPhases, ...sitePhases] as PhaseName[]).map((phase) => [phase, at(model.phases[phase], site)])) as Record<PhaseName, number>;
	const warmBuilt = builtPhases.reduce((sum, phase) => sum + at(model.phases[phase], { e: 1, p: workingPages }), 0);
	const warmSite = sitePhases.reduce((sum, phase) => sum + at(model.phases[phase], site), 0);
	return {
		versions,
		interpretations,
		editions,
		workingPages,
		pages,
		coldSeconds: Object.values(coldPhases).reduce((sum, value) => sum + value, 0),
		warmSeconds: warmBuilt + warmSite,
		coldPhases,
		distBytes: pages * model.bytesPerPage,
		workingBytes: workingPages * model.bytesPerPage,
		peakBytes: model.peakBytes ? model.peakBytes.intercept + model.peakBytes.slope * workingPages : null,
	};
}

/** How many editions of `interpretations` each (the working version and published versions) fit in GitHub Pages' 1 GB. */
export function editionsWithinPagesLimit(model: BuildModel, interpretations: number): number {
	return Math.floor(githubLimits.siteBytes / predict(model, 0, interpretations).distBytes);
}

/** In Dutch: what fits in GitHub Pages' 1 GB at this many interpretations per edition. */
function whatFits(editions: number, interpretations: number): string {
	const at = `bij ${formatNumber(interpretations)} afspraken per editie`;
	if (editions < 1) return `${at} past zelfs de werkversie alleen niet`;
	if (editions === 1) return `${at} past alleen de werkversie, zonder gepubliceerde versie ernaast`;
	return `${at} passen de werkversie en ongeveer ${editions - 1} gepubliceerde ${editions - 1 === 1 ? 'versie' : 'versies'}`;
}

const minutes = (seconds: number) => (seconds >= 120 ? `${formatNumber(seconds / 60, 0)} min` : `${formatNumber(seconds, 0)} s`);
const phaseNames: Record<PhaseName, string> = { editions: 'edities bouwen (Astro)', searchIndex: 'zoekindex (Pagefind)', pdf: "pdf's", assembly: 'samenvoegen', other: 'de rest' };

/** The model and its extrapolation as README text, apart from the measured points. */
export function modelSection(model: BuildModel | undefined): string {
	if (!model) return 'Geen model: deze run heeft te weinig bouwen van ons handboek (minstens twee groottes) om er een op te passen.';
	const { versions, interpretations } = targetScale;
	const p = predict(model, versions, interpretations);
	const fits = ([...builtPhases, ...sitePhases] as PhaseName[]).map((phase) => `${phaseNames[phase]} ${formatNumber(model.phases[phase].perEdition, 2)} s per editie + ${formatNumber(model.phases[phase].perPage * 1000, 2)} ms per pagina`);
	const fitsPages = Math.round(githubLimits.siteBytes / model.bytesPerPage);
	const fitting = [interpretations, 5_000, 1_000].map((count) => whatFits(editionsWithinPagesLimit(model, count), count));
	// The edition cache holds every published edition's output: that is what the git host would have to restore.
	const cacheBytes = p.distBytes - p.workingBytes;
	const lines = [
		`**Model (gepast op de ${model.points} bouwen van ons handboek hierboven; geen meting).** Per fase van de bouw: tijd ≈ a · edities + b · pagina's, met de kleinste kwadraten. Bouwen, zoekindex en pdf zijn gepast op de koude bouwen, met de edities en pagina's die Astro bouwde (een warme bouw kopieert de pagina's die niets tonen wat veranderde, en de pdf van een ongewijzigde handreiking; dat beschrijft geen prijs per pagina), samenvoegen en de rest op alle bouwen, met de edities en pagina's van de hele site: ${fits.join('; ')}.`,
		`Pagina's van de werkversie ≈ ${formatNumber(model.workingPages.intercept, 0)} + ${formatNumber(model.workingPages.slope, 3)} per afspraak; de site heeft ${formatNumber(model.sitePagesPerEditionPage, 2)}× de pagina's van al haar edities samen (wat het samenvoegen toevoegt, gemeten bij de bouw met de meeste versies); ${formatBytes(model.bytesPerPage)} per pagina in dist/ (alle bestanden gedeeld door de pagina's).${model.peakBytes ? ` Piekgeheugen ≈ ${formatMemory(model.peakBytes.intercept)} + ${formatNumber((model.peakBytes.slope * 1000) / 1024 ** 2, 2)} MiB per 1.000 pagina's van de grootste editie (de edities worden na elkaar gebouwd).` : ''}`,
		'',
		`**Extrapolatie naar ${versions} versies × ${formatNumber(interpretations)} afspraken** (aangenomen: elke gepubliceerde versie zo groot als de werkversie; zelfde machine met 2 kernen):`,
		'',
		`- ${p.editions} edities, ${formatNumber(p.workingPages, 0)} pagina's per editie, ${formatNumber(p.pages, 0)} pagina's in de site.`,
		`- Koude bouw (alle edities): ongeveer ${minutes(p.coldSeconds)} (${([...builtPhases, ...sitePhases] as PhaseName[]).map((phase) => `${phaseNames[phase]} ${minutes(p.coldPhases[phase])}`).join(', ')}).`,
		`- Warme bouw (alleen de werkversie, de rest uit de cache van edities): hoogstens ongeveer ${minutes(p.warmSeconds)}, als elke pagina van de werkversie opnieuw gemaakt zou worden; na een wijziging van één afspraak maakt Astro alleen de pagina’s opnieuw die haar tonen (de warme bouwen hierboven).`,
		`- dist/: ongeveer ${formatBytes(p.distBytes)}; een deploy naar GitHub Pages uploadt steeds de hele site (als één artefact, gecomprimeerd kleiner). Alleen de werkversie is ${formatBytes(p.workingBytes)}.`,
		...(p.peakBytes === null ? [] : [`- Piekgeheugen: ongeveer ${formatMemory(p.peakBytes)} (de grootste editie bepaalt het, niet het aantal versies).`]),
		'',
		`**Wat er bij die omvang verandert.** De grenzen hieronder zijn de gepubliceerde grenzen van GitHub (docs.github.com): een GitHub Pages-site is hoogstens ${formatBytes(githubLimits.siteBytes)}, een deploy stopt na ${githubLimits.deployMinutes} minuten, de bandbreedte is zacht begrensd op ${formatBytes(githubLimits.bandwidthBytesPerMonth)} per maand, een job in GitHub Actions duurt hoogstens ${githubLimits.jobHours} uur en de cache van Actions is hoogstens ${formatBytes(githubLimits.cacheBytes)} per repository.`,
		'',
		`- Welke edities opnieuw worden gebouwd: tussen twee publicaties alleen de werkversie, als de cache van edities (node_modules/.cache/handbook-editions) wordt bewaard. Na elke nieuwe versie worden alle edities opnieuw gebouwd: de sleutel van elke editie bevat de lijst van versies (de versiekiezer op elke pagina), zie src/build/edition-cache.ts. Zonder bewaarde cache is elke bouw koud.`,
		`- De cache van edities is dan ongeveer ${formatBytes(cacheBytes)}: ${cacheBytes > githubLimits.cacheBytes ? `meer dan de ${formatBytes(githubLimits.cacheBytes)} van de cache van Actions, dus op GitHub is elke bouw koud` : `binnen de ${formatBytes(githubLimits.cacheBytes)} van de cache van Actions, dus op GitHub kan de bouw warm zijn als de workflow die cache bewaart`}. Een koude bouw van ongeveer ${minutes(p.coldSeconds)} ${p.coldSeconds > githubLimits.jobHours * 3600 ? 'past niet' : 'past'} in de ${githubLimits.jobHours} uur van een job (op een runner met 2 kernen zoals deze machine).`,
		`- GitHub Pages: ${p.distBytes > githubLimits.siteBytes ? `de site (${formatBytes(p.distBytes)}) past niet in ${formatBytes(githubLimits.siteBytes)}` : `de site (${formatBytes(p.distBytes)}) past in ${formatBytes(githubLimits.siteBytes)}`}. Met ${formatBytes(model.bytesPerPage)} per pagina is de grens ongeveer ${formatNumber(fitsPages)} pagina's: ${fitting.join('; ')}.`,
		`- Daarboven is een andere host nodig die een site van die grootte toestaat, met een deploy die alleen uploadt wat veranderde: gepubliceerde versies veranderen nooit, dus per bouw alleen de werkversie (${formatBytes(p.workingBytes)}) en wat het samenvoegen schrijft. Ook eronder wordt een volledige upload per deploy groot; de bandbreedte van ${formatBytes(githubLimits.bandwidthBytesPerMonth)} per maand geldt voor wat lezers ophalen, niet voor de upload.`,
	];
	return lines.join('\n');
}
