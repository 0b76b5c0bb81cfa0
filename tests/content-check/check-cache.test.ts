import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { createHash } from 'node:crypto';
import { describe, expect, onTestFinished, test } from 'vitest';
import { buildCheckScopes, cachedCheck, checkerKey, checkerSources, forgetCheckCache, openCheckCache, type CheckCache } from '../../src/lib/content/check-cache.ts';
import { checkFile } from '../../src/lib/content/check-file.ts';
import { checkFieldsOnly } from '../../src/lib/content/checked-files.ts';
import { readEditionContent } from '../../src/lib/versions/edition-content.ts';
import { readHandbook } from '../../src/lib/content/read-handbook.ts';
import { readPublishedVersions } from '../../src/lib/versions/published-versions.ts';
import type { EditionPlace } from '../../src/lib/rehype-base-links.ts';
import { contentFixture, shippedContent, shippedContentFixture } from '../helpers/content-fixture.ts';
import { runScript } from '../helpers/run-script.ts';

const toon = 'interpretations/respectvol-omgaan/team-noord-toon.mdx';
const goodToon = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'minimal', toon), 'utf8');
const badToon = goodToon.replace('status: vastgesteld', 'status: klaar');

function cacheFolder(): string {
	const folder = mkdtempSync(join(tmpdir(), 'check-cache-'));
	onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
	return folder;
}

/** A cache whose stored checks (and rendered bodies, counted apart too) are counted as they are used. */
function countingCache(cache: CheckCache) {
	const counted = { hits: 0, renders: 0, cache };
	counted.cache = {
		...cache,
		get(key, fits) {
			const value = cache.get(key, fits);
			if (value !== undefined) counted.hits++;
			if (typeof value === 'object' && value !== null && 'html' in value) counted.renders++;
			return value;
		},
	};
	return counted;
}

/** `npm run check`'s read of a content folder, with the cache in `folder` as the script opens it (then saved), or without one. */
async function read(content: string, folder?: string, checker = 'test-checker') {
	if (!folder) return { ...(await readHandbook(content, { frozenReferences: true })), hits: 0 };
	const counted = countingCache(openCheckCache({ folder, scope: content, checker }));
	const result = await readHandbook(content, { frozenReferences: true, cache: counted.cache });
	counted.cache.save();
	return { ...result, hits: counted.hits };
}

const verdict = ({ handbook, errors, versions }: Awaited<ReturnType<typeof read>>) => ({ handbook, errors, versions });

