import { describe, expect, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load-handbook.ts';
import { helpRoleViews } from '../../src/lib/help-routes.ts';
import { directHelpTexts, helpRouteMissing } from '../../src/lib/labels.ts';
import { paths } from '../../src/lib/paths.ts';
import { builtRoutes, readPage, textOf } from '../helpers/built-site.ts';
import { shippedContent } from '../helpers/content-fixture.ts';

const { handbook } = loadHandbook(shippedContent);
const { organisation } = handbook!;
const views = helpRoleViews(organisation.helpRoles);
const lines = organisation.helpRoles.filter((role) => role.line);

// The page as readers land on it (the newest version, whose text is frozen but whose roles come from
// today's settings) and in the working version, where the text of the next version is written.
describe.each(['', '/werkversie'])('the page "Als een norm wordt overschreden" at %s/', (base) => {
	const page = readPage(`${base}${paths.normCrossed}`).querySelector('main')!;
	const cards = [...page.querySelectorAll('.help-role')].filter((card) => !card.closest('.direct-help'));

	test('opens with what to do now, for the one it happens to, the bystander and the manager; its sources come last', () => {
		const headings = [...page.querySelectorAll('h2')].map(textOf).filter((heading) => heading !== directHelpTexts.heading);
		expect(headings.slice(0, 3)).toEqual(['Als het jou overkomt', 'Als je het ziet gebeuren', 'Als je leidinggevende bent']);
		expect(headings.indexOf('Wie kan jou helpen?')).toBe(3);
		expect(headings.at(-1)).toBe('Bronnen');
	});

	test('names every role, and beside each role without a route says so, with that role’s own fallback', () => {
		expect(cards.map((card) => textOf(card.querySelector('h3')))).toEqual(views.map((view) => view.role));
		for (const [index, view] of views.entries()) {
			const card = cards[index]!;
			expect(card.id).toBe(view.anchor);
			const missing = card.querySelector('.help-role__missing');
			expect(missing !== null, view.role).toBe(view.missing);
			if (!view.missing) continue;
			expect(textOf(missing)).toContain(helpRouteMissing.beside);
			if (view.meanwhile?.note) expect(textOf(missing)).toContain(view.meanwhile.note);
			const offered = [...missing!.querySelectorAll('.help-role__meanwhile a')].map((a) => a.getAttribute('href'));
			expect(offered, view.role).toEqual((view.meanwhile?.askInstead ?? []).map((other) => `#${other.anchor}`));
			// Every role offered is a card on this same page.
			for (const href of offered) expect(page.querySelector(href!), href!).not.toBeNull();
		}
	});

	test('a role that bypasses the line never offers the line as the way to it, nor a role that leads back to it', () => {
		const bypassing = cards.filter((card) => card.hasAttribute('data-bypasses-line'));
		expect(bypassing.map((card) => textOf(card.querySelector('h3')))).toEqual(views.filter((view) => view.bypassesLine).map((view) => view.role));
		const cardOf = (href: string) => page.querySelector(href)!;
		/** The roles a reader is sent to from a card's fallback, and on from theirs while those have no route either. */
		const sentTo = (card: Element, seen = new Set<string>()): string[] =>
			[...card.querySelectorAll('.help-role__meanwhile a')].flatMap((a) => {
				const href = a.getAttribute('href')!;
				if (seen.has(href)) return [];
				seen.add(href);
				const next = cardOf(href);
				return [textOf(next.querySelector('h3')), ...(next.querySelector('.help-role__missing') ? sentTo(next, seen) : [])];
			});
		for (const card of bypassing) {
			const missing = card.querySelector('.help-role__missing');
			if (!missing) continue;
			for (const line of lines) {
				expect(sentTo(card), textOf(card.querySelector('h3'))).not.toContain(line.role);
				expect(textOf(missing).toLowerCase()).not.toContain(line.role.toLowerCase().replace(/^(je|jouw) /, ''));
			}
		}
	});

	test('shows the block "Direct hulp" only when a role can be reached, with nothing but routes in it', () => {
		const block = page.querySelector('.direct-help');
		const reachable = views.filter((view) => view.links.length > 0);
		expect(block !== null).toBe(reachable.length > 0 && base === '/werkversie');
		if (block) expect([...block.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(reachable.flatMap((view) => view.links.map((link) => link.href)));
	});

	test('cites its sources in one place at the end, not in the advice at the top', () => {
		const advice = [...page.querySelectorAll('h2 ~ ul')].slice(0, 3).map(textOf).join(' ');
		expect(advice).not.toMatch(/Plan van Aanpak|Uitvoeringsplan|§/);
	});
});

test('in the working version, the help page tells teams that are not in the trajectory no buddy or teamcoach is there for them', () => {
	const main = readPage(`/werkversie${paths.normCrossed}`).querySelector('main')!;
	const advice = [...main.querySelectorAll('h2')].find((h2) => textOf(h2) === 'Als het jou overkomt')!.nextElementSibling!;
	const mentions = [...advice.querySelectorAll('li')].map(textOf).filter((item) => /buddy|teamcoach/i.test(item));
	expect(mentions.length).toBeGreaterThan(0);
	for (const item of mentions) expect(item).toMatch(/^Doet je team mee aan het cultuurtraject\?/);
	for (const role of ['De teamcoach', 'Je buddy']) {
		const view = views.find((candidate) => candidate.role === role)!;
		expect(view.onlyFor, role).toMatch(/cultuurtraject/);
		expect(textOf(main.querySelector(`#${view.anchor}`))).toContain(helpRouteMissing.onlyForLine(view.onlyFor!));
	}
});

test('no page promises what a real role will do later', () => {
	const promises = [...builtRoutes(), ...builtRoutes(undefined, '/werkversie/')].flatMap((route) => {
		const text = textOf(readPage(route).querySelector('main'));
		return [/\bvul(t|len)\b[^.]*\baan\b/i, /\b(zet|zetten)\b[^.]*\bop deze pagina\b/i, /\bzodra ze klaar zijn\b/i]
			.filter((promise) => promise.test(text))
			.map((promise) => `${route}: ${text.match(promise)![0]}`);
	});
	expect(promises).toEqual([]);
});
