// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { handbook as handbookIntegration } from './src/integrations/handbook.ts';
import { unsetSettingsWarningsOnBuild } from './src/integrations/unset-settings-warnings.ts';
import { markdownPlugins } from './src/lib/markdown-plugins.ts';
import { editionNamed, hasPublishedVersions, isIndexed, readEditions } from './src/lib/edition.ts';
import { pathsWithBase, sitePaths } from './src/lib/paths.ts';
import { chooseBasePath } from './src/lib/base-path.ts';
import { contentRootOf } from './src/lib/content/content-root.ts';
import { readOrganisation } from './src/lib/content/load-handbook.ts';
import { missingPageTemplate } from './src/lib/versions/missing-page.ts';
import { pageManifest, readServedPaths } from './src/build/page-manifest.ts';
import { astroCacheFolder } from './src/build/astro-cache.ts';
import { formatErrorReport } from './src/lib/content/error-map.ts';
import { pageCacheSeedVariable, servedPathsVariable, versionsVerifiedVariable } from './src/build/edition-variables.ts';

// The content: ./content, or the fixture a test points HANDBOOK_CONTENT at.
const contentRoot = contentRootOf(process.env.HANDBOOK_CONTENT);
// The owner's settings: the site's title, address and colours. A mistake in them stops here with
// the Dutch report; the content itself is read and checked by the collections' loader
// (src/content.config.ts), not here: `astro preview` never reads it, `astro check` once, through the collections.
const settings = readOrganisation(contentRoot);
if (!settings.data) throw new Error(`${formatErrorReport(settings.errors)}\nDe site is niet gebouwd.`);
const organisation = settings.data;
// Where the host serves the site: HANDBOOK_BASE_PATH (scripts/build.ts sets it from --base or passes
// the Pages workflow's on), else the path of `site` in organisation.yaml, else /.
const { basePath } = chooseBasePath({ environment: process.env.HANDBOOK_BASE_PATH, site: organisation.site });
// One build per edition (scripts/build.ts sets HANDBOOK_EDITION): a published version or the
// working version, each served under its own base within the base path. Worked out here, once, and
// handed to pages through the handbook integration (src/integrations/handbook.ts).
const editions = readEditions(contentRoot, { basePath });
const edition = editionNamed(editions, process.env.HANDBOOK_EDITION);
// The collections' loader verifies the published versions' checksums, unless scripts/build.ts did so once for all editions.
const verifyVersions = process.env[versionsVerifiedVariable] !== '1';
// The addresses the editions built before this one serve (scripts/build.ts), for the version switcher.
const servedPaths = readServedPaths(process.env[servedPathsVariable]);
// The working version's pages are rendered again only where their content or the code changed,
// when scripts/build.ts hands over what the code and settings hash to (src/lib/page-cache-key.ts).
// A published version is kept whole by the build's cache of editions instead.
const pageCacheSeed = edition.published ? undefined : process.env[pageCacheSeedVariable] || undefined;
const { accent, accentLow, accentHigh } = organisation.colours;

