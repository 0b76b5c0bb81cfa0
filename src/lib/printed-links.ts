/**
 * Where a link of a printed page leads in the PDF. The page is printed from a server on this
 * machine that lives only as long as the build, so Chromium would write every link to another page
 * as an address on that server: dead for any reader. A link to another page of the handbook leads
 * to the handbook's public address (`site` in organisation.yaml) instead, or, while that is unset,
 * is no link at all (its text stays). A link within the page stays: it becomes a jump within the
 * PDF. A link to another site stays as it is.
 */
export function printedHref(href: string, pageUrl: string, publicSite: string | undefined): string | undefined {
	const target = new URL(href, pageUrl);
	const page = new URL(pageUrl);
	if (target.origin !== page.origin) return href;
	if (target.pathname === page.pathname && target.search === page.search) return href;
	return publicSite ? new URL(`${target.pathname}${target.search}${target.hash}`, new URL(publicSite).origin).href : undefined;
}
