import QRCode from 'qrcode';

/** A QR code as SVG data: its width in modules and one path of its dark modules, drawn at build time. */
export interface QrCodeShape {
	size: number;
	path: string;
}

/**
 * Encodes `text` as a QR code (the `qrcode` library does the encoding and error correction) and
 * draws its dark modules as one SVG path, a run of modules in a row as one rectangle. Level M
 * recovers 15% of the modules: enough for a crease or a pen mark on a printed card.
 */
export function qrCodeShape(text: string): QrCodeShape {
	const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
	const { size } = modules;
	let path = '';
	for (let row = 0; row < size; row++) {
		for (let column = 0; column < size; column++) {
			if (!modules.get(row, column)) continue;
			let run = 1;
			while (column + run < size && modules.get(row, column + run)) run++;
			path += `M${column} ${row}h${run}v1h-${run}z`;
			column += run - 1;
		}
	}
	return { size, path };
}
