import { storyLoad } from '$lib/story/load.server';

export const load = () => storyLoad('en');
