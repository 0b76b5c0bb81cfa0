import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load-handbook.ts';
import { contentFixture, minimalContent, shippedContent } from '../helpers/content-fixture.ts';

const organisation = readFileSync(join(minimalContent, 'organisation.yaml'), 'utf8');

/** The minimal handbook with this text as its organisation.yaml. */
const loadOrganisation = (text: string) => loadHandbook(contentFixture({ 'organisation.yaml': text }));

/** The minimal handbook with these lines added to organisation.yaml. */
const loadWith = (settings: string) => loadOrganisation(`${organisation}${settings}\n`);

describe('the proposal settings in organisation.yaml', () => {
	test('a repository, a procedure and a channel for input without a name are read as written', () => {
		const { handbook, errors } = loadWith(
			[
				'repository: { host: gitea, url: https://git.example/wpi/handboek/ }',
				'procedure: { adoptingBody: het testorgaan, route: [Het team stuurt het voorstel in., Het testorgaan bespreekt het.] }',
				'anonymousChannel: { label: de trainer, email: trainer@example.org }',
				'proposalInbox: { label: de kerngroep, url: https://intranet.example/voorstellen }',
			].join('\n'),
		);
		expect(errors).toEqual([]);
		expect(handbook!.organisation).toMatchObject({
			repository: { host: 'gitea', url: 'https://git.example/wpi/handboek', branch: 'main' },
			procedure: { adoptingBody: 'het testorgaan' },
			anonymousChannel: { label: 'de trainer', email: 'trainer@example.org' },
			proposalInbox: { label: 'de kerngroep', url: 'https://intranet.example/voorstellen' },
		});
	});

	test.each([
		['a git host the handbook does not know', 'repository: { host: bitbucket, url: https://git.example/a/b }', 'repository.host', 'verwacht een van: github, gitlab, gitea (de software waarop de repository staat), gevonden: "bitbucket"'],
		['a repository without its host', 'repository: { url: https://git.example/a/b }', 'repository.host', 'ontbreekt; verwacht een van: github, gitlab, gitea (de software waarop de repository staat)'],
		['a repository address that is not https', 'repository: { host: github, url: "javascript:alert(1)" }', 'repository.url', 'verwacht een webadres dat begint met https://, gevonden: "javascript:alert(1)"'],
		['a channel with something else than an e-mail address', 'anonymousChannel: { label: de trainer, email: trainer }', 'anonymousChannel.email', 'verwacht een e-mailadres (bijvoorbeeld naam@voorbeeld.nl), gevonden: "trainer"'],
		['a channel whose form is not on https', 'anonymousChannel: { label: de trainer, url: "http://formulier.example" }', 'anonymousChannel.url', 'verwacht een webadres dat begint met https://, gevonden: "http://formulier.example"'],
		['a route without steps', 'procedure: { route: [] }', 'procedure.route', 'verwacht minstens 1 item'],
		['an inbox for proposals without an address or page', 'proposalInbox: { label: de kerngroep }', 'proposalInbox.email', 'ontbreekt; verwacht een e-mailadres (email) of een intranetpagina (url) waar voorstellen heen kunnen'],
		['an inbox for proposals with something else than an e-mail address', 'proposalInbox: { label: de kerngroep, email: kerngroep }', 'proposalInbox.email', 'verwacht een e-mailadres (bijvoorbeeld naam@voorbeeld.nl), gevonden: "kerngroep"'],
	])('%s is refused in Dutch', (_, settings, field, message) => {
		const { handbook, errors } = loadWith(settings);
		expect(handbook).toBeUndefined();
		expect(errors).toEqual([expect.objectContaining({ field, message })]);
	});

	test('the shipped organisation.yaml leaves the channel, the inbox and the procedure unset: only the organisation can name them', () => {
		const { handbook } = loadHandbook(shippedContent);
		expect(handbook!.organisation.anonymousChannel).toBeUndefined();
		expect(handbook!.organisation.proposalInbox).toBeUndefined();
		expect(handbook!.organisation.procedure).toBeUndefined();
	});
});

test('organisation.yaml names a rule that does not exist as the source of its advice: refused', () => {
	const { errors } = loadOrganisation(organisation.replace('rule: respectvol-omgaan', 'rule: bestaat-niet'));
	expect(errors).toEqual([
		expect.objectContaining({ field: 'askInstead.rule', message: expect.stringMatching(/^verwijst naar regel "bestaat-niet", maar er is geen regel met die naam/) }),
	]);
});

test('organisation.yaml aims a version at a theme or topic that does not exist: refused, each named', () => {
	const { errors } = loadOrganisation(`${organisation.trimEnd()}\ncoverageAim:\n  label: Eerste versie\n  themes: [bestaat-niet]\n  topics: [ook-niet]\n`);
	expect(errors).toEqual([
		expect.objectContaining({ field: 'coverageAim.themes, punt 1', message: expect.stringMatching(/^verwijst naar thema "bestaat-niet"/) }),
		expect.objectContaining({ field: 'coverageAim.topics, punt 1', message: expect.stringMatching(/^verwijst naar onderwerp "ook-niet"/) }),
	]);
});

test('organisation.yaml names as its contact a role that is not among its help roles: refused', () => {
	const { errors } = loadOrganisation(organisation.replace('contact: Projectleider', 'contact: Projectleidster'));
	expect(errors).toEqual([
		expect.objectContaining({ field: 'contact', message: 'verwacht de naam van een rol uit helpRoles (Projectleider), gevonden: "Projectleidster"' }),
	]);
});
