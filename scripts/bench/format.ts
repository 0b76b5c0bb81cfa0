/**
 * Numbers as a Dutch reader writes them: 5.000 and 1,2. Sizes of files and pages in decimal
 * units (1 KB = 1.000 bytes, as browsers' tools show them); memory in binary units (MiB, GiB).
 */
export function formatNumber(value: number, decimals = 0): string {
	return new Intl.NumberFormat('nl-NL', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

export function formatBytes(bytes: number): string {
	if (bytes >= 1e9) return `${formatNumber(bytes / 1e9, 2)} GB`;
	if (bytes >= 1e6) return `${formatNumber(bytes / 1e6, 1)} MB`;
	return `${formatNumber(bytes / 1e3, 1)} KB`;
}

export function formatMemory(bytes: number): string {
	return bytes >= 1024 ** 3 ? `${formatNumber(bytes / 1024 ** 3, 2)} GiB` : `${formatNumber(bytes / 1024 ** 2, 0)} MiB`;
}

/** Kilobytes without the unit, for table cells whose heading names it. */
export const kilobytes = (bytes: number | null | undefined) => (bytes == null ? '—' : formatNumber(bytes / 1e3, 1));
