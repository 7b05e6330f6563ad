import { siteOrigin } from '$lib/site/config';

export function load() {
	return { origin: siteOrigin() };
}
