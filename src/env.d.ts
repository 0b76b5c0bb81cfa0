declare namespace App {
	interface Locals {
		/** The route data of the handbook (src/lib/handbook-route-data.ts), filled by src/middleware.ts. */
		handbook: import('./lib/handbook-route-data.ts').Handbook;
	}
}

/** What the handbook integration (src/integrations/handbook.ts) tells this build: its edition, every edition, the settings. */
declare module 'virtual:handbook/context' {
	type HandbookContext = import('./integrations/handbook.ts').HandbookContext;
	export const edition: HandbookContext['edition'];
	export const editions: HandbookContext['editions'];
	export const organisation: HandbookContext['organisation'];
	export const contentRoot: HandbookContext['contentRoot'];
	export const verifyVersions: HandbookContext['verifyVersions'];
	/** The addresses each edition built before this one serves, as sets by edition id. */
	export const servedPaths: ReadonlyMap<string, ReadonlySet<string>>;
	/** What everything a page shows besides its content hashes to, when this build keeps pages between builds (src/lib/page-cache-key.ts); else undefined. */
	export const pageCacheSeed: string | undefined;
}
