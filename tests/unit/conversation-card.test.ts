import jsQR from 'jsqr';
import { describe, expect, test } from 'vitest';
import { absoluteAddress, agreedSoFar, cardBounds, cardDilemmas, shortAddress } from '../../src/lib/conversation-card.ts';
import { qrCodeShape } from '../../src/lib/qr-code.ts';
import type { Status } from '../../src/schemas/interpretation.ts';

let count = 0;
const interpretation = (status: Status, team: string, dilemmas: string[], fictitious = false) => ({ id: `i${++count}`, data: { status, team, dilemmas, fictitious } });

describe('what a conversation card shows of the interpretations of its rule', () => {
	test('real dilemmas come first, invented examples after them, and no more than fit on the card', () => {
		const ordered = [
			interpretation('vastgesteld', 'Team Voorbeeld', ['Verzonnen 1', 'Verzonnen 2'], true),
			interpretation('voorstel', 'Team Noord', ['Echt 1']),
			interpretation('vervallen', 'Team Zuid', ['Vervallen']),
			interpretation('in-gesprek', 'Team West', ['Echt 2']),
		];
		const { shown, total } = cardDilemmas(ordered);
		expect(shown.map(({ dilemma }) => dilemma)).toEqual(['Echt 1', 'Echt 2', 'Verzonnen 1']);
		expect(shown).toHaveLength(cardBounds.dilemmas);
		expect(total).toBe(4);
	});

	test('teams are counted once for what they adopted; examples and open proposals never count as adopted', () => {
		const agreed = agreedSoFar([
			interpretation('vastgesteld', 'Team Noord', []),
			interpretation('vastgesteld', 'Team Noord', []),
			interpretation('vastgesteld', 'MT Zuid', []),
			interpretation('vastgesteld', 'Team Voorbeeld', [], true),
			interpretation('voorstel', 'Team West', []),
			interpretation('vervallen', 'Team Oost', []),
		]);
		expect(agreed).toEqual({ adoptedTeams: 2, open: 1, examples: 1 });
	});
});

describe('the address a printed card opens', () => {
	test('a path of the site on its public address, with the site’s own base path kept', () => {
		expect(absoluteAddress('https://handboek.example.nl', '/voorstellen/?regel=niet-pesten')).toBe('https://handboek.example.nl/voorstellen/?regel=niet-pesten');
		expect(absoluteAddress('https://wpi.github.io/de-sociale-norm/', '/de-sociale-norm/kaarten/niet-pesten/')).toBe('https://wpi.github.io/de-sociale-norm/kaarten/niet-pesten/');
	});

	test('none while the public address is unset', () => {
		expect(absoluteAddress(undefined, '/voorstellen/?regel=niet-pesten')).toBeUndefined();
	});

	test('typed from paper without https:// and the closing slash', () => {
		expect(shortAddress('https://handboek.example.nl/kaarten/niet-pesten/')).toBe('handboek.example.nl/kaarten/niet-pesten');
	});
});

test('the QR code drawn from the library’s modules decodes to the address it was made for', () => {
	const address = 'https://handboek.example.nl/werkversie/voorstellen/?afspraak=samen-op-kantoor';
	const { size, path } = qrCodeShape(address);
	// Paint the path's rectangles onto a white image, 4 pixels a module, with a quiet zone of 4 modules.
	const scale = 4;
	const width = (size + 8) * scale;
	const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
	for (const [, x, y, run] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
		for (let dy = 0; dy < scale; dy++) {
			for (let dx = 0; dx < Number(run) * scale; dx++) {
				const offset = (((Number(y) + 4) * scale + dy) * width + (Number(x) + 4) * scale + dx) * 4;
				pixels.fill(0, offset, offset + 3);
			}
		}
	}
	expect(jsQR(pixels, width, width)?.data).toBe(address);
});
