import { describe, expect, it } from 'vitest';
import { barLayout } from '$lib/charts/bars/layout';

describe('barLayout', () => {
	it('spans each bar by its value on the largest (or a fixed) scale, and gives each row its share', () => {
		const g = barLayout([
			{ id: 'a', value: 3 },
			{ id: 'b', value: 1 }
		]);
		expect(g.map((r) => [r.id, r.width, r.share, r.track])).toEqual([
			['a', 1, 0.75, 1],
			['b', 1 / 3, 0.25, 1]
		]);
		expect(barLayout([{ id: 'a', value: 30 }], { max: 100 })[0]!.width).toBe(0.3);
	});
	it("ends a row's track at its own maximum on the list's scale: 4 of 5 and 19 of 20 on a scale of 20", () => {
		const [a, b] = barLayout(
			[
				{ id: 'a', value: 4, of: 5 },
				{ id: 'b', value: 19, of: 20 }
			],
			{ max: 20 }
		);
		expect(a).toMatchObject({ width: 0.2, track: 0.25 });
		expect(b).toMatchObject({ width: 0.95, track: 1 });
	});
	it('refuses a negative value, and an own maximum below the value', () => {
		expect(() => barLayout([{ id: 'a', value: -1 }])).toThrow(/negative/);
		expect(() => barLayout([{ id: 'a', value: 6, of: 5 }])).toThrow(/own maximum/);
	});
});
