import { z } from 'zod';
import { emailAddress, text, webAddress } from './common.ts';

/**
 * Where a team sends a proposal without git: a mailbox or an intranet page of the role that
 * gathers proposals. Only the organisation can name it; the handbook never guesses one, and says
 * so plainly while it is unset.
 */
export const proposalInboxSchema = z
	.strictObject({
		/** Who receives proposals: a role, never a person. Read mid-sentence: "de kerngroep I&D". */
		label: text,
		email: emailAddress.optional(),
		/** An intranet page of the organisation's own that takes proposals. */
		url: webAddress().optional(),
	})
	.superRefine((inbox, context) => {
		if (!inbox.email && !inbox.url) {
			context.addIssue({ code: 'custom', path: ['email'], message: 'ontbreekt; verwacht een e-mailadres (email) of een intranetpagina (url) waar voorstellen heen kunnen' });
		}
	});
export type ProposalInbox = z.infer<typeof proposalInboxSchema>;
