import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { builtFile, builtRoutes, everyBuiltPage, readPage } from '../helpers/built-site.ts';

/** The Nu Html Checker (the W3C validator) is a Java program; npm brings the program, not Java. */
const vnuJar = createRequire(import.meta.url)('vnu-jar') as string;
const hasJava = spawnSync('java', ['-version']).status === 0;
const inCi = Boolean(process.env.CI);

describe('every page is valid HTML', () => {
	test.runIf(hasJava)('the Nu Html Checker finds no errors on any built page', { timeout: 180_000 }, () => {
		const pages = everyBuiltPage();
		const routeOf = new Map(pages.map((route) => [builtFile(route), route]));
		// One run over all pages: starting Java costs more than checking a page.
		const run = spawnSync('java', ['-jar', vnuJar, '--format', 'json', '--errors-only', ...pages.map((route) => builtFile(route))], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
		const { messages } = JSON.parse(run.stderr) as { messages: { type: string; url: string; lastLine?: number; message: string; extract?: string }[] };
		const errors = messages
			.filter((message) => message.type === 'error')
			.map(({ url, lastLine, message, extract }) => `${routeOf.get(fileURLToPath(url)) ?? url}, line ${lastLine}: ${message}${extract ? ` — ${extract.trim()}` : ''}`);
		expect(errors).toEqual([]);
	});

	test.runIf(!hasJava && inCi)('CI has Java, so the Nu Html Checker can run', () => {
		expect.fail('Java is not installed: the Nu Html Checker (vnu) cannot check the pages. CI must install Java 11 or later.');
	});

	// Without Java (a fresh developer machine), at least what the checker once found stays fixed.
	test.runIf(!hasJava && !inCi)('without Java: the errors the checker once found on every page stay fixed', () => {
		const scriptsWithAriaHidden = builtRoutes().filter((route) => readPage(route).querySelector('script[aria-hidden]'));
		expect(scriptsWithAriaHidden).toEqual([]);
		expect(readPage('/gedragscode/').querySelectorAll('sl-sidebar-state-persist div[hidden] > script')).toHaveLength(2);
		// A DOM keeps only the first of two class attributes, so this reads the HTML itself.
		const classTwice = everyBuiltPage().filter((route) => /<[^>]*\sclass="[^"]*"[^>]*\sclass="/.test(readFileSync(builtFile(route), 'utf8')));
		expect(classTwice).toEqual([]);
	});
});
