/**
 * The site's text modules and their sources: what claims.json publishes and the audit reads.
 * Build time only (it holds every sentence and every source of both languages).
 */
import { en, siteSourcesEn } from '$lib/i18n/en';
import { zh, siteSourcesZh } from '$lib/i18n/zh';
import { storyEn, storyZh, storySourcesEn, storySourcesZh } from '$lib/i18n/story';
import { waterfallEn, waterfallZh, waterfallSourcesEn, waterfallSourcesZh } from '$lib/i18n/waterfall';
import { sunburstEn, sunburstZh, sunburstSourcesEn, sunburstSourcesZh } from '$lib/i18n/sunburst';
import { embedEn, embedZh, embedSourcesEn, embedSourcesZh } from '$lib/i18n/embed';
import { shareEn, shareZh, shareSourcesEn, shareSourcesZh } from '$lib/i18n/share';
import type { TextModule } from './claims';

/** Every text module; `required` names the texts that make a claim of their own. */
export const TEXT_MODULES: TextModule[] = [
	{
		prefix: '',
		text: { en, zh },
		sources: { en: siteSourcesEn, zh: siteSourcesZh },
		required: ['meta.title', 'meta.description', 'headline.title', 'headline.lede', 'headline.whatIs']
	},
	{
		prefix: 'story',
		text: { en: storyEn, zh: storyZh },
		sources: { en: storySourcesEn, zh: storySourcesZh },
		required: ['steps.*.text', 'sections.*.intro']
	},
	{
		prefix: 'waterfall',
		text: { en: waterfallEn, zh: waterfallZh },
		sources: { en: waterfallSourcesEn, zh: waterfallSourcesZh },
		required: [
			'title',
			'caption',
			'split.title',
			'split.note',
			'threePublic.title',
			'threePublic.caption',
			'threePublic.reason'
		]
	},
	{
		prefix: 'sunburst',
		text: { en: sunburstEn, zh: sunburstZh },
		sources: { en: sunburstSourcesEn, zh: sunburstSourcesZh },
		required: ['title', 'caption']
	},
	{
		prefix: 'embed',
		text: { en: embedEn, zh: embedZh },
		sources: { en: embedSourcesEn, zh: embedSourcesZh },
		required: ['charts.*.frame', 'charts.*.title', 'charts.*.title.*']
	},
	{
		prefix: 'share',
		text: { en: shareEn, zh: shareZh },
		sources: { en: shareSourcesEn, zh: shareSourcesZh },
		required: [
			'cards.*.title',
			'cards.*.label',
			'cards.*.figure',
			'cards.*.first',
			'cards.*.firstDown',
			'cards.*.firstUp',
			'cards.*.second'
		]
	}
];
