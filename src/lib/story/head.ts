/** What the story page's head tags (StoryHead) are drawn from. */
export interface StoryHeadProps {
	title: string;
	description: string;
	/** The site's origin, for absolute URLs. */
	origin: string;
	/** This page's path. */
	here: string;
	/** The two story pages' paths. */
	zhPath: string;
	enPath: string;
}
