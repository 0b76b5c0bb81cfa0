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
 * What the help page says beside a role while it has no route: the other help roles a reader can
 * turn to meanwhile (by their `role`), and a note of what is true meanwhile, with the rule of the
 * code that says so. Left out, the page says only that the route is not yet set: the sources give
 * no fallback, and none is made up.
 */
export const whileUnsetSchema = z.strictObject({
	/** Other help roles (their `role`) a reader can turn to while this one cannot be reached. */
	askInstead: z.array(title).default([]),
	/** What is true meanwhile, in plain Dutch, as a source says it. */
	note: text.optional(),
	/** The rule of the code of conduct the note rests on (a file name in content/rules/); the page links it. */
	rule: id.optional(),
});
export type WhileUnset = z.infer<typeof whileUnsetSchema>;

/**
 * A role (never a person) a reader can turn to when a norm is crossed, what it is for in plain
 * Dutch, and how to reach it. `reachedDirectly` marks a role that is someone of the reader's own
 * (their leidinggevende, their buddy): no address is expected for it. `line` marks the reader's
 * own line (their leidinggevende); `bypassesLine` a role that exists to be reached around the line
 * (Bureau Integriteit, a vertrouwenspersoon): the check refuses a fallback for it that goes
 * through the line, because the line may be the problem.
 */
export const helpRoleSchema = z.strictObject({
	role: title,
	about: text,
	/** Who the role is for, when not for everyone, e.g. "teams die meedoen aan het cultuurtraject". */
	onlyFor: title.optional(),
	reachedDirectly: z.boolean().default(false),
	line: z.boolean().default(false),
	bypassesLine: z.boolean().default(false),
	routes: z.array(helpRouteSchema).default([]),
	whileUnset: whileUnsetSchema.optional(),
});
export type HelpRole = z.infer<typeof helpRoleSchema>;

export const helpRolesSchema = z.array(helpRoleSchema).default([]).superRefine(checkFallbacks);

/**
 * The fallbacks name roles that exist, never the role itself, and never lead a role that bypasses
 * the line back to the line: not directly, and not through another role that cannot be reached yet
 * and whose own fallback goes through the line.
 */
function checkFallbacks(roles: HelpRole[], context: z.RefinementCtx) {
	const byName = new Map(roles.map((role) => [role.role, role]));
	const names = roles.map((role) => `"${role.role}"`).join(', ');
	roles.forEach((role, index) => {
		if (role.line && role.bypassesLine) {
			context.addIssue({ code: 'custom', path: [index, 'bypassesLine'], message: `"${role.role}" is de lijn zelf (line: true) en kan de lijn dus niet omzeilen; verwacht line of bypassesLine, niet allebei` });
		}
		(role.whileUnset?.askInstead ?? []).forEach((name, at) => {
			const path = [index, 'whileUnset', 'askInstead', at];
			const target = byName.get(name);
			if (!target || target === role) {
				context.addIssue({ code: 'custom', path, message: `verwacht de naam van een andere rol uit helpRoles (${names}), gevonden: "${name}"` });
				return;
			}
			if (!role.bypassesLine) return;
			const line = lineOnTheWay(target, byName);
			if (line) {
				context.addIssue({
					code: 'custom',
					path,
					message: `"${role.role}" is er om buiten de lijn om te bereiken (bypassesLine: true), maar "${name}" ${line === target ? 'is de lijn (line: true)' : `loopt, zolang die geen route heeft, via "${line.role}" (line: true)`}. Misschien gaat het juist over die leidinggevende. Verwacht een rol buiten de lijn, of laat askInstead leeg: dan zegt de hulppagina alleen dat de route nog niet is ingevuld.`,
				});
			}
		});
	});
}

/** The line role a reader would end up with by following a fallback: the role itself, or, while it has no route, its own fallbacks. */
function lineOnTheWay(start: HelpRole, byName: Map<string, HelpRole>, seen = new Set<HelpRole>()): HelpRole | undefined {
	if (start.line) return start;
	if (seen.has(start) || start.reachedDirectly || start.routes.length > 0) return undefined;
	seen.add(start);
	for (const name of start.whileUnset?.askInstead ?? []) {
		const next = byName.get(name);
		const found = next && lineOnTheWay(next, byName, seen);
		if (found) return found;
	}
	return undefined;
}

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
