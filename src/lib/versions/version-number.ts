/** Orders version numbers as numbers, part by part: 0.9 before 0.10, 0.10 before 1.0. */
export function compareVersionNumbers(a: string, b: string): number {
	const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
	const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
	return aMajor - bMajor || aMinor - bMinor;
}