describe('the check cache of npm run check', () => {
	test('the handbook with its published version: the same handbook with and without the cache, and the second run takes every file from it', async () => {
		const content = shippedContent;
		const folder = cacheFolder();
		const without = await read(content);
		const first = await read(content, folder);
		const second = await read(content, folder);
		expect(without.handbook).toBeDefined();
		expect(first.hits).toBe(0);
		expect(second.hits).toBeGreaterThan(50);
		expect(verdict(first)).toEqual(verdict(without));
		expect(verdict(second)).toEqual(verdict(without));
	});

	test('a file with a mistake is reported again from the cache, with the same Dutch message, file and field', async () => {
		const content = contentFixture({ [toon]: badToon });
		const folder = cacheFolder();
		const first = await read(content, folder);
		const second = await read(content, folder);
		expect(first.errors).toEqual([expect.objectContaining({ field: 'status', message: 'verwacht een van: voorstel, in-gesprek, vastgesteld, vervallen; gevonden: "klaar"' })]);
		expect(first.errors[0]!.file).toMatch(/team-noord-toon\.mdx$/);
		expect(second.hits).toBeGreaterThan(0);
		expect(second.errors).toEqual(first.errors);
		expect(second.handbook).toBeUndefined();
		expect(verdict(second)).toEqual(verdict(await read(content)));
	});

	test('a changed file is checked again: its new mistake appears, and goes when it is mended', async () => {
		const content = contentFixture();
		const folder = cacheFolder();
		expect((await read(content, folder)).errors).toEqual([]);
		writeFileSync(join(content, toon), badToon);
		const broken = await read(content, folder);
		expect(broken.errors.map((error) => error.field)).toEqual(['status']);
		expect(broken.hits).toBeGreaterThan(0);
		writeFileSync(join(content, toon), goodToon);
		const mended = await read(content, folder);
		expect(mended.errors).toEqual([]);
		expect(mended.handbook).toBeDefined();
	});

	test('organisation.yaml and jargon.yaml: their mistakes come again from the cache, and a mended file is checked again', async () => {
		const badOrganisation = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'minimal', 'organisation.yaml'), 'utf8').replace('handbookTitle: Testhandboek\n', '');
		const content = contentFixture({ 'organisation.yaml': badOrganisation, 'jargon.yaml': 'words:\n  - word: faciliteren\n' });
		const expected = (await read(content)).errors;
		expect(expected.map((error) => error.file.split('/').at(-1))).toEqual(['organisation.yaml', 'jargon.yaml']);
		const folder = cacheFolder();
		await read(content, folder);
		const second = await read(content, folder);
		expect(second.errors).toEqual(expected);
		writeFileSync(join(content, 'jargon.yaml'), 'words:\n  - word: faciliteren\n    instead: mogelijk maken\n');
		expect((await read(content, folder)).errors).toEqual(expected.slice(0, 1));
	});

	test('checks stored by another checker are not used', async () => {
		const content = contentFixture({ [toon]: badToon });
		const folder = cacheFolder();
		await read(content, folder, 'checker-a');
		expect((await read(content, folder, 'checker-a')).hits).toBeGreaterThan(0);
		const other = await read(content, folder, 'checker-b');
		expect(other.hits).toBe(0);
		expect(other.errors).toEqual((await read(content)).errors);
	});

	test('a damaged or foreign cache file is ignored and the files are checked', async () => {
		const content = contentFixture({ [toon]: badToon });
		const expected = verdict(await read(content));
		const folder = cacheFolder();
		await read(content, folder);
		const [cacheFile] = readdirSync(folder);
		const path = join(folder, cacheFile!);
		const good = readFileSync(path);
		const foreignPayload = serialize({ format: 'something else', entries: new Map() });
		const damaged = [
			Buffer.from('niet een cache'),
			good.subarray(0, good.length - 10),
			Buffer.from(good.map((byte, index) => (index === good.length - 20 ? byte ^ 1 : byte))),
			Buffer.concat([createHash('sha256').update(foreignPayload).digest(), foreignPayload]),
		];
		for (const bytes of damaged) {
			writeFileSync(path, bytes);
			const result = await read(content, folder);
			expect(result.hits).toBe(0);
			expect(verdict(result)).toEqual(expected);
		}
	});

	test('a stored check that does not fit the file is checked again', () => {
		const folder = cacheFolder();
		const cache = openCheckCache({ folder, scope: 'x', checker: 'c' });
		const check = cachedCheck(cache, checkFile);
		const file = 'interpretations/respectvol-omgaan/team-noord-toon.mdx';
		const first = check('interpretations', badToon, file);
		// Another text for the same file is another key; the stored check of the bad text is not used for it.
		const other = check('interpretations', goodToon, file);
		expect(first.errors).toHaveLength(1);
		expect(other.errors).toEqual(checkFile('interpretations', goodToon, file).errors);
	});
});

describe('the manifests of the published versions, remembered', () => {
	test('are read as without the cache, and remembered fields that do not fit are parsed again', () => {
		const expected = readPublishedVersions(shippedContent);
		expect(expected.versions.length).toBeGreaterThan(0);
		const store = new Map<string, unknown>();
		const remembering = { get: (text: string) => store.get(text), set: (text: string, fields: unknown) => store.set(text, fields) };
		expect(readPublishedVersions(shippedContent, { manifests: remembering })).toEqual(expected);
		expect(store.size).toBe(expected.versions.length);
		expect(readPublishedVersions(shippedContent, { manifests: remembering })).toEqual(expected);
		for (const wrong of [{}, { number: '9.9' }, 'tekst']) {
			expect(readPublishedVersions(shippedContent, { manifests: { get: () => wrong, set: () => {} } })).toEqual(expected);
		}
	});
});

