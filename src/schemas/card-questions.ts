import { z } from 'zod';
import { describeValue } from '../lib/content/error-map.ts';

/** A conversation card is talked over in one session and printed on half an A4 sheet: a few questions, each short. */
export const maxCardQuestions = 4;
export const maxCardQuestionLength = 200;

/**
 * The open questions on the conversation card of a rule or work agreement (`questions` in its
 * frontmatter): invitations to talk about what it means in a team's own work, written fresh by
 * the handbook. Absent means the card shows none.
 */
export const cardQuestions = z
	.array(
		z
			.string()
			.trim()
			.min(1)
			.max(maxCardQuestionLength, { error: `is te lang: een vraag op een gesprekskaart is hoogstens ${maxCardQuestionLength} tekens` })
			.refine((question) => question.endsWith('?'), {
				error: (issue) => `verwacht een open vraag die eindigt op een vraagteken, gevonden: ${describeValue(issue.input)}`,
			}),
	)
	.max(maxCardQuestions, { error: `verwacht hoogstens ${maxCardQuestions} vragen: een gesprekskaart moet op een half A4-vel passen` })
	.default([]);
