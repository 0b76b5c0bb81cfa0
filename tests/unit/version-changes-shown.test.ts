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
import { parseAtomFeed } from 'feedsmith';
import { atomProblems } from '../helpers/atom.ts';

const interpretation = (id: string, status: Status, fictitious = false) => ({
	id,
	data: { title: `Afspraak ${id}`, rule: 'niet-pesten', team: 'Team Noord', status, fictitious, do: [], dont: [], dilemmas: [] },
	body: 'We groeten elkaar.',
});
const rule = (id: string, text: string, body = '') => ({ id, data: { title: `Regel ${id}`, theme: 't', text }, body });
const noNorms = { rules: [], agreements: [] };
const noPages = { added: [], changed: [], removed: [] };

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
		expect(changeSummary(changes)).toEqual(['1 regel toegevoegd', '1 regel anders geformuleerd', '1 afspraak van een team of MT vastgesteld (+1 in verzonnen voorbeelden)']);
	});

	test('when only examples changed, the real count is 0 and the examples are named apart, never “Geen wijzigingen”', () => {
		const changes = changesBetween({ ...noNorms, interpretations: [interpretation('verzonnen', 'voorstel', true)] }, { ...noNorms, interpretations: [interpretation('verzonnen', 'vastgesteld', true)] });
		expect(changeSummary(changes)).toEqual(['0 afspraken van teams en MT’s vastgesteld (+1 in verzonnen voorbeelden)']);
	});

	test('a note beside a rule that changed is told as a note, never as a rule worded differently', () => {
		const changes = changesBetween({ ...noNorms, rules: [rule('a', 'Je pest niet.', 'Een noot.')], interpretations: [] }, { ...noNorms, rules: [rule('a', 'Je pest niet.', 'Een andere noot.')], interpretations: [] });
		const summary = changeSummary(changes);
		expect(summary).toEqual(['1 toelichting bij een regel bijgewerkt (niet de regel zelf)']);
		expect(summary.join(' ')).not.toContain('anders geformuleerd');
	});

	test('adopted wording that no longer is says which way it went: lapsed, open again, or gone', () => {
		const before = ['vervalt', 'heropend', 'weg'].map((id) => interpretation(id, 'vastgesteld'));
		const after = [interpretation('vervalt', 'vervallen'), interpretation('heropend', 'in-gesprek')];
		expect(changeSummary(changesBetween({ ...noNorms, interpretations: before }, { ...noNorms, interpretations: after }))).toEqual([
			'1 vastgestelde afspraak vervallen',
			'1 vastgestelde afspraak weer in gesprek of voorgesteld',
			'1 vastgestelde afspraak uit het handboek gehaald',
		]);
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
		const sections = changeSections(changes, { terms: noPages, pages: noPages }, edition!, previous!, { before: noNorms, after: noNorms });
		const group = sections.find((section) => section.slug === 'afspraken-van-teams')!.groups.find((candidate) => candidate.heading === 'Nieuw voorgesteld')!;
		expect(group.items).toHaveLength(pageBounds.changes);
		expect(group.total).toBe(30);
		expect(group.items.some((item) => item.title.includes(fictitiousSearchSuffix))).toBe(false);
		expect(changeSummary(changes)).toEqual(['25 nieuwe voorstellen (+5 in verzonnen voorbeelden)']);
	});
});

describe('the changes page names team and rule, and which way adopted wording went', () => {
	const [previous, edition] = editionsOf([{ number: '0.1', label: 'Startversie', date: '2026-11-23', folder: '/v/0.1', files: {} }], '/content', '2027-01-01');
	const norms = { rules: [{ id: 'niet-pesten', data: { theme: 'omgaan-met-anderen', title: 'Niet pesten' } }], agreements: [{ id: 'thuiswerken', data: { title: 'Thuiswerken' } }] };
	const groupsOf = (before: ReturnType<typeof interpretation>[], after: ReturnType<typeof interpretation>[]) =>
		changeSections(changesBetween({ ...noNorms, interpretations: before }, { ...noNorms, interpretations: after } as never), { terms: noPages, pages: noPages }, edition!, previous!, { before: norms, after: norms }).find(
			(section) => section.slug === 'afspraken-van-teams',
		)!.groups;

	test('each team’s wording says whose it is and which rule or agreement it is about', () => {
		const aboutAgreement = { ...interpretation('thuis', 'vastgesteld'), data: { ...interpretation('thuis', 'vastgesteld').data, rule: undefined, agreement: 'thuiswerken', team: 'MT Zuid' } };
		const [adopted] = groupsOf([], [interpretation('groeten', 'vastgesteld'), aboutAgreement as never]);
		expect(adopted!.items.map(({ title, detail }) => `${title} (${detail})`)).toEqual(['Afspraak groeten (Team Noord, over de regel Niet pesten)', 'Afspraak thuis (MT Zuid, over de werkafspraak Thuiswerken)']);
	});

	test('“no longer adopted” is split into lapsed, open again and gone, the gone one linked to where it last was', () => {
		const groups = groupsOf(['vervalt', 'heropend', 'weg'].map((id) => interpretation(id, 'vastgesteld')), [interpretation('vervalt', 'vervallen'), interpretation('heropend', 'voorstel')]);
		expect(groups.map((group) => [group.heading, group.items.map((item) => item.href)])).toEqual([
			['Niet meer vastgesteld: vervallen', ['/werkversie/interpretaties/vervalt/']],
			['Niet meer vastgesteld: weer in gesprek of voorgesteld', ['/werkversie/interpretaties/heropend/']],
			['Niet meer vastgesteld: uit het handboek gehaald', ['/interpretaties/weg/']],
		]);
	});
});