describe('the published versions a build compares with, from the cache', () => {
	test('are read as without it, and a second build takes every file of the version from it', () => {
		const [version] = readPublishedVersions(shippedContent).versions;
		const edition = { contentFolder: version!.folder, published: true };
		const expected = readEditionContent(edition);
		const files = Object.values(expected).reduce((sum, entries) => sum + entries.length, 0);
		expect(files).toBeGreaterThan(20);
		const folder = cacheFolder();
		const readThroughCache = () => {
			const counted = countingCache(openCheckCache({ folder, scope: 'build', checker: 'test-checker' }));
			const content = readEditionContent(edition, cachedCheck(counted.cache, checkFieldsOnly));
			counted.cache.save();
			return { content, hits: counted.hits };
		};
		const first = readThroughCache();
		const second = readThroughCache();
		expect(first.hits).toBe(0);
		expect(first.content).toEqual(expected);
		expect(second.content).toEqual(expected);
		expect(second.hits).toBe(files);
	});
});

describe('the check cache with thousands of files, checked on several threads', { timeout: 120_000 }, () => {
	test('the same verdict as without the cache; a changed file is checked again', async () => {
		const content = shippedContentFixture();
		const folder = join(content, 'interpretations', 'niet-pesten');
		const [template] = readdirSync(folder);
		const text = readFileSync(join(folder, template!), 'utf8');
		for (let index = 0; index < 1000; index++) writeFileSync(join(folder, `team-kopie-${index}.mdx`), text);
		writeFileSync(join(folder, 'team-kopie-500.mdx'), text.replace('level: ', 'level: wereld-'));
		const cache = cacheFolder();

		const without = await read(content);
		expect(without.errors.map((error) => error.file.split('/').at(-1))).toEqual(['team-kopie-500.mdx']);
		expect(verdict(await read(content, cache))).toEqual(verdict(without));
		const second = await read(content, cache);
		expect(second.hits).toBeGreaterThan(1000);
		expect(verdict(second)).toEqual(verdict(without));

		writeFileSync(join(folder, 'team-kopie-500.mdx'), text);
		writeFileSync(join(folder, 'team-kopie-7.mdx'), text.replace('level: ', 'level: wereld-'));
		const changed = await read(content, cache);
		expect(changed.errors.map((error) => error.file.split('/').at(-1))).toEqual(['team-kopie-7.mdx']);
		expect(verdict(changed)).toEqual(verdict(await read(content)));
	});
});

/** The build's read of a content folder for the edition served at `place`, with the cache in `folder` as the content loader opens it (then saved). */
async function readForBuild(content: string, folder: string, place: EditionPlace) {
	const counted = countingCache(openCheckCache({ folder, scope: content, checker: 'test-checker' }));
	const result = await readHandbook(content, { renderFor: place, cache: counted.cache });
	counted.cache.save();
	const html = [...result.handbook!.interpretations.values()].map((entry) => result.render!(entry.body).html);
	return { html, hits: counted.hits, renders: counted.renders };
}

describe('the rendered bodies of a build in the cache', () => {
	const werkversie = { base: '/werkversie/', basePath: '/' };
	const linked = goodToon.replace(/\n*$/, '\n\nZie ook [de gedragscode](/gedragscode/).\n');

	test('a second build takes every check and body from the cache, and renders each body as the first did', async () => {
		const content = contentFixture({ [toon]: linked });
		const folder = cacheFolder();
		const first = await readForBuild(content, folder, werkversie);
		const second = await readForBuild(content, folder, werkversie);
		expect(first.hits).toBe(0);
		expect(first.html.join('\n')).toContain('href="/werkversie/gedragscode/"');
		expect(second.html).toEqual(first.html);
		// Every interpretation's body came from the cache (and the other MDX files' bodies too).
		expect(second.renders).toBeGreaterThanOrEqual(first.html.length);
	});

	test('a body is rendered again for another place, and when it changed', async () => {
		const content = contentFixture({ [toon]: linked });
		const folder = cacheFolder();
		await readForBuild(content, folder, werkversie);
		const elsewhere = await readForBuild(content, folder, { base: '/versies/0.1/', basePath: '/' });
		expect(elsewhere.html.join('\n')).toContain('href="/versies/0.1/gedragscode/"');
		expect(elsewhere.html.join('\n')).not.toContain('/werkversie/');
		writeFileSync(join(content, toon), linked.replace('Zie ook', 'Lees ook'));
		const changed = await readForBuild(content, folder, werkversie);
		expect(changed.html.join('\n')).toContain('Lees ook');
		expect(changed.html.join('\n')).not.toContain('Zie ook');
	});

	test('a build without caches forgets what its scopes stored before it starts (scripts/build.ts), and stores what it made for the next build', async () => {
		const content = contentFixture({ [toon]: linked });
		const folder = cacheFolder();
		await readForBuild(content, folder, werkversie);
		forgetCheckCache({ folder, scope: content });
		const fresh = await readForBuild(content, folder, werkversie);
		expect(fresh.hits).toBe(0);
		expect((await readForBuild(content, folder, werkversie)).renders).toBeGreaterThanOrEqual(fresh.html.length);
		// The build's own files and the published versions it compares with are two scopes of one edition folder.
		const { own, published } = buildCheckScopes(content);
		expect(own).not.toBe(published);
	});
});

