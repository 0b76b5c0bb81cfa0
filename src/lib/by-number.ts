/** Themes, rules and agreements carry the number their source gives them; lists follow it. */
export const byNumber = (a: { data: { number: number } }, b: { data: { number: number } }) => a.data.number - b.data.number;
