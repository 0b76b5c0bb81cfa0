<<<<<<< HEAD
/** Orders version numbers as numbers, part by part: 0.9 before 0.10, 0.10 before 1.0. */
export function compareVersionNumbers(a: string, b: string): number {
	const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
	const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
	return aMajor - bMajor || aMinor - bMinor;
=======
/** "0.9" before "0.10" before "1.0": numbers compare part by part, as numbers, never as text. */
export function compareVersionNumbers(a: string, b: string): number {
	const [majorA = 0, minorA = 0] = a.split('.').map(Number);
	const [majorB = 0, minorB = 0] = b.split('.').map(Number);
	return majorA - majorB || minorA - minorB;
>>>>>>> versions-libs
}
