import { getCollection, type CollectionEntry } from 'astro:content';
import type { SourceRef } from '../schemas/common.ts';
import { agreedSoFar, absoluteAddress, cardDilemmas, shortAddress, type AgreedSoFar } from './conversation-card.ts';
import type { Handbook, HandbookContent } from './handbook-route-data.ts';
import { interpretationsOf, targetOf } from './interpretations.ts';
import type { Dilemma } from './interpretation-list.ts';
import { agreementLabel } from './labels.ts';

type Norm = CollectionEntry<'rules' | 'agreements'>;

/** Everything one conversation card shows, looked up by its page and passed to ConversationCard as props. */
export interface ConversationCardData {
	id: string;
	title: string;
	/** What the quoted text is, e.g. "Regel 1 van het thema Omgaan met anderen". */
	label: string;
	text: string;
	source: SourceRef;
	sourceDocument: CollectionEntry<'sources'> | undefined;
	questions: string[];
	dilemmas: { shown: Dilemma<CollectionEntry<'interpretations'>>[]; total: number };
	agreed: AgreedSoFar;
	/** The page of the rule or agreement itself. */
	normHref: string;
	/** The list of every interpretation of it; only when there is one to read. */
	listHref: string | undefined;
	/** The proposal form with this rule or agreement chosen, within the edition. */
	proposeHref: string;
	/** The card's own page, within the edition. */
	cardHref: string;
	/** The form's and the card's absolute addresses, for paper; absent while `site` is unset. */
	onPaper: { proposal: string; card: string } | undefined;
}

/** The label of a rule's or agreement's quoted text, as its own page names it. */
function labelOf(norm: Norm, content: HandbookContent, organisationName: string): string {
	if (norm.collection === 'rules') {
		const theme = content.themes.find(({ id }) => id === norm.data.theme);
		return `Regel ${norm.data.number} van het thema ${theme?.data.title ?? norm.data.theme}`;
	}
	return agreementLabel(norm.data, organisationName);
}

/** The conversation cards of `norms`, in the given order, with what each shows from the edition of `handbook`. */
export async function conversationCards(norms: Norm[], handbook: Handbook): Promise<ConversationCardData[]> {
	const content = await handbook.content;
	const sources = new Map((await getCollection('sources')).map((source) => [source.id, source]));
	const { links, organisation } = handbook;
	return norms.map((norm) => {
		const target = targetOf(norm);
		const interpretations = interpretationsOf(content.interpretations, target);
		const proposeHref = links.proposeFor(target);
		const cardHref = links.conversationCard(norm.id);
		const proposal = absoluteAddress(organisation.site, proposeHref);
		const card = absoluteAddress(organisation.site, cardHref);
		return {
			id: norm.id,
			title: norm.data.title,
			label: labelOf(norm, content, organisation.name),
			text: norm.data.text,
			source: norm.data.source,
			sourceDocument: sources.get(norm.data.source.document),
			questions: norm.data.questions,
			dilemmas: cardDilemmas(interpretations),
			agreed: agreedSoFar(interpretations),
			normHref: norm.collection === 'rules' ? links.rule(norm.data.theme, norm.id) : links.agreement(norm.id),
			listHref: interpretations.length === 0 ? undefined : norm.collection === 'rules' ? links.ruleInterpretations(norm.data.theme, norm.id) : links.agreementInterpretations(norm.id),
			proposeHref,
			cardHref,
			onPaper: proposal && card ? { proposal, card: shortAddress(card) } : undefined,
		};
	});
}
