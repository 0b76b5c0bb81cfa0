import { join } from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { Edition } from '../../src/lib/edition.ts';
import { handbookRouteData, type HandbookContent } from '../../src/lib/handbook-route-data.ts';
import { readOrganisation } from '../../src/lib/content/load-handbook.ts';
import type { Organisation } from '../../src/schemas/organisation.ts';

/** The minimal test handbook, and its settings (tests/fixtures/minimal/organisation.yaml). */
const fixtureRoot = join(import.meta.dirname, '..', 'fixtures', 'minimal');
export const fixtureOrganisation: Organisation = readOrganisation(fixtureRoot).data!;

type Component = Parameters<AstroContainer['renderToString']>[0];

let container: AstroContainer | undefined;

/**
 * A component rendered on its own (Astro's Container API) at `path` within `edition`, with the route
 * data a page of that edition gets from src/middleware.ts. `content` is what the component may read
 * of the edition's collections; a component that reads it without one here fails the test.
 * `servedPaths` is what the build knows of the addresses of the editions built before this one.
 */
export async function render(
	component: Component,
	{
		edition,
		editions,
		path = '/',
		organisation = fixtureOrganisation,
		content,
		props = {},
		servedPaths,
	}: { edition: Edition; editions: Edition[]; path?: string; organisation?: Organisation; content?: HandbookContent; props?: Record<string, unknown>; servedPaths?: Map<string, Set<string>> },
): Promise<string> {
	container ??= await AstroContainer.create();
	// Only the handbook's route data: the components rendered here use none of Starlight's.
	const handbook = handbookRouteData({ edition, editions, organisation, contentRoot: fixtureRoot, servedPaths }, () => (content ? Promise.resolve(content) : Promise.reject(new Error('Deze test geeft geen inhoud mee.'))));
	return container.renderToString(component, { request: new Request(new URL(`${edition.base}${path.replace(/^\//, '')}`, 'https://example.org')), locals: { handbook } as Pick<App.Locals, 'handbook'> as App.Locals, props });
}

/** The links in rendered HTML as "text → address", in order. Astro's dev attributes are left out. */
export const linksIn = (html: string) => [...html.matchAll(/<a\b[^>]*?\bhref="([^"]+)"[^>]*>([^<]*)/g)].map(([, href, text]) => `${text!.trim()} → ${href}`);

/** The text of each list item in rendered HTML, in order. */
export const listItemsIn = (html: string) => [...html.matchAll(/<li\b[^>]*>([^<]*)<\/li>/g)].map(([, text]) => text!.trim());
