import type { Edition } from './edition.ts';
import type { ProposalTarget } from './proposal/proposal-file.ts';
import { samePageIn } from './edition-links.ts';

/** The part of a list's address that names its page; the first page is the list's own address. */
const listPage = (page: number) => (page > 1 ? `${page}/` : '');

/**
 * The address of every kind of page within one edition, in one place, so pages and the sidebar
 * agree. Starlight adds the edition's base to sidebar links itself, so the sidebar uses these.
 */
export const paths = {
	home: '/',
	about: '/over-dit-handboek/',
	cultureTrajectory: '/het-cultuurtraject/',
	codeOfConduct: '/gedragscode/',
	theme: (themeId: string) => `/gedragscode/${themeId}/`,
	rule: (themeId: string, ruleId: string) => `/gedragscode/${themeId}/${ruleId}/`,
	agreements: '/werkafspraken/',
	agreement: (agreementId: string) => `/werkafspraken/${agreementId}/`,
	interpretations: '/interpretaties/',
	/** Every interpretation of a rule, 50 a page: page 1 at …/afspraken/, the next at …/afspraken/2/. */
	ruleInterpretations: (themeId: string, ruleId: string, page = 1) => `/gedragscode/${themeId}/${ruleId}/afspraken/${listPage(page)}`,
	/** Every interpretation of an agreement, paged like those of a rule. */
	agreementInterpretations: (agreementId: string, page = 1) => `/werkafspraken/${agreementId}/afspraken/${listPage(page)}`,
	interpretation: (interpretationId: string) => `/interpretaties/${interpretationId}/`,
	/** The index of every team and MT with interpretations, 100 a page: page 1 at /teams/, the next at /teams/2/. */
	teams: (page = 1) => `/teams/${listPage(page)}`,
	/** A team's or MT's own page ("Onze afspraken"), by the slug of its name (teamSlug); paged like a list. */
	team: (teamSlug: string, page = 1) => `/teams/${teamSlug}/${listPage(page)}`,
	glossary: '/begrippen/',
	term: (termId: string) => `/begrippen/${termId}/`,
	normCrossed: '/als-een-norm-wordt-overschreden/',
	propose: '/voorstellen/',
	/** The proposal form with a rule or agreement chosen. */
	proposeFor: (target: ProposalTarget) => ('rule' in target ? `/voorstellen/?regel=${target.rule}` : `/voorstellen/?afspraak=${target.agreement}`),
	/** The route for input without a name, on the same page. */
	proposeWithoutName: '/voorstellen/#zonder-naam',
	accessibility: '/toegankelijkheid/',
	/** For maintainers: what only the owner can settle, and whether it is set (src/lib/owner-settings.ts). */
	maintainers: '/beheer/',
	/** What changed in this edition since the version before it. */
	changes: '/wijzigingen/',
	/** The conversation card of a rule or work agreement (their ids are one namespace: the folders of interpretations share it). Short, to be typed from paper. */
	conversationCard: (normId: string) => `/kaarten/${normId}/`,
	/** "Voor de teamsessie": the sets of conversation cards and how they can be used. */
	teamSession: '/teamsessie/',
	/** The conversation cards of the rules of one theme, to print together. */
	themeCards: (themeId: string) => `/teamsessie/gedragscode/${themeId}/`,
	/** The conversation cards of the work agreements of one topic, to print together. */
	topicCards: (topicId: string) => `/teamsessie/werkafspraken/${topicId}/`,
	/** The whole handbook of this edition as one document, to read through or print. */
	handreiking: '/handreiking/',
	/** The same as a PDF, named with the version it holds, so a download says which it is (npm run pdf). */
	handreikingPdf: (editionId: string) => `/handreiking-sociale-norm-${editionId}.pdf`,
};

/** Pages that exist once for the whole site, at its base path, whichever edition links to them. */
export const sitePaths = {
	versions: '/versies/',
	feed: '/wat-is-er-nieuw.xml',
	robots: '/robots.txt',
};

/** Whether a path within the site is one of the pages that exist once for the whole site. */
export const isSiteWide = (path: string) => (Object.values(sitePaths) as string[]).includes(path.split('#')[0]!);

/** Whether a path within an edition is the page for a missing address (src/pages/404.astro), which hosts serve wherever a page is missing. */
export const isNotFoundPage = (path: string) => /^\/404(\/|\.html)?$/.test(path);

type WithBase<T> = { [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : string };

/** Puts the edition's base (such as /versies/0.6) before every path: pages link within their own edition. */
export function pathsWithBase<T extends Record<string, string | ((...args: never[]) => string)>>(table: T, base: string): WithBase<T> {
	const within = (path: string) => samePageIn({ base }, path);
	return Object.fromEntries(Object.entries(table).map(([key, value]) => [key, typeof value === 'function' ? (...args: never[]) => within(value(...args)) : within(value)])) as WithBase<T>;
}

/** The addresses pages link to, within one edition. */
export type EditionLinks = WithBase<typeof paths>;
/** The addresses of the pages that exist once for the whole site. */
export type SiteLinks = WithBase<typeof sitePaths>;

/** What pages of this edition link to: its paths under its base. Pages and components get these from route data (src/middleware.ts). */
export const linksOf = (edition: Pick<Edition, 'base'>): EditionLinks => pathsWithBase(paths, edition.base);

/** What pages link to for the pages that exist once: under the site's base path. */
export const siteLinksOf = (edition: Pick<Edition, 'basePath'>): SiteLinks => pathsWithBase(sitePaths, edition.basePath);
