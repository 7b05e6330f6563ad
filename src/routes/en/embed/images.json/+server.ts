/** Each chart's still image in English: its share card, alt text and story step (see src/lib/embed/images.server.ts). */
import { chartImagesResponse } from '$lib/embed/images.server';
import type { RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';
export const GET: RequestHandler = () => chartImagesResponse('en');
