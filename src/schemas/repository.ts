import { z } from 'zod';
import { describeValue } from '../lib/content/error-map.ts';
import { text, webAddress } from './common.ts';

/** The git hosts whose edit and new-file pages the handbook knows how to address. */
export const gitHosts = ['github', 'gitlab', 'gitea'] as const;
export type GitHost = (typeof gitHosts)[number];

/**
 * Where the handbook's source is kept. When set, every rule, agreement and interpretation page
 * links to its source file there, and the proposal form opens a new file on that host.
 */
export const repositorySchema = z.strictObject({
	host: z.enum(gitHosts, {
		error: (issue) => {
			const expected = `verwacht een van: ${gitHosts.join(', ')} (de software waarop de repository staat)`;
			return issue.input === undefined ? `ontbreekt; ${expected}` : `${expected}, gevonden: ${describeValue(issue.input)}`;
		},
	}),
	/** The repository's web address, e.g. https://github.com/<owner>/<name>. */
	url: webAddress().transform((url) => url.replace(/\/+$/, '')),
	branch: text.default('main'),
});
export type Repository = z.infer<typeof repositorySchema>;
