import type { Status } from '../schemas/interpretation.ts';
import { standingOf, statusDescriptions } from './statuses.ts';

/**
 * How much of its interpretations a rule or agreement page carries. Every team and MT may add
 * wording, so a page that showed all of it would grow with the handbook; these bounds keep each
 * page the same size whether a rule has 6 interpretations or 6,000. The rest is one step away, in
 * the list of all interpretations of that rule or agreement, and in the search.
 */
export const pageBounds = {
	/** Interpretations shown in full on the rule or agreement page: the first that still apply, in reading order. */
	shown: 5,
	/** Open dilemmas collected on the rule or agreement page from those interpretations. */
	dilemmas: 5,
	/** Rows on one page of the list of all interpretations of a rule or agreement. */
	perListPage: 50,
	/** Interpretations listed per group (adopted, proposed, …) on the page of what changed in a version. */
	changes: 20,
};

interface Listed {
	id: string;
	data: { status: Status; team: string; dilemmas: string[] };
}

/** What a rule or agreement page shows of its interpretations, and how many it leaves to the list. */
export interface FirstShown<T> {
	/** In reading order: the first that still apply (adopted or open), at most pageBounds.shown. */
	shown: T[];
	total: number;
	/** Lapsed interpretations are never shown on the page, only counted. */
	lapsed: number;
	/** How many the page does not show: the reader finds them in the list. */
	notShown: number;
}

/** The interpretations a rule or agreement page shows, from all of them in reading order. */
export function firstShown<T extends Listed>(ordered: T[], limit = pageBounds.shown): FirstShown<T> {
	const shown: T[] = [];
	let lapsed = 0;
	for (const interpretation of ordered) {
		if (standingOf(interpretation.data.status) === 'lapsed') lapsed++;
		else if (shown.length < limit) shown.push(interpretation);
	}
	return { shown, total: ordered.length, lapsed, notShown: ordered.length - shown.length };
}

/** An open dilemma and the interpretation it comes from. */
export interface Dilemma<T> {
	dilemma: string;
	from: T;
}

/**
 * The open dilemmas a rule or agreement page collects: those of interpretations that still apply,
 * in reading order, at most `limit`; with how many there are in all.
 */
export function firstDilemmas<T extends Listed>(ordered: T[], limit = pageBounds.dilemmas): { shown: Dilemma<T>[]; total: number } {
	const shown: Dilemma<T>[] = [];
	let total = 0;
	for (const interpretation of ordered) {
		if (standingOf(interpretation.data.status) === 'lapsed') continue;
		for (const dilemma of interpretation.data.dilemmas) {
			total++;
			if (shown.length < limit) shown.push({ dilemma, from: interpretation });
		}
	}
	return { shown, total };
}

/** One page of the list of all interpretations of a rule or agreement. */
export interface ListPage<T> {
	/** 1 for the first page. */
	number: number;
	/** How many pages the list has. */
	pages: number;
	items: T[];
	/** The place in the whole list of the first and last item on this page, counted from 1. */
	first: number;
	last: number;
	/** How many interpretations the whole list has. */
	total: number;
}

/** Splits a list in reading order into pages; no pages for an empty list. */
export function listPages<T>(ordered: T[], perPage = pageBounds.perListPage): ListPage<T>[] {
	const pages = Math.ceil(ordered.length / perPage);
	return Array.from({ length: pages }, (_, index) => {
		const items = ordered.slice(index * perPage, (index + 1) * perPage);
		return { number: index + 1, pages, items, first: index * perPage + 1, last: index * perPage + items.length, total: ordered.length };
	});
}

/**
 * The page numbers the navigation of a list offers: all of them for a short list; for a long one
 * the first, the last and the pages around the current one, with a gap (null) between. Never more
 * than seven, however long the list.
 */
export function pageNumbers(current: number, pages: number): (number | null)[] {
	if (pages <= 7) return Array.from({ length: pages }, (_, index) => index + 1);
	const from = Math.max(2, Math.min(current - 1, pages - 4));
	const to = Math.min(pages - 1, Math.max(current + 1, 5));
	const middle = Array.from({ length: to - from + 1 }, (_, index) => from + index);
	// A gap stands for two pages or more; for one page, that page's number is as short.
	const before = from === 2 ? [] : from === 3 ? [2] : [null];
	const after = to === pages - 1 ? [] : to === pages - 2 ? [pages - 1] : [null];
	return [1, ...before, ...middle, ...after, pages];
}

/** Where each status stands in a list in reading order: how many, and on which pages. */
export interface StatusPlace {
	status: Status;
	count: number;
	firstPage: number;
	lastPage: number;
}

/** For the top of every page of a list: each status present, with its count and pages, in reading order. */
export function statusPlaces(ordered: { data: { status: Status } }[], perPage = pageBounds.perListPage): StatusPlace[] {
	const places: StatusPlace[] = [];
	ordered.forEach(({ data }, index) => {
		const page = Math.floor(index / perPage) + 1;
		const place = places.at(-1);
		if (place?.status === data.status) {
			place.count++;
			place.lastPage = page;
		} else places.push({ status: data.status, count: 1, firstPage: page, lastPage: page });
	});
	return places;
}

/**
 * The items of one page of a list in reading order, grouped by status under the status's label;
 * the first group says "(vervolg)" when it began on the page before (`statusBefore`).
 */
export function statusGroups<T extends { data: { status: Status } }>(items: T[], statusBefore?: Status): { status: Status; items: T[]; heading: string }[] {
	return [...Map.groupBy(items, (item) => item.data.status)].map(([status, grouped], index) => ({
		status,
		items: grouped,
		heading: `${statusDescriptions[status].label}${index === 0 && status === statusBefore ? ' (vervolg)' : ''}`,
	}));
}