describe('a page shows what reads differently than in the version before', () => {
	test('only the fields whose words changed, by their Dutch names, and the prose as plain text, each saying whose words they are', () => {
		const before = { data: { title: 'Niet pesten', text: 'Je pest niet.', do: ['Groet'], dont: [] }, body: 'Een **noot**.' };
		const after = { data: { title: 'Niet pesten', text: 'Je pest  niet.', do: ['Groet iedereen'], dont: [] }, body: 'Een noot, langer.' };
		expect(fieldDifferences(before, after, { label: 'Over deze tekst', part: 'note' })).toEqual([
			{ label: 'Wel doen', before: 'Groet', after: 'Groet iedereen', part: 'own' },
			{ label: 'Over deze tekst', before: 'Een noot.', after: 'Een noot, langer.', part: 'note' },
		]);
	});

	test('quotes in the prose are the typographic ones the page shows', () => {
		const [difference] = fieldDifferences({ data: {}, body: 'Zeg "hallo".' }, { data: {}, body: 'Zeg "goedemorgen".' }, { label: 'Formulering', part: 'own' });
		expect(difference!.after).toBe('Zeg “goedemorgen”.');
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
		const xml = versionsFeed(versions, organisation, '/');
		expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\s*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="nl">/);
		expect(entriesOf(xml)).toEqual([
			{ title: 'Versie 0.2: 50-70%-versie', id: 'urn:handboek:de-sociale-norm:versie:0.2', link: '/versies/0.2/wijzigingen/', updated: '2027-03-01T00:00:00.000Z' },
			{ title: 'Versie 0.1: Startversie', id: 'urn:handboek:de-sociale-norm:versie:0.1', link: '/versies/0.1/wijzigingen/', updated: '2026-11-23T00:00:00.000Z' },
		]);
		expect(xml).toContain('<li>2 afspraken van teams en MT’s vastgesteld</li>');
	});

	test('is valid Atom (RFC 4287) with the organisation as its author, in Dutch; a label with & is escaped', () => {
		const withAmpersand = [{ edition: { ...editions[1]!, label: 'Versie voor Platform I&D' }, summary: ['1 regel & 1 werkafspraak'] }, versions[1]!];
		const xml = versionsFeed(withAmpersand, organisation, '/');
		expect(atomProblems(xml)).toEqual([]);
		expect(parseAtomFeed(xml).authors).toEqual([{ name: 'Werk, Participatie en Inkomen, gemeente Amsterdam' }]);
		// Titles are type="html", so the & is written as &amp;, which a feed reader shows as &.
		expect(parseAtomFeed(xml).entries![0]!.title).toEqual({ value: 'Versie 0.2: Versie voor Platform I&amp;D', type: 'html' });
		// The check finds what the feed lacked before: without an author it is not valid Atom.
		expect(atomProblems(xml.replace(/<author>[\s\S]*?<\/author>/, ''))).toEqual(['feed: no atom:author, and not every entry has one (RFC 4287 §4.1.1)']);
		expect(atomProblems(xml.replace(' xml:lang="nl"', ''))).toEqual(['feed: no xml:lang']);
	});

	test('with the site address set, links are full addresses; without it, nothing made up stands in', () => {
		const withSite = versionsFeed(versions, { ...organisation, site: 'https://handboek.example.nl' }, '/');
		expect(entriesOf(withSite)[0]!.link).toBe('https://handboek.example.nl/versies/0.2/wijzigingen/');
		expect(versionsFeed(versions, organisation, '/')).not.toMatch(/https?:\/\/(?!www\.w3\.org|github\.com)/);
	});

	test('under a base path, every link of the feed is within it, with the site address set or not', () => {
		const projectSite = versionsFeed(versions, { ...organisation, site: 'https://voorbeeld.github.io/de-sociale-norm/' }, '/de-sociale-norm/');
		expect(entriesOf(projectSite)[0]!.link).toBe('https://voorbeeld.github.io/de-sociale-norm/versies/0.2/wijzigingen/');
		expect(projectSite).toContain('href="https://voorbeeld.github.io/de-sociale-norm/wat-is-er-nieuw.xml"');
		expect(entriesOf(versionsFeed(versions, organisation, '/de-sociale-norm/'))[1]!.link).toBe('/de-sociale-norm/versies/0.1/wijzigingen/');
	});
});

test('the Atom check finds a feed that is not well-formed, and one that is RSS', () => {
	expect(atomProblems('<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title>')[0]).toMatch(/^not well-formed XML: /);
	expect(atomProblems('<rss version="2.0"><channel><title>x</title></channel></rss>')[0]).toMatch(/^not read as Atom: /);
});