describe('the key of the checker', () => {
	const sources = [
		{ path: 'src/lib/content/check-entry.ts', text: 'export const a = 1;' },
		{ path: 'src/schemas/interpretation.ts', text: 'export const b = 2;' },
	];
	const key = checkerKey({ sources, installed: '{"lockfileVersion":3}', runtime: 'v24.0.0' });

	test('changes with any source file of the check, the installed packages or the Node version', () => {
		expect(checkerKey({ sources: [...sources].reverse(), installed: '{"lockfileVersion":3}', runtime: 'v24.0.0' })).toBe(key);
		expect(checkerKey({ sources: [sources[0]!, { ...sources[1]!, text: 'export const b = 3;' }], installed: '{"lockfileVersion":3}', runtime: 'v24.0.0' })).not.toBe(key);
		expect(checkerKey({ sources: sources.slice(0, 1), installed: '{"lockfileVersion":3}', runtime: 'v24.0.0' })).not.toBe(key);
		expect(checkerKey({ sources, installed: '{"lockfileVersion":3,"zod":"4.6.8"}', runtime: 'v24.0.0' })).not.toBe(key);
		expect(checkerKey({ sources, installed: '{"lockfileVersion":3}', runtime: 'v24.1.0' })).not.toBe(key);
	});

	test('covers every module the check of a file, the advice on its Dutch and the rendering of its body run', () => {
		const paths = checkerSources().map((source) => source.path);
		for (const module of [
			'src/lib/content/check-file.ts',
			'src/lib/content/checked-files.ts',
			'src/lib/content/check-entry.ts',
			'src/lib/content/check-text.ts',
			'src/lib/content/check-mdx-body.ts',
			'src/lib/content/mdx-parser.ts',
			'src/lib/content/parse-entry-source.ts',
			'src/lib/content/error-map.ts',
			'src/schemas/collections.ts',
			'src/schemas/interpretation.ts',
			'src/lib/readability/contribution-advice.ts',
			'src/lib/readability/measure.ts',
			'src/lib/content/render-body.ts',
			'src/lib/markdown-plugins.ts',
			'src/lib/rehype-base-links.ts',
		]) {
			expect(paths).toContain(module);
		}
	});
});

describe('npm run check with its cache', { timeout: 60_000 }, () => {
	test('a second run gives the same report', () => {
		const content = contentFixture({ [toon]: badToon });
		const first = runScript('check-content.mjs', [], content);
		const second = runScript('check-content.mjs', [], content);
		expect(first.status).toBe(1);
		expect(first.stderr).toMatch(/team-noord-toon\.mdx.*status/);
		expect(second.status).toBe(1);
		expect(second.stderr).toBe(first.stderr);
		expect(second.stdout).toBe(first.stdout);
	});

	test('loads the MDX parser only when a file is not in the cache', () => {
		const content = contentFixture();
		// A hook on Node's module loader (module.registerHooks) names every module of the parser it loads.
		const hook = `import { registerHooks } from 'node:module';
			registerHooks({ load(url, context, next) { if (/mdx-parser|remark-parse/.test(url)) process.stderr.write(\`loaded: \${url}\\n\`); return next(url, context); } });`;
		const run = () => runScript('check-content.mjs', [], content, { NODE_OPTIONS: `--import=data:text/javascript,${encodeURIComponent(hook)}` });
		const first = run();
		expect(first.status).toBe(0);
		expect(first.stderr).toContain('loaded:');
		const unchanged = run();
		expect(unchanged.status).toBe(0);
		expect(unchanged.stderr).not.toContain('loaded:');
		expect(unchanged.stdout).toBe(first.stdout);
		writeFileSync(join(content, toon), goodToon.replace('rustig', 'kalm'));
		expect(run().stderr).toContain('loaded:');
	});
});
