/**
 * The story's glossary entries per language (/glossary/zh.json, /glossary/en.json): the popover
 * fetches them when a reader first reaches for a term, so they stay off the page's first load.
 */
import { error } from '@sveltejs/kit';
import { storyGlossary } from '$lib/story/load.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

const LOCALES = { 'zh.json': 'zh', 'en.json': 'en' } as const;

export const entries: EntryGenerator = () => Object.keys(LOCALES).map((file) => ({ file }));

export const GET: RequestHandler = ({ params }) => {
	const locale = LOCALES[params.file as keyof typeof LOCALES];
	if (!locale) error(404, 'Not found');
	return new Response(JSON.stringify(storyGlossary(locale)), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
};
