import { DOMParser } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { editionsOf } from '../../src/lib/edition.ts';
import { fictitiousSearchSuffix } from '../../src/lib/labels.ts';
import { changeSections, changeSummary } from '../../src/lib/versions/change-list.ts';
import { pageBounds } from '../../src/lib/interpretation-list.ts';
import { changesBetween } from '../../src/lib/versions/changes.ts';
import { fieldDifferences } from '../../src/lib/versions/field-differences.ts';
import { versionsFeed } from '../../src/lib/versions/versions-feed.ts';
import type { Status } from '../../src/schemas/interpretation.ts';
import type { Organisation } from '../../src/schemas/organisation.ts';

const interpretation = (id: string, status: Status, fictitious = false) => ({
	id,
	data: { title: `Afspraak ${id}`, rule: 'niet-pesten', status, fictitious, do: [], dont: [], dilemmas: [] },
	body: 'We groeten elkaar.',
});
const rule = (id: string, text: string) => ({ id, data: { title: `Regel ${id}`, theme: 't', text }, body: '' });

describe('what changed, in a few Dutch lines', () => {
	test('adopted wording of teams counts; an invented example adopted alongside does not', () => {
		const changes = changesBetween(
			{ rules: [rule('a', 'Je pest niet.')], agreements: [], interpretations: [interpretation('echt', 'voorstel'), interpretation('verzonnen', 'voorstel', true)] },
			{
				rules: [rule('a', 'Je pest en kleineert niet.'), rule('b', 'Nieuw.')],
				agreements: [],
				interpretations: [interpretation('echt', 'vastgesteld'), interpretation('verzonnen', 'vastgesteld', true)],
			} as never,
		);
		expect(changeSummary(changes)).toEqual(['1 regel toegevoegd', '1 regel anders geformuleerd', '1 afspraak van een team of MT vastgesteld']);
	});

	test('two editions that read the same say so', () => {
		const same = { rules: [rule('a', 'Je pest niet.')], agreements: [], interpretations: [] };
		expect(changeSummary(changesBetween(same, same))).toEqual(['Geen wijzigingen']);
	});
});

describe('the page of what changed stays the same size, however many teams propose wording', () => {
	test('a group of interpretations lists the first of them, real wording first, and counts them all', () => {
		const proposed = Array.from({ length: 30 }, (_, i) => interpretation(`voorstel-${String(i).padStart(2, '0')}`, 'voorstel', i < 5));
		const changes = changesBetween({ rules: [], agreements: [], interpretations: [] }, { rules: [], agreements: [], interpretations: proposed } as never);
		const [previous, edition] = editionsOf([{ number: '0.1', label: 'Startversie', date: '2026-11-23', folder: '/v/0.1', files: {} }], '/content', '2027-01-01');
		const none = { added: [], changed: [], removed: [] };
		const sections = changeSections(changes, { terms: none, pages: none }, edition!, previous!, { before: { rules: [] }, after: { rules: [] } });
		const group = sections.find((section) => section.slug === 'afspraken-van-teams')!.groups.find((candidate) => candidate.heading === 'Nieuw voorgesteld')!;
		expect(group.items).toHaveLength(pageBounds.changes);
		expect(group.total).toBe(30);
		expect(group.items.some((item) => item.title.includes(fictitiousSearchSuffix))).toBe(false);
		expect(changeSummary(changes)).toEqual(['25 nieuwe voorstellen']);
	});
});

describe('a page shows what reads differently than in the version before', () => {
	test('only the fields whose words changed, by their Dutch names, and the prose as plain text', () => {
		const before = { data: { title: 'Niet pesten', text: 'Je pest niet.', do: ['Groet'], dont: [] }, body: 'Een **noot**.' };
		const after = { data: { title: 'Niet pesten', text: 'Je pest  niet.', do: ['Groet iedereen'], dont: [] }, body: 'Een noot, langer.' };
		expect(fieldDifferences(before, after, 'Over deze tekst')).toEqual([
			{ label: 'Wel doen', before: 'Groet', after: 'Groet iedereen' },
			{ label: 'Over deze tekst', before: 'Een noot.', after: 'Een noot, langer.' },
		]);
	});
});

describe('the Atom feed of versions', () => {
	const organisation = { handbookTitle: 'De Sociale Norm', name: 'WPI', fullName: 'Werk, Participatie en Inkomen', parent: 'gemeente Amsterdam' } as Organisation;
	const editions = editionsOf(
		[
			{ number: '0.1', label: 'Startversie', date: '2026-11-23', folder: '/v/0.1', files: {} },
			{ number: '0.2', label: '50-70%-versie', date: '2027-03-01', folder: '/v/0.2', files: {} },
		],
		'/content',
		'2027-03-02',
	);
	const versions = [
		{ edition: editions[1]!, summary: ['2 afspraken van teams en MT’s vastgesteld'] },
		{ edition: editions[0]!, summary: ['De eerste gepubliceerde versie van het handboek'] },
	];
	const entriesOf = (xml: string) => {
		const document = new DOMParser().parseFromString(xml, 'text/xml');
		return [...document.querySelectorAll('entry')].map((entry) => ({
			title: entry.querySelector('title')?.textContent,
			id: entry.querySelector('id')?.textContent,
			link: entry.querySelector('link')?.getAttribute('href'),
			updated: entry.querySelector('updated')?.textContent,
		}));
	};

	test('one entry per version, newest first, linked to what changed at an address that stays the same', () => {
		const xml = versionsFeed(versions, organisation);
		expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\s*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
		expect(entriesOf(xml)).toEqual([
			{ title: 'Versie 0.2: 50-70%-versie', id: 'urn:handboek:de-sociale-norm:versie:0.2', link: '/versies/0.2/wijzigingen/', updated: '2027-03-01T00:00:00.000Z' },
			{ title: 'Versie 0.1: Startversie', id: 'urn:handboek:de-sociale-norm:versie:0.1', link: '/versies/0.1/wijzigingen/', updated: '2026-11-23T00:00:00.000Z' },
		]);
		expect(xml).toContain('<li>2 afspraken van teams en MT’s vastgesteld</li>');
	});

	test('with the site address set, links are full addresses; without it, nothing made up stands in', () => {
		const withSite = versionsFeed(versions, { ...organisation, site: 'https://handboek.example.nl' });
		expect(entriesOf(withSite)[0]!.link).toBe('https://handboek.example.nl/versies/0.2/wijzigingen/');
		expect(versionsFeed(versions, organisation)).not.toMatch(/https?:\/\/(?!www\.w3\.org|github\.com)/);
	});
});
