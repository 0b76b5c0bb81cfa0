import type { EditionPlace } from '../rehype-base-links.ts';
import { checkAllContent } from './check-all-content.ts';
import { checkInParallel } from './check-in-parallel.ts';
import { bodyRenderer, type RenderedBody } from './render-body.ts';

export type HandbookRead = ReturnType<typeof checkAllContent> & {
	/** For a build (`renderFor`): an MDX body as HTML with its lead, most of them rendered during the parallel check. */
	render?: (body: string) => RenderedBody;
};

/**
 * The one reader of the handbook's content, for `npm run check` and for the build's content loader
 * (handbook-loader.ts): every file checked (spread over the cores when there are thousands,
 * check-in-parallel.ts), then the whole handbook checked as `checkAllContent` does. A build also
 * gets each body rendered for the edition served at `renderFor`, on the thread that checked it.
 */
export async function readHandbook(
	contentRoot: string,
	{ editionFolder = contentRoot, frozenReferences, verifyVersions, renderFor }: { editionFolder?: string; frozenReferences?: boolean; verifyVersions?: boolean; renderFor?: EditionPlace } = {},
): Promise<HandbookRead> {
	const prepared = await checkInParallel(editionFolder, { renderFor });
	const read = checkAllContent(contentRoot, editionFolder, { frozenReferences, verifyVersions, check: prepared.check });
	if (!renderFor) return read;
	let renderHere: ((body: string) => RenderedBody) | undefined;
	return { ...read, render: (body) => prepared.rendered.get(body) ?? (renderHere ??= bodyRenderer(renderFor))(body) };
}
