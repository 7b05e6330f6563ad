/** The English share images, 1200×630 PNG, rendered at build time (see src/lib/share). */
import { shareEntries, shareImageResponse } from '$lib/share/endpoint.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';
export const entries: EntryGenerator = shareEntries;
export const GET: RequestHandler = ({ params }) => shareImageResponse(params.name, 'en');
