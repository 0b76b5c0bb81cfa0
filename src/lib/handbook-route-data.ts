import type { CollectionEntry } from 'astro:content';
import type { Organisation } from '../schemas/organisation.ts';
import type { Edition } from './edition.ts';
import { linksOf, siteLinksOf, type EditionLinks, type SiteLinks } from './paths.ts';

/** The collections of the edition a page belongs to, as Astro's content layer gives them. */
export interface HandbookContent {
	themes: CollectionEntry<'themes'>[];
	rules: CollectionEntry<'rules'>[];
	topics: CollectionEntry<'topics'>[];
	agreements: CollectionEntry<'agreements'>[];
	interpretations: CollectionEntry<'interpretations'>[];
}

/**
 * What every page and component of one edition may show, as route data (`Astro.locals.handbook`,
 * filled by src/middleware.ts): components take it from there or as props, and fetch nothing
 * themselves, so a test can render one with data of its own (Astro's Container API).
 */
export interface Handbook {
	/** The edition this page belongs to; one of `editions`. */
	edition: Edition;
	/** Every edition, oldest published version first and the working version last. */
	editions: Edition[];
	/** The owner's settings (content/organisation.yaml). */
	organisation: Organisation;
	/** The folder of the settings and the working version (content/), where a page reads what is the site's own, such as jargon.yaml. */
	contentRoot: string;
	/**
	 * The addresses each edition built before this one serves, by edition id (see servedPaths in
	 * src/lib/versions/missing-page.ts): the version switcher leads to an edition's page "staat niet
	 * in deze versie" where the page is not among them. Empty where the build knows none.
	 */
	servedPaths: ReadonlyMap<string, ReadonlySet<string>>;
	/** The addresses within this edition. */
	links: EditionLinks;
	/** The addresses of the pages that exist once for the whole site. */
	siteLinks: SiteLinks;
	/**
	 * The edition's collections, read on first use by the page that shows them (the home page counts
	 * them, the code of conduct lists its themes): pages that show none pay nothing.
	 */
	readonly content: Promise<HandbookContent>;
}

/** The route data of a page of `edition`; `readContent` is asked at most once, when a component first awaits the content. */
export function handbookRouteData(
	{ edition, editions, organisation, contentRoot, servedPaths = new Map() }: Pick<Handbook, 'edition' | 'editions' | 'organisation' | 'contentRoot'> & Partial<Pick<Handbook, 'servedPaths'>>,
	readContent: () => Promise<HandbookContent>,
): Handbook {
	let content: Promise<HandbookContent> | undefined;
	return {
		edition,
		editions,
		organisation,
		contentRoot,
		servedPaths,
		links: linksOf(edition),
		siteLinks: siteLinksOf(edition),
		get content() {
			content ??= readContent();
			return content;
		},
	};
}
