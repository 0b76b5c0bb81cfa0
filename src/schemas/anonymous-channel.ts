import { z } from 'zod';
import { emailAddress, text, webAddress } from './common.ts';

/**
 * Where an employee who does not feel safe in the group can send input without a name, such as a
 * trainer's mailbox. Only the organisation can name it; the handbook never guesses one.
 */
export const anonymousChannelSchema = z.strictObject({
	/** Read mid-sentence: "de trainer van je team". */
	label: text,
	email: emailAddress.optional(),
	/** A form of the organisation's own that takes the text. */
	url: webAddress().optional(),
});
export type AnonymousChannel = z.infer<typeof anonymousChannelSchema>;
