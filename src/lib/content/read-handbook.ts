import type { EditionPlace } from '../rehype-base-links.ts';
import { checkAllContent } from './check-all-content.ts';
import { rememberedManifests, rememberedSettings, type CheckCache } from './check-cache.ts';
import { checkInParallel } from './check-in-parallel.ts';
import type { RenderedBody } from './render-body.ts';

export type HandbookRead = ReturnType<typeof checkAllContent> & {
	/** For a build (`renderFor`): an MDX body as HTML with its lead, most of them rendered during the parallel check. */
	render?: (body: string) => RenderedBody;
};

/**
 * The one reader of the handbook's content, for `npm run check` and for the build's content loader
 * (handbook-loader.ts): every file checked (spread over the cores when there are thousands,
 * check-in-parallel.ts), then the whole handbook checked as `checkAllContent` does. A build also
 * gets each body rendered for the edition served at `renderFor`, on the thread that checked it.
 * With a `cache` (check-cache.ts; `npm run check` and the build), a file checked before with the same
 * text is not checked again, nor its body rendered again for the same place; the checks across files
 * run all the same. Whoever opened the cache saves it.
 */
export async function readHandbook(
	contentRoot: string,
	{
		editionFolder = contentRoot,
		frozenReferences,
		verifyVersions,
		renderFor,
		cache,
	}: { editionFolder?: string; frozenReferences?: boolean; verifyVersions?: boolean; renderFor?: EditionPlace; cache?: CheckCache } = {},
): Promise<HandbookRead> {
	const prepared = await checkInParallel(editionFolder, { renderFor, cache });
	const read = checkAllContent(contentRoot, editionFolder, {
		frozenReferences,
		verifyVersions,
		check: prepared.check,
		read: prepared.read,
		manifests: cache && rememberedManifests(cache),
		settings: cache && rememberedSettings(cache),
	});
	if (!renderFor) return read;
	// Loaded only for a build: `npm run check` renders nothing.
	const { bodyRenderer } = await import('./render-body.ts');
	let renderHere: ((body: string) => RenderedBody) | undefined;
	return { ...read, render: (body) => prepared.rendered.get(body) ?? (renderHere ??= bodyRenderer(renderFor))(body) };
}
