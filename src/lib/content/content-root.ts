import { resolve } from 'node:path';

/**
 * The folder that holds the handbook's content: the working version's collections, the settings
 * (organisation.yaml) and the published versions (versions/). Tests point HANDBOOK_CONTENT at a
 * fixture; everyone else uses ./content.
 */
export const contentRoot = resolve(process.env.HANDBOOK_CONTENT ?? 'content');
