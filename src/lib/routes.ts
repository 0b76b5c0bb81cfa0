/** The address of every kind of page, in one place, so pages and the sidebar agree. */
export const routes = {
	home: '/',
	about: '/over-dit-handboek/',
	codeOfConduct: '/gedragscode/',
	theme: (themeId: string) => `/gedragscode/${themeId}/`,
	rule: (themeId: string, ruleId: string) => `/gedragscode/${themeId}/${ruleId}/`,
	agreements: '/werkafspraken/',
	agreement: (agreementId: string) => `/werkafspraken/${agreementId}/`,
	interpretation: (interpretationId: string) => `/interpretaties/${interpretationId}/`,
	glossary: '/begrippen/',
	term: (termId: string) => `/begrippen/${termId}/`,
	normCrossed: '/als-een-norm-wordt-overschreden/',
};