export default defineConfig({
	site: organisation.site,
	base: edition.base,
	// Four pages rendered at a time instead of one: each page's file is written while the next ones
	// render, where Astro otherwise waits for every write. At 5,000 interpretations the working
	// version's pages took a median 18.4 s (11 builds at 2 to 6 at a time) instead of 21.6 s (5 builds
	// one at a time), alternated on 2 cores, with the same peak memory and the same files, byte for byte.
	build: { concurrency: 4 },
	// Astro keeps each rendered page with the key its route gave it (src/lib/page-cache-key.ts) and
	// the hash of the code it was rendered with, and copies it instead of rendering it again while
	// both hold (incremental-build.json and dist/ in cacheDir). Pages without a key are always rendered.
	experimental: { incrementalBuild: pageCacheSeed !== undefined },
	// Astro keeps the content it read, and the working version's pages, between builds: one folder
	// per edition (src/build/astro-cache.ts says why).
	cacheDir: `./${astroCacheFolder(edition)}/`,
	// The handbook's Markdown plugins (src/lib/markdown-plugins.ts, shared with render-body.ts) bring
	// remark-gfm themselves; Astro's own GFM switch is off so the plugin does not run twice.
	markdown: { processor: unified({ gfm: false, ...markdownPlugins(edition) }) },
	vite: {
		// Pages in a content folder outside the project (a test's copy) import Starlight's components
		// too; resolve those from the project, as for content/.
		resolve: { dedupe: ['@astrojs/starlight'] },
		build: {
			// The proposal form loads the content check (zod, YAML and MDX parsers, ~600 kB, 175 kB
			// compressed) on first use only; Vite's 500 kB warning is for what pages load at once.
			chunkSizeWarningLimit: 700,
			rollupOptions: {
				// Every MDX entry triggers a harmless bundler warning (withastro/astro#18087); with
				// thousands of interpretations it would bury every other message of the build.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
	integrations: [
		starlight({
			title: organisation.handbookTitle,
			description: `Het handboek van de sociale norm van ${organisation.name}, ${organisation.parent}.`,
			defaultLocale: 'root',
			locales: { root: { label: 'Nederlands', lang: 'nl' } },
			// Built for each page from the edition's collections (src/route-data.ts, src/lib/sidebar.ts).
			sidebar: [],
			head: [
				// Feed readers find the feed of new versions from any page, once there is a version.
				...(hasPublishedVersions(editions) ? [{ tag: /** @type {const} */ ('link'), attrs: { rel: 'alternate', type: 'application/atom+xml', title: 'Wat is er nieuw', href: pathsWithBase(sitePaths, basePath).feed } }] : []),
				// Search engines list only the edition readers land on (robots.txt says the same).
				...(isIndexed(edition) ? [] : [{ tag: /** @type {const} */ ('meta'), attrs: { name: 'robots', content: 'noindex' } }]),
				{
					tag: 'style',
					content: `:root[data-theme='light']{--sl-color-accent-low:${accentLow};--sl-color-accent:${accent};--sl-color-accent-high:${accentHigh}}`,
				},
			],
			customCss: ['./src/styles/handbook.css', './src/styles/print.css'],
			// The build script builds the search index once Astro is done (src/build/search-index.ts);
			// the search itself is our own component (overrides/Search.astro).
			pagefind: false,
			// No code blocks in the handbook: without Expressive Code every edition's build starts some 0.3 s sooner (measured: 6.46 s against 6.19 s).
			expressiveCode: false,
			routeMiddleware: './src/route-data.ts',
			// Our own 404 page (src/pages/404.astro) says in Dutch where the versions are.
			disable404Route: true,
			components: {
				Banner: './src/components/overrides/Banner.astro',
				Footer: './src/components/overrides/Footer.astro',
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
				PageTitle: './src/components/overrides/PageTitle.astro',
				Search: './src/components/overrides/Search.astro',
				Sidebar: './src/components/overrides/Sidebar.astro',
			},
		}),
		// Our own mdx(), so Starlight does not add its mdx({ optimize: true }): optimised MDX renders
		// static parts as HTML strings, and the components map that moves an interpretation's
		// headings down in a card (EntryBody) would no longer reach them.
		mdx(),
		// Starlight adds the sitemap integration unless the config has one. Ours leaves out the
		// page "staat niet in deze versie" (src/pages/niet-in-deze-versie.astro), which has no content of its own.
		sitemap({ filter: (page) => !new URL(page).pathname.endsWith(missingPageTemplate.path) }),
		// The edition, the editions and the settings, for pages through virtual:handbook/context.
		handbookIntegration({ edition, editions, organisation, contentRoot, verifyVersions, servedPaths, pageCacheSeed }),
		unsetSettingsWarningsOnBuild(organisation),
		// The list of pages and their titles that scripts/build.ts puts the editions together by.
		pageManifest(),
	],
});
