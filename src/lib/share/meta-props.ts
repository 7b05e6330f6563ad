/** The props of ShareMeta.svelte (shared by its client and server files). */
import type { Locale } from '$lib/format';

export interface ShareMetaProps {
	/** og:title and twitter:title. */
	title: string;
	/** og:description and twitter:description; better without figures (they date, and are not checked here). */
	description: string;
	/** The page's canonical URL, absolute (origin + path). */
	url: string;
	/** The site origin (`data.origin`, from SITE_URL), to make `image` absolute. */
	origin: string;
	/** Path of the share image, base path included: `shareImagePath(image, locale)`. An absolute URL is used as is. */
	image: string;
	/** Alt text of the image (`shareMeta(...).alt` gives the card's own text). */
	imageAlt: string;
	/** Language of the page: sets og:locale, the other language becomes og:locale:alternate. */
	locale: Locale;
	/** og:type; @default 'article' */
	type?: 'article' | 'website';
	/** og:site_name, if any. */
	siteName?: string;
}
