import { describe, expect, it } from 'vitest';
import { heightFromMessage, heightMessages, isPymWidthMessage, MAX_HEIGHT, validId } from '$lib/iframe/messages';

const ids = { id: 'sunburst', childId: 'graphic-1' };

describe('heightMessages(height, ids)', () => {
	it('formats AMP, pym.js and Datawrapper, in that order', () => {
		expect(heightMessages(640, ids)).toEqual([
			{ sentinel: 'amp', type: 'embed-size', height: 640 },
			'pymxPYMxgraphic-1xPYMxheightxPYMx640',
			{ 'datawrapper-height': { sunburst: 640 } }
		]);
	});

	it('each format reads back as the same height', () => {
		for (const m of heightMessages(1234, ids)) expect(heightFromMessage(m)).toBe(1234);
	});
});

describe('heightFromMessage(data)', () => {
	it.each([
		['pym with a fraction', 'pymxPYMxaxPYMxheightxPYMx10.5', 11],
		['AMP', { sentinel: 'amp', type: 'embed-size', height: 300 }, 300],
		['Datawrapper', { 'datawrapper-height': { x: 300 } }, 300]
	])('%s → %j', (_, data, want) => {
		expect(heightFromMessage(data)).toBe(want);
	});

	it.each([
		['pym width', 'pymxPYMxaxPYMxwidthxPYMx600'],
		['pym with a negative', 'pymxPYMxaxPYMxheightxPYMx-5'],
		['pym with junk', 'pymxPYMxaxPYMxheightxPYMx5px'],
		['pym with an extra part', 'pymxPYMxaxPYMxheightxPYMx5xPYMx6'],
		['AMP height as a string', { sentinel: 'amp', type: 'embed-size', height: '300' }],
		['AMP of another type', { sentinel: 'amp', type: 'embed-ready', height: 300 }],
		['zero', { sentinel: 'amp', type: 'embed-size', height: 0 }],
		['infinite', { sentinel: 'amp', type: 'embed-size', height: Infinity }],
		['NaN', { 'datawrapper-height': { x: NaN } }],
		['too tall', { 'datawrapper-height': { x: MAX_HEIGHT + 1 } }],
		['two Datawrapper ids', { 'datawrapper-height': { x: 1, y: 2 } }],
		['null', null],
		['a number', 300],
		['an array', [300]]
	])('ignores %s', (_, data) => {
		expect(heightFromMessage(data)).toBeNull();
	});
});

describe('isPymWidthMessage(data)', () => {
	it('tells pym.js width messages from the rest', () => {
		expect(isPymWidthMessage('pymxPYMxgraphicxPYMxwidthxPYMx600')).toBe(true);
		expect(isPymWidthMessage('pymxPYMxgraphicxPYMxheightxPYMx600')).toBe(false);
		expect(isPymWidthMessage({ width: 600 })).toBe(false);
	});
});

describe('validId(id)', () => {
	it.each([
		['graphic-1', true],
		['a.b_c:d', true],
		['', false],
		[null, false],
		['<script>', false],
		['axPYMxb', false],
		['x'.repeat(81), false]
	])('%j → %j', (id, want) => {
		expect(validId(id)).toBe(want);
	});
});
