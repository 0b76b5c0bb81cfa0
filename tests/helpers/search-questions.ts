import { paths } from '../../src/lib/paths.ts';

/**
 * What employees type into the search box, each with the page that answers it. Written from the
 * sources (the code of conduct's rules, the hybrid-work norms, the words of the shared language,
 * the cultuurtraject) and from how people on the work floor put things: plain words, questions,
 * single words, misspellings and everyday words the policy does not use. A question names the
 * page a reader needs first; another page may well come before it, as long as it is in the top three.
 */
const rule = (theme: string, id: string) => paths.rule(theme, id);
const others = 'omgaan-met-anderen';
const compliance = 'naleving-van-de-gedragscode';
const equipment = rule('gebruik-van-bedrijfsmiddelen', 'geen-kwetsende-inhoud-met-bedrijfsmiddelen');

export const searchQuestions: [query: string, page: string][] = [
	// Someone who was just hurt, or saw it happen: the help page first.
	['wat doe ik als ik word gepest', paths.normCrossed],
	['ik word gepest', paths.normCrossed],
	['ik zie dat een collega wordt gepest', paths.normCrossed],
	['wie kan mij helpen', paths.normCrossed],
	['vertrouwenspersoon', paths.normCrossed],
	['vertrouwens persoon', paths.normCrossed],
	['melding maken', paths.normCrossed],
	['klacht indienen', paths.normCrossed],
	['melden', paths.normCrossed],
	['mijn leidinggevende maakt seksuele opmerkingen', paths.normCrossed],
	['seksuele opmerkingen leidinggevende', paths.normCrossed],
	['ik voel me niet veilig op mijn werk', paths.normCrossed],
	['nazorg na racisme', paths.normCrossed],
	// The rules of the code of conduct, in the words people use.
	['gepest', rule(others, 'niet-pesten')],
	['pesten op het werk', rule(others, 'niet-pesten')],
	['ze lachen me uit', rule(others, 'niet-pesten')],
	['discriminatie', rule(others, 'geen-discriminatie')],
	['discrimineren', rule(others, 'geen-discriminatie')],
	['gediscrimineerd', rule(others, 'geen-discriminatie')],
	['discrimenatie', rule(others, 'geen-discriminatie')],
	['microagresie', paths.term('microagressie')],
	['racistische grap', rule(others, 'geen-discriminatie')],
	['grapjes over mijn hoofddoek', rule(others, 'geen-discriminatie')],
	['seksuele intimidatie', rule(others, 'geen-seksuele-intimidatie')],
	['seksuele intimidatie', paths.normCrossed],
	['ongewenste intimiteiten', rule(others, 'geen-seksuele-intimidatie')],
	['opmerkingen over mijn uiterlijk', rule(others, 'geen-seksuele-intimidatie')],
	['collega zit aan me', rule(others, 'geen-seksuele-intimidatie')],
	['uitgescholden', rule(others, 'geen-geweld')],
	['collega schreeuwt tegen me', rule(others, 'geen-geweld')],
	['respect', rule(others, 'respectvol-omgaan')],
	['onbeschoft', rule(others, 'respectvol-omgaan')],
	['laptop', equipment],
	['laptop privé', equipment],
	['werktelefoon', equipment],
	['filmpje doorsturen in de groepsapp', equipment],
	['porno op mijn werklaptop', equipment],
	['collega aanspreken op gedrag', rule(compliance, 'naleving-door-jezelf-en-anderen')],
	['vermoeden van een overtreding', rule(compliance, 'vermoeden-aan-de-orde-stellen')],
	['ik twijfel of iets mag', rule(compliance, 'vragen-en-twijfels-bekendmaken')],
	['bureau integriteit', rule(compliance, 'melden-bij-bureau-integriteit')],
	// Hybrid work: WPI's own norms and the city's guidelines.
	['thuiswerken', paths.agreement('weinig-interactie-thuis')],
	['hoeveel dagen kantoor', paths.agreements],
	['hoeveel dagen moet ik op kantoor zijn', paths.agreements],
	['kantoordagen', paths.agreement('hybride-50-50')],
	['teamdag', paths.agreement('samen-op-kantoor')],
	['thuiswerkdag', paths.agreements],
	['thuiswerkdag', paths.agreement('afspraken-spreiden-over-de-week')],
	['mag ik op vrijdag thuiswerken', paths.agreement('afspraken-spreiden-over-de-week')],
	['weekstart', paths.agreement('multidisciplinaire-weekstart-fysiek')],
	['videobellen met klant', paths.agreement('contact-met-amsterdammer-fysiek')],
	['huisbezoek', paths.agreement('contact-met-amsterdammer-fysiek')],
	['flexplek', paths.agreement('stad-als-werkplek')],
	['reizen buiten de spits', paths.agreement('duurzame-mobiliteit')],
	// Words of the shared language.
	['wat is inclusie', paths.term('inclusie')],
	['wat betekent diversiteit', paths.term('diversiteit')],
	['microagressie', paths.term('microagressie')],
	['waar kom je echt vandaan', paths.term('microagressie')],
	['buitengesloten', paths.term('uitsluiting')],
	['omstander', paths.term('omstander')],
	['racisme', paths.term('racisme')],
	['vooroordelen', paths.term('bias')],
	['psychologische veiligheid', paths.term('psychologische-veiligheid')],
	['moeilijk gesprek voeren', paths.term('het-ongemakkelijke-gesprek')],
	['collega met een beperking', paths.term('validisme')],
	// The handbook itself and the cultuurtraject.
	['cultuurtraject', paths.cultureTrajectory],
	['hoeveel tijd kost de training', paths.cultureTrajectory],
	['afspraak voorstellen voor mijn team', paths.propose],
	['wat is er veranderd', paths.changes],
	['oude versie', paths.about],
	['voorlezen met een schermlezer', paths.accessibility],
];

/** A question of which no page holds every word: it must still find pages, and say why. */
export const questionWithoutFullAnswer = 'seksuele opmerkingen leidinggevende teamdag';
