/**
 * What a chart drawn as an embed page needs from the page around it: where its story is, what
 * sharing shares, and its one-line source. Pure: types only.
 */

/** The story's links of an embed and the link its share button shares. */
export interface EmbedLinks {
	/** The whole story (a new tab). */
	story: string;
	/** The story step the chart stands for: the source line links there. */
	step: string;
	/** "(opens in a new tab)", for screen readers. */
	newTab: string;
	/** What the share button shares: the story step, titled as the embed. */
	share: { title: string; url: string };
}

/** The compact frame of an embed: its description under the headline, its source line and its links. */
export interface EmbedFrame extends EmbedLinks {
	/** A one-line description under the headline (placeholders and terms, like the headline). */
	description: string;
	/** "Source: " and the report's name, linked to the story step. */
	source: string;
	report: string;
}
