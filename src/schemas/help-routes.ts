import { z } from 'zod';
import { describeValue } from '../lib/content/error-map.ts';
import { emailAddress, id, text, title, webAddress } from './common.ts';

/** How a reader can reach a role: a web page, a phone number, an e-mail address, an intranet page. */
export const helpRouteKinds = ['link', 'telefoon', 'e-mail', 'intranet'] as const;
export type HelpRouteKind = (typeof helpRouteKinds)[number];

/** A phone number as people write it: digits, spaces, hyphens, brackets, an optional leading +. */
const phonePattern = /^\+?[0-9][0-9 ()-]{4,}[0-9]$/;

/** What each kind of route must look like, so the page can turn it into a working link. */
const valueOfKind: Record<HelpRouteKind, z.ZodType<string>> = {
	link: webAddress(),
	// An intranet may still serve plain http.
	intranet: webAddress('http or https'),
	telefoon: z.string().regex(phonePattern, {
		error: (issue) => `verwacht een telefoonnummer met alleen cijfers, spaties en streepjes (bijvoorbeeld 020 123 4567), gevonden: ${describeValue(issue.input)}`,
	}),
	'e-mail': emailAddress,
};

/** One way to reach a role. Only the owner can set these; the sources give none. */
export const helpRouteSchema = z
	.strictObject({
		kind: z.enum(helpRouteKinds),
		/** What the reader sees, e.g. "Intranetpagina van Bureau Integriteit". */
		label: title,
		/** The address itself: a URL, a phone number or an e-mail address, as `kind` says. */
		value: z.string().trim().min(1),
	})
	.superRefine((route, context) => {
		const checked = valueOfKind[route.kind].safeParse(route.value);
		if (!checked.success) {
			context.addIssue({ code: 'custom', path: ['value'], input: route.value, message: checked.error.issues[0]!.message });
		}
	});
export type HelpRoute = z.infer<typeof helpRouteSchema>;

/**
 * A role (never a person) a reader can turn to when a norm is crossed, what it is for in plain
 * Dutch, and how to reach it. `reachedDirectly` marks a role that is someone of the reader's own
 * (their leidinggevende, their buddy): no address is expected for it.
 */
export const helpRoleSchema = z.strictObject({
	role: title,
	about: text,
	reachedDirectly: z.boolean().default(false),
	routes: z.array(helpRouteSchema).default([]),
});
export type HelpRole = z.infer<typeof helpRoleSchema>;

export const helpRolesSchema = z.array(helpRoleSchema).default([]);

/**
 * Whom a reader asks when a role cannot be reached yet, or a theme is not worked out: someone the
 * organisation's own code names, with the rule that names them, so the advice is not the
 * handbook's invention. The rule must exist in content/rules/.
 */
export const askInsteadSchema = z.strictObject({
	/** Mid-sentence: "Vraag het {who}". */
	who: title,
	/** Why that one, in the words of the code; the page links the rule after it. */
	why: text,
	rule: id,
});
export type AskInstead = z.infer<typeof askInsteadSchema>;
