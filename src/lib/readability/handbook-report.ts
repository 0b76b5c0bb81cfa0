import type { JargonEntry } from '../../schemas/jargon.ts';
import { countOf } from '../count-of.ts';
import { describeLevel, describeSentence, hardestShown, jargonUsed } from './advice.ts';
import type { HandbookPage } from './handbook-pages.ts';
import { hardestSentences, readabilityMeter, summarise, type MeasuredSentence, type TextSummary } from './measure.ts';
import { aimLevel, aimNote, reachesAim } from './reading-level.ts';

export interface PageReadability {
	page: HandbookPage;
	/** The text written for the handbook. */
	own: TextSummary;
	/** The text quoted from a source: measured, never to be rewritten. */
	verbatim: TextSummary;
	hardest: MeasuredSentence[];
	/** Words of the jargon list anywhere in the page's own text. */
	jargon: string[];
}

/** Every page measured, the page whose own text is hardest first. */
export function measurePages(pages: readonly HandbookPage[], jargon: readonly JargonEntry[]): PageReadability[] {
	const meter = readabilityMeter(jargon);
	return pages
		.map((page) => {
			const sentences = meter.sentences(page.parts);
			const own = sentences.filter((sentence) => !sentence.verbatim);
			return {
				page,
				own: summarise(own),
				verbatim: summarise(sentences.filter((sentence) => sentence.verbatim)),
				hardest: hardestSentences(own, hardestShown),
				jargon: jargonUsed(own),
			};
		})
		.sort((a, b) => (a.own.score ?? Infinity) - (b.own.score ?? Infinity));
}

const named = ({ kind, title, file }: HandbookPage) => `${kind} „${title}” — ${file}`;

/** The report of `npm run leesbaarheid`, in Dutch. */
export function handbookReport(measured: readonly PageReadability[]): string {
	const written = measured.filter((page) => page.own.words > 0);
	const quoted = measured.filter((page) => page.verbatim.words > 0).sort((a, b) => a.verbatim.score! - b.verbatim.score!);
	const missing = written.filter((page) => !reachesAim(page.own.level!));
	const lines = [
		`Leesbaarheid van het handboek (Flesch-Douma; ${aimNote}).`,
		'',
		`Tekst die voor het handboek is geschreven, moeilijkste pagina eerst (${countOf(written.length, 'pagina', "pagina's")}):`,
		...written.flatMap((page, index) => [
			`${index + 1}. ${describeLevel(page.own)}, ${countOf(page.own.words, 'woord', 'woorden')} — ${named(page.page)}`,
			...page.hardest.map((sentence) => `     ${describeSentence(sentence)}`),
			...(page.jargon.length > 0 ? [`     Woorden uit content/jargon.yaml: ${page.jargon.join('; ')}`] : []),
		]),
		'',
		missing.length === 0
			? `Alle ${countOf(written.length, 'pagina', "pagina's")} halen ${aimLevel} of makkelijker.`
			: `${written.length - missing.length} van de ${countOf(written.length, 'pagina', "pagina's")} halen ${aimLevel} of makkelijker; ${countOf(missing.length, 'pagina haalt', "pagina's halen")} het niet.`,
		'',
		`Letterlijk uit de bron: gemeten, maar niet om te herschrijven (${countOf(quoted.length, 'pagina', "pagina's")}):`,
		...quoted.map((page) => `- ${describeLevel(page.verbatim)}, ${countOf(page.verbatim.words, 'woord', 'woorden')} — ${named(page.page)}`),
	];
	return lines.join('\n');
}
