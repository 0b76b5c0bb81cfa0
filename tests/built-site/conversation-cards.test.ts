import { describe, expect, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load-handbook.ts';
import { fictitiousLabel } from '../../src/lib/labels.ts';
import { paths } from '../../src/lib/paths.ts';
import { readPage, textOf } from '../helpers/built-site.ts';
import { shippedContent } from '../helpers/content-fixture.ts';

/** The conversation cards as the working version builds them, where the handbook's text is written. */
const working = (route: string) => `/werkversie${route}`;
const { handbook } = loadHandbook(shippedContent);
const norms = [...handbook!.rules.values(), ...handbook!.agreements.values()];

describe('a conversation card for every rule and work agreement', () => {
	test('all 10 rules and 14 work agreements have a card with their text word for word, its source and their questions', () => {
		expect(norms).toHaveLength(24);
		const wrong = norms.flatMap((norm) => {
			const card = readPage(working(paths.conversationCard(norm.id))).querySelector(`[data-conversation-card="${norm.id}"]`);
			const problems = [
				!card && 'no card',
				textOf(card?.querySelector('.official-text__quote')) !== norm.data.text.replace(/\s+/g, ' ') && 'text not verbatim',
				!textOf(card?.querySelector('.source-line')).includes(norm.data.source.section) && 'no source',
				norm.data.questions.length < 2 && 'fewer than two questions in its file',
				JSON.stringify([...(card?.querySelectorAll('.conversation-card__questions li') ?? [])].map(textOf)) !== JSON.stringify(norm.data.questions) && 'questions not shown',
			].filter(Boolean);
			return problems.length === 0 ? [] : [`${norm.id}: ${problems.join(', ')}`];
		});
		expect(wrong).toEqual([]);
	});

	test('the dilemmas of invented examples are labelled as such, after any real ones, and are never counted as agreed', () => {
		const card = readPage(working(paths.conversationCard('respectvol-omgaan'))).querySelector('[data-conversation-card]')!;
		const dilemmas = [...card.querySelectorAll('.conversation-card__dilemmas li')].map(textOf);
		expect(dilemmas.length).toBeGreaterThan(0);
		// Every interpretation of this rule is an invented example today: each dilemma says so.
		expect(dilemmas.filter((dilemma) => !dilemma.includes(`(${fictitiousLabel}:`))).toEqual([]);
		expect(textOf(card.querySelector('.conversation-card__agreed'))).toMatch(/^Nog geen team of MT heeft iets over deze regel vastgesteld\. Er staan \d+ verzonnen voorbeelden bij; die tellen niet mee\./);
	});

	test('with the public address unset, a card says plainly why it has no QR code', () => {
		const card = readPage(paths.conversationCard('niet-pesten')).querySelector('[data-conversation-card]')!;
		expect(card.querySelector('.qr-code')).toBeNull();
		expect(textOf(card.querySelector('.conversation-card__no-qr'))).toBe(
			'Geen QR-code: het adres van dit handboek is nog niet ingesteld. Op de site staat deze kaart op /kaarten/niet-pesten/, met een link om een formulering voor te stellen.',
		);
	});

	test('Voor de teamsessie lists a set per worked-out theme and per topic, and is in the sidebar', () => {
		const page = readPage(working(paths.teamSession));
		const sets = [...page.querySelectorAll('.card-set-list > li > a')].map((link) => link.getAttribute('href'));
		expect(sets).toEqual([
			...['omgaan-met-anderen', 'gebruik-van-bedrijfsmiddelen', 'naleving-van-de-gedragscode'].map((theme) => working(paths.themeCards(theme))),
			working(paths.topicCards('hybride-werken')),
		]);
		expect(page.querySelectorAll('.card-set-list li li a')).toHaveLength(24);
		const sidebarLink = readPage(working(paths.rule('omgaan-met-anderen', 'niet-pesten'))).querySelector(`nav.sidebar a[href="${working(paths.teamSession)}"]`);
		expect(textOf(sidebarLink)).toBe('Voor de teamsessie');
	});
});
