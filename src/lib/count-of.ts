/** "1 regel", "3 regels": a number with the Dutch word in the right form. */
export function countOf(count: number, one: string, many: string): string {
	return `${count} ${count === 1 ? one : many}`;
}
