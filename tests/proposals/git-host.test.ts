import { describe, expect, test } from 'vitest';
import { editFileUrl, maxUrlLength, newFileLink, newIssueUrl } from '../../src/lib/git-host.ts';
import type { Repository } from '../../src/schemas/repository.ts';

const on = (host: Repository['host'], branch = 'main'): Repository => ({ host, url: `https://git.example/wpi/handboek`, branch });
const text = '---\ntitle: Zo & zo?\n---\n\nWij #1 zeggen 100% "hallo".\n';
const folder = 'content/interpretations/respectvol-omgaan';

/**
 * Where the host's editor puts the new file, as each host reads its address: the folder in the
 * path, then the folders and name in `filename` (a `/` in the name makes a folder). For GitHub the
 * last folder of the path is dropped when `filename` is set (isaacs/github#1527), so that is
 * modelled too: a link that lost the rule's folder that way fails here.
 */
function whereTheFileLands(host: Repository['host'], link: string): string {
	const url = new URL(link);
	const afterBranch = decodeURIComponent(url.pathname).replace(/^\/wpi\/handboek\/(new|_new|-\/new)\/[^/]+\/?/, '');
	const folders = afterBranch.split('/').filter(Boolean);
	if (host === 'github' && url.searchParams.has('filename')) folders.pop();
	return [...folders, url.searchParams.get('filename')].filter(Boolean).join('/');
}

describe('opening a proposal on the git host', () => {
	test('GitHub: the whole path goes into filename, so the file lands in the rule’s folder, with the text filled in', () => {
		const link = newFileLink(on('github'), folder, 'team-noord-toon.mdx', text);
		expect(link.prefilled).toBe(true);
		const url = new URL(link.url);
		expect(`${url.origin}${url.pathname}`).toBe('https://git.example/wpi/handboek/new/main');
		expect(url.searchParams.get('filename')).toBe(`${folder}/team-noord-toon.mdx`);
		expect(url.searchParams.get('value')).toBe(text);
		expect(whereTheFileLands('github', link.url)).toBe(`${folder}/team-noord-toon.mdx`);
	});

	test('the form GitHub drops a folder from (folder in the path, name in filename) would land in the wrong folder', () => {
		const naive = `https://git.example/wpi/handboek/new/main/${folder}?filename=team-noord-toon.mdx`;
		expect(whereTheFileLands('github', naive)).toBe('content/interpretations/team-noord-toon.mdx');
	});

	test('Gitea: the folder in the path and the name in filename, as its documentation shows', () => {
		const link = newFileLink(on('gitea'), folder, 'team-noord-toon.mdx', text);
		expect(link.prefilled).toBe(true);
		const url = new URL(link.url);
		expect(`${url.origin}${url.pathname}`).toBe(`https://git.example/wpi/handboek/_new/main/${folder}`);
		expect(url.searchParams.get('filename')).toBe('team-noord-toon.mdx');
		expect(url.searchParams.get('value')).toBe(text);
		expect(whereTheFileLands('gitea', link.url)).toBe(`${folder}/team-noord-toon.mdx`);
	});

	test('GitLab takes no text in the address: it opens an empty file in the right folder, to paste into', () => {
		const link = newFileLink(on('gitlab', 'release/2026'), folder, 'team-noord-toon.mdx', text);
		expect(link).toEqual({ url: `https://git.example/wpi/handboek/-/new/release/2026/${folder}`, prefilled: false });
	});

	test('a branch with a slash stays one branch on GitHub', () => {
		const url = new URL(newFileLink(on('github', 'release/2026'), folder, 'a.mdx', text).url);
		expect(url.pathname).toBe('/wpi/handboek/new/release/2026');
	});

	test.each(['github', 'gitea'] as const)('%s: a proposal too long for an address gets the page without its text, still in the right folder', (host) => {
		const long = newFileLink(on(host), folder, 'team-noord-toon.mdx', 'é'.repeat(maxUrlLength));
		expect(long.prefilled).toBe(false);
		expect(long.url.length).toBeLessThan(maxUrlLength);
		expect(new URL(long.url).searchParams.has('value')).toBe(false);
		expect(whereTheFileLands(host, long.url)).toBe(`${folder}/team-noord-toon.mdx`);
		expect(newFileLink(on(host), folder, 'a.mdx', 'a'.repeat(maxUrlLength - 200)).prefilled).toBe(true);
	});
});

describe('the edit link to a page’s source file', () => {
	test.each([
		['github', 'https://git.example/wpi/handboek/edit/main/content/rules/omgaan-met-anderen/respectvol-omgaan.mdx'],
		['gitlab', 'https://git.example/wpi/handboek/-/edit/main/content/rules/omgaan-met-anderen/respectvol-omgaan.mdx'],
		['gitea', 'https://git.example/wpi/handboek/_edit/main/content/rules/omgaan-met-anderen/respectvol-omgaan.mdx'],
	] as const)('on %s', (host, url) => {
		expect(editFileUrl(on(host), 'content/rules/omgaan-met-anderen/respectvol-omgaan.mdx')).toBe(url);
	});
});

describe('reporting a mistake as a new issue', () => {
	test.each([
		['github', '/wpi/handboek/issues/new', 'title', 'body'],
		['gitea', '/wpi/handboek/issues/new', 'title', 'body'],
		['gitlab', '/wpi/handboek/-/issues/new', 'issue[title]', 'issue[description]'],
	] as const)('%s opens its new-issue page with the title and text filled in', (host, path, titleKey, bodyKey) => {
		const url = new URL(newIssueUrl(on(host), 'Fout op “Respectvol omgaan” & meer', 'Regel 1\nRegel 2: 100%'));
		expect(url.pathname).toBe(path);
		expect(url.searchParams.get(titleKey)).toBe('Fout op “Respectvol omgaan” & meer');
		expect(url.searchParams.get(bodyKey)).toBe('Regel 1\nRegel 2: 100%');
		expect(url.search).not.toContain('+');
	});
});
