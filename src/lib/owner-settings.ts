import type { Organisation } from '../schemas/organisation.ts';
import { rolesWithoutRoute } from './help-routes.ts';

/**
 * One thing in content/organisation.yaml that only the owner of the handbook can settle: an
 * address, a route, a decision. The sources give none of them, so none is invented; while one is
 * unset, the pages say so, and `npm run check`, the build and the page for maintainers list it.
 */
export interface OwnerSetting {
	/** Where it is written in organisation.yaml, e.g. `site` or `helpRoles, "Bureau Integriteit"`. */
	field: string;
	/** What it settles, in a few Dutch words. */
	what: string;
	set: boolean;
}

/**
 * Every setting only the owner can settle, set or not, in one list: the one place `npm run check`,
 * the build warnings and the page /beheer/ read. A new setting of this kind gets one line here.
 */
export function ownerSettings(organisation: Organisation): OwnerSetting[] {
	const unreachable = new Set(rolesWithoutRoute(organisation.helpRoles));
	return [
		...organisation.helpRoles
			.filter((role) => !role.reachedDirectly)
			.map((role) => ({
				field: `helpRoles, "${role.role}"`,
				what: 'hoe lezers deze rol bereiken (routes)',
				set: !unreachable.has(role),
			})),
		{ field: 'contact', what: 'welke rol vragen over het handboek zelf beantwoordt, zoals een probleem met toegankelijkheid', set: organisation.contact !== undefined },
		{ field: 'codeOfConductUrl', what: 'waar de hele gedragscode te lezen is', set: organisation.codeOfConductUrl !== undefined },
		{ field: 'site', what: 'het openbare adres van het handboek (voor de sitemap en de QR-code op gesprekskaarten)', set: organisation.site !== undefined },
		{ field: 'repository', what: 'waar de bestanden van het handboek staan (voor Bewerk pagina, Meld een fout en voorstellen met git)', set: organisation.repository !== undefined },
		{ field: 'proposalInbox', what: 'waar een voorstel zonder git heen gaat (Mail dit voorstel)', set: organisation.proposalInbox !== undefined },
		{ field: 'procedure', what: 'wie een formulering vaststelt en welke weg een voorstel gaat', set: organisation.procedure !== undefined },
		{ field: 'anonymousChannel', what: 'waar inbreng zonder naam heen kan', set: organisation.anonymousChannel !== undefined },
		{ field: 'contentLicence', what: 'onder welke licentie anderen de inhoud mogen hergebruiken', set: organisation.contentLicence !== undefined },
	];
}

/** The owner's settings that are not yet set, in the order of ownerSettings. */
export function unsetOwnerSettings(organisation: Organisation): OwnerSetting[] {
	return ownerSettings(organisation).filter((setting) => !setting.set);
}

/** One short line per unset setting, as `npm run check` ends with them. */
export function unsetSettingsReport(organisation: Organisation): string[] {
	const unset = unsetOwnerSettings(organisation);
	if (unset.length === 0) return [];
	return [
		`Nog niet ingesteld in content/organisation.yaml (${unset.length}; alleen de eigenaar kan dit invullen, zie ook /beheer/):`,
		...unset.map(({ field, what }) => `  - ${field}: ${what}`),
	];
}

/**
 * What only the owner can settle and has not yet, one warning a setting: help routes, addresses,
 * decisions. The sources give none of them, so none is invented; the owner is told with every build.
 */
export function unsetSettingsWarnings(organisation: Organisation): string[] {
	return unsetOwnerSettings(organisation).map(({ field, what }) => `content/organisation.yaml — ${field} is nog niet ingesteld: ${what}.`);
}
