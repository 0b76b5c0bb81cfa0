import type { ProposalTarget } from './proposal/proposal-file.ts';

/** The address of every kind of page, in one place, so pages and the sidebar agree. */
export const routes = {
	home: '/',
	about: '/over-dit-handboek/',
	cultureTrajectory: '/het-cultuurtraject/',
	codeOfConduct: '/gedragscode/',
	theme: (themeId: string) => `/gedragscode/${themeId}/`,
	rule: (themeId: string, ruleId: string) => `/gedragscode/${themeId}/${ruleId}/`,
	agreements: '/werkafspraken/',
	agreement: (agreementId: string) => `/werkafspraken/${agreementId}/`,
	interpretations: '/interpretaties/',
	interpretation: (interpretationId: string) => `/interpretaties/${interpretationId}/`,
	glossary: '/begrippen/',
	term: (termId: string) => `/begrippen/${termId}/`,
	normCrossed: '/als-een-norm-wordt-overschreden/',
	propose: '/voorstellen/',
	/** The proposal form with a rule or agreement chosen. */
	proposeFor: (target: ProposalTarget) => ('rule' in target ? `/voorstellen/?regel=${target.rule}` : `/voorstellen/?afspraak=${target.agreement}`),
	/** The route for input without a name, on the same page. */
	proposeWithoutName: '/voorstellen/#zonder-naam',
	accessibility: '/toegankelijkheid/',
};
