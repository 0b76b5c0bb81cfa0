import { renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { Edition } from '../../src/lib/edition.ts';
import type { PdfCache } from '../../src/build/pdf-cache.ts';
import { paths } from '../../src/lib/paths.ts';
import { printedHref } from '../../src/lib/printed-links.ts';
import { launchChromium } from './chromium.ts';
import { serveFolder } from './static-server.ts';

/**
 * Prints an edition's handreiking (its page /handreiking/) to a tagged PDF with an outline, in
 * the Chromium that `npm install` brings, into the edition's own built folder, named with the
 * version. The PDF is made from the edition's built pages, so it holds what they hold; the build
 * makes it with them, and the edition cache keeps it with them (scripts/build.ts).
 */

/** Where an edition's PDF is within its built folder (and so within the site, under the edition's path). */
export const handreikingPdfFile = (folder: string, edition: Pick<Edition, 'id'>) => join(folder, paths.handreikingPdf(edition.id));

/**
 * What a PDF made by the build leaves out of the page as printed by a reader: the address and day
 * of printing (it is not printed from an address), and the version bar, which changes when a newer
 * version is published; the handreiking names its version, label and date itself.
 */
const madeByTheBuild = '.printed-from, .edition-bar { display: none !important; }';

export interface HandreikingPrinter {
	/** Prints the handreiking of `edition`, built into `folder`, and returns the PDF's path and size. */
	print(folder: string, edition: Edition): Promise<{ file: string; bytes: number }>;
	/** Closes the Chromium it printed with, if open; a next print starts one again. */
	close(): Promise<void>;
}

/**
 * A Chromium for the editions a run prints, started when one is printed and kept until closed.
 * `publicSite`: the handbook's public address (`site` in organisation.yaml), where the PDF's links
 * to the handbook's pages lead (src/lib/printed-links.ts).
 */
export function handreikingPrinter(publicSite: string | undefined): HandreikingPrinter {
	let browser: Promise<Browser> | undefined;
	return {
		async print(folder, edition) {
			browser ??= launchChromium();
			const site = await serveFolder(folder, edition.base);
			const page = await (await browser).newPage();
			try {
				const response = await page.goto(`${site.url}${paths.handreiking}`, { waitUntil: 'load' });
				if (!response?.ok()) throw new Error(`${edition.name} heeft geen handreiking (${paths.handreiking} gaf ${response?.status()}).`);
				await page.addStyleTag({ content: madeByTheBuild });
				const hrefs = await page.$$eval('a[href]', (links) => links.map((link) => link.getAttribute('href')!));
				const printed = hrefs.map((href) => printedHref(href, page.url(), publicSite) ?? null);
				await page.$$eval('a[href]', (links, printed) => links.forEach((link, index) => (printed[index] === null ? link.removeAttribute('href') : link.setAttribute('href', printed[index]!))), printed);
				const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
				const file = handreikingPdfFile(folder, edition);
				// Written whole, then moved into place: a reader of the folder never sees half a PDF.
				writeFileSync(`${file}.part`, pdf);
				renameSync(`${file}.part`, file);
				return { file, bytes: statSync(file).size };
			} finally {
				await page.close();
				await site.stop();
			}
		},
		async close() {
			const open = browser;
			browser = undefined;
			if (open) await (await open).close();
		},
	};
}

/**
 * Prints one edition's handreiking and says so. Without a Chromium (macOS or Windows without
 * CHROMIUM_PATH) the site is still built: the build warns, and `npm run pdf` makes the PDF later.
 * With a `cache` (the build's), a handreiking that did not change since it was last printed gets
 * that PDF, and no Chromium is started for it.
 */
export async function printHandreiking(printer: HandreikingPrinter, folder: string, edition: Edition, cache?: PdfCache): Promise<boolean> {
	const started = performance.now();
	const inFolder = handreikingPdfFile(folder, edition);
	if (cache?.take(inFolder)) {
		console.log(`Handreiking van ${edition.name.toLowerCase()} als pdf: ${basename(inFolder)}, ${Math.round(statSync(inFolder).size / 1024)} kB, uit de cache (de handreiking is niet veranderd), in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
		return true;
	}
	try {
		const { file, bytes } = await printer.print(folder, edition);
		cache?.keep(file);
		console.log(`Handreiking van ${edition.name.toLowerCase()} als pdf: ${basename(file)}, ${Math.round(bytes / 1024)} kB in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
		return true;
	} catch (error) {
		console.warn(`Let op: de handreiking van ${edition.name.toLowerCase()} is niet als pdf gemaakt: ${(error as Error).message.split('\n')[0]} Zet CHROMIUM_PATH op een Chrome of Chromium en draai npm run pdf.`);
		return false;
	}
}
