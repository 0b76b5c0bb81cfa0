import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text on each page of a PDF, whitespace collapsed, as a reader of the printout sees it. */
export async function pdfPageTexts(pdf: Uint8Array): Promise<string[]> {
	const loading = getDocument({ data: new Uint8Array(pdf), verbosity: 0 });
	try {
		const document = await loading.promise;
		const pages: string[] = [];
		for (let number = 1; number <= document.numPages; number++) {
			const { items } = await (await document.getPage(number)).getTextContent();
			pages.push(items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' ').trim());
		}
		return pages;
	} finally {
		await loading.destroy();
	}
}
