/**
 * HTML that many pages of one build share, by a key that says everything it depends on: such as
 * the sidebar, which differs between pages only in which entry is the current one.
 */
export const renderedOnce = new Map<string, string>();
