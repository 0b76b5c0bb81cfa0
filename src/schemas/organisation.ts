import { z } from 'zod';
import { describeValue } from '../lib/content/error-map.ts';
import { anonymousChannelSchema } from './anonymous-channel.ts';
import { id, text, title, webAddress } from './common.ts';
import { askInsteadSchema, helpRolesSchema } from './help-routes.ts';
import { procedureSchema } from './procedure.ts';
import { proposalInboxSchema } from './proposal-inbox.ts';
import { repositorySchema } from './repository.ts';

const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, {
	error: (issue) => `verwacht een kleur als #RRGGBB (bijvoorbeeld #004699), gevonden: ${describeValue(issue.input)}`,
});

/**
 * Everything that is the organisation's own. Another directorate runs its own handbook on the
 * same code by changing this one file and the content beside it.
 */
export const organisationSchema = z
	.strictObject({
		handbookTitle: title,
		name: title,
		fullName: text,
		parent: text,
		/** The public address of the site; needed for the sitemap. */
		site: z.url().optional(),
		repository: repositorySchema.optional(),
		procedure: procedureSchema.optional(),
		anonymousChannel: anonymousChannelSchema.optional(),
		/** Where a proposal goes without git (a mailbox or an intranet page); unset, the form names `contact`. */
		proposalInbox: proposalInboxSchema.optional(),
		/**
		 * The role (one of helpRoles, never a person) that answers questions about the handbook itself,
		 * such as an accessibility problem. The sources name none; unset, the pages say so.
		 */
		contact: title.optional(),
		/**
		 * The roles a reader can turn to when a norm is crossed, with how to reach each. The help page
		 * lists them; a role without a route says so and whom to ask instead.
		 */
		helpRoles: helpRolesSchema,
		askInstead: askInsteadSchema,
		/** Where the full code of conduct can be read. Unset, the site says the link is not set yet. */
		codeOfConductUrl: webAddress('http or https').optional(),
		/**
		 * The licence under which others may reuse the handbook's content, such as CC BY 4.0, with the
		 * address of its text. Only the owner can choose it; unset, the footer of every page says so.
		 */
		contentLicence: z.strictObject({ name: title, url: webAddress() }).optional(),
		/**
		 * The invented examples (interpretations marked fictitious) show how the handbook works while
		 * teams have not yet written their own. Set to false and the built site leaves them out.
		 */
		showExamples: z.boolean().default(true),
		/**
		 * How much of the social norm the owner aims a version to cover, such as the 50-70 % of the
		 * first version: pages show the coverage computed from the content against it.
		 */
		coverageAim: z
			.strictObject({
				label: title,
				/** The themes (ids) whose rules the version aims to cover. */
				themes: z.array(id).min(1),
				/** The topics (ids) of work agreements it aims to cover: their own norms and the guidelines chosen for the trajectory. */
				topics: z.array(id).default([]),
			})
			.optional(),
		colours: z.strictObject({
			accent: colour,
			accentLow: colour,
			accentHigh: colour,
		}),
	})
	.superRefine((organisation, context) => {
		if (organisation.contact !== undefined && !organisation.helpRoles.some((role) => role.role === organisation.contact)) {
			context.addIssue({
				code: 'custom',
				path: ['contact'],
				message: `verwacht de naam van een rol uit helpRoles (${organisation.helpRoles.map((role) => role.role).join(', ') || 'helpRoles is leeg'}), gevonden: "${organisation.contact}"`,
			});
		}
	});
export type Organisation = z.infer<typeof organisationSchema>;
