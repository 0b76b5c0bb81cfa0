import type { StarlightUserConfig } from '@astrojs/starlight/types';
import type { AgreementKind } from '../schemas/agreement.ts';
import { handbookOutline } from './handbook-outline.ts';
import { agreementKindLabels, normCrossedLabel, notWorkedOutLabel, sectionLabels } from './labels.ts';
import { paths } from './paths.ts';

/** An item in the shape of Starlight's `sidebar` option; src/lib/sidebar-entries.ts makes a page's sidebar of it. */
export type SidebarItem = NonNullable<StarlightUserConfig['sidebar']>[number];

interface Titled<Data> {
	id: string;
	data: { title: string } & Data;
}

/** What the sidebar is built from: the edition's collections, as route data gives them. */
export interface SidebarContent {
	themes: Iterable<Titled<{ number: number }>>;
	rules: Iterable<Titled<{ number: number; theme: string }>>;
	topics: Iterable<Titled<object>>;
	agreements: Iterable<Titled<{ number: number; topic: string; kind: AgreementKind }>>;
}

/**
 * The sidebar lists themes, rules and work agreements. Interpretations are never listed: there
 * will be thousands, and every page carries the sidebar. Pure: src/route-data.ts builds it for
 * each page from the edition's collections, so the config reads no content.
 */
export function buildSidebar(content: SidebarContent, organisationName: string): SidebarItem[] {
	const outline = handbookOutline(content);
	const themes = outline.themes.map(({ theme, rules }): SidebarItem => {
		if (rules.length === 0) {
			return { label: theme.data.title, link: paths.theme(theme.id), badge: { text: notWorkedOutLabel, variant: 'default' } };
		}
		return {
			label: theme.data.title,
			collapsed: true,
			items: [
				// Named after the theme: three identical "Over dit thema" links tell a screen reader or the pagination nothing.
				{ label: `${theme.data.title}: overzicht`, link: paths.theme(theme.id) },
				...rules.map((rule) => ({ label: rule.data.title, link: paths.rule(theme.id, rule.id) })),
			],
		};
	});

	const kindLabels = agreementKindLabels(organisationName);
	const topics = outline.topics.map(({ topic, kinds }): SidebarItem => ({
		label: topic.data.title,
		items: kinds
			.map(({ kind, agreements }) => ({
				label: kindLabels[kind].many,
				collapsed: kind !== 'directienorm',
				items: agreements.map((agreement) => ({ label: agreement.data.title, link: paths.agreement(agreement.id) })),
			}))
			.filter((group) => group.items.length > 0),
	}));

	return [
		// Help comes first: on a phone the menu is the way around, and someone who was just hurt should not scroll for it.
		// Marked with a data attribute: Starlight writes a class from attrs twice, which is invalid HTML.
		{ label: normCrossedLabel, link: paths.normCrossed, attrs: { 'data-sidebar-help-link': '' } },
		{ label: 'Over dit handboek', link: paths.about },
		{ label: 'Het cultuurtraject', link: paths.cultureTrajectory },
		{ label: sectionLabels.codeOfConduct, items: [{ label: 'Alle thema’s', link: paths.codeOfConduct }, ...themes] },
		{ label: sectionLabels.agreements, items: [{ label: 'Overzicht', link: paths.agreements }, ...topics] },
		{ label: sectionLabels.interpretations, link: paths.interpretations },
		{ label: sectionLabels.teams, link: paths.teams() },
		{ label: 'Voor de teamsessie', link: paths.teamSession },
		{ label: sectionLabels.glossary, link: paths.glossary },
	];
}
