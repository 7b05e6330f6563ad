/**
 * What the story's stage shows at a step (StepChart draws it): a waterfall at a scope with its
 * first `shown` bars, the informatization split, the three public expenses, the sunburst at a
 * focus, or a set of bars. Pure types.
 */
import type { ScopeId } from '$lib/site/charts';
import type { BarRow } from '$lib/charts/bars/layout';

export type ChartState =
	| { kind: 'waterfall'; scope: ScopeId; shown: number }
	| { kind: 'info-split' }
	| { kind: 'three-public' }
	| { kind: 'sunburst'; focus: string | null; highlight: string | null }
	| { kind: 'bars'; rows: BarRow[]; max?: number; label: string; compact?: boolean };
