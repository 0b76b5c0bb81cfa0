import { resolve } from 'node:path';

/**
 * The folder that holds the handbook's content. Tests point HANDBOOK_CONTENT at a fixture to
 * prove that bad content stops the build; everyone else uses ./content.
 */
export const contentRoot = resolve(process.env.HANDBOOK_CONTENT ?? 'content');
