import { describe, expect, test } from 'vitest';
import { editFileUrl, maxUrlLength, newFileLink } from '../../src/lib/git-host.ts';
import type { Repository } from '../../src/schemas/repository.ts';

const on = (host: Repository['host'], branch = 'main'): Repository => ({ host, url: `https://git.example/wpi/handboek`, branch });
const text = '---\ntitle: Zo & zo?\n---\n\nWij #1 zeggen 100% "hallo".\n';

describe('opening a proposal on the git host', () => {
	test.each([
		['github', 'https://git.example/wpi/handboek/new/main/content/interpretations/respectvol-omgaan'],
		['gitea', 'https://git.example/wpi/handboek/_new/main/content/interpretations/respectvol-omgaan'],
	] as const)('%s opens a new file in the right folder with the name and the text filled in', (host, page) => {
		const link = newFileLink(on(host), 'content/interpretations/respectvol-omgaan', 'team-noord-toon.mdx', text);
		expect(link.prefilled).toBe(true);
		const url = new URL(link.url);
		expect(`${url.origin}${url.pathname}`).toBe(page);
		expect(url.searchParams.get('filename')).toBe('team-noord-toon.mdx');
		expect(url.searchParams.get('value')).toBe(text);
	});

	test('GitLab takes no text in the address: it opens an empty file in the right folder, to paste into', () => {
		const link = newFileLink(on('gitlab', 'release/2026'), 'content/interpretations/respectvol-omgaan', 'team-noord-toon.mdx', text);
		expect(link).toEqual({ url: 'https://git.example/wpi/handboek/-/new/release/2026/content/interpretations/respectvol-omgaan', prefilled: false });
	});

	test('a proposal too long for an address gets the page without its text, to paste into', () => {
		const long = newFileLink(on('github'), 'content/interpretations/x', 'team-noord-toon.mdx', 'é'.repeat(maxUrlLength));
		expect(long.prefilled).toBe(false);
		expect(long.url).toBe('https://git.example/wpi/handboek/new/main/content/interpretations/x?filename=team-noord-toon.mdx');
		expect(newFileLink(on('github'), 'content/interpretations/x', 'a.mdx', 'a'.repeat(maxUrlLength - 200)).prefilled).toBe(true);
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
