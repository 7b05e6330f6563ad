/**
 * Entry of /embed.js (see host.ts): starts the host once per page, for the origin it was loaded from.
 */
import { scriptOrigin, startHost } from './host';

const w = window as Window & { pzhEmbedHost?: true };
const origin = scriptOrigin(document);
// Pasted once per chart, the script may run several times on one page: one listener is enough.
if (origin && !w.pzhEmbedHost) {
	w.pzhEmbedHost = true;
	startHost(window, origin);
}
