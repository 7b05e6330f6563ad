import { embedLoad } from '$lib/embed/load.server';

export const load = () => embedLoad('en', 'three-public');
