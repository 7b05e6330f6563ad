/**
 * The narrative of the story: section titles and, for each step of the scrollytelling, a short
 * text and the `alt` that tells a screen reader what the chart shows in that state.
 * English is the contract; Chinese must have the same keys (Widen). Neither is a translation of
 * the other.
 *
 * Rules (tests/lib/story/text.test.ts):
 * - No digit outside placeholders but the years 2018, 2019, 2020. Every figure is `{figure.id}`,
 *   `{figure.id|signed}` or `{figure.id|abs}` (see src/lib/i18n and src/lib/data/figures.ts).
 * - `[[term-id|words]]` marks the first use of an official term in a step's text; ids are those
 *   of src/lib/i18n/glossary.ts. Titles, labels and `alt`s carry no marks.
 */
import type { Widen } from './types';
import type { Sources } from './types';

export const storyEn = {
	/** Marks an amount of a stage chart the report does not print (we computed it). */
	derived: 'derived',
	toc: {
		label: 'Contents',
		progress: 'Reading progress'
	},
	sections: {
		rise: {
			title: 'Why the total rose',
			intro:
				'In 2019 the office’s total income and spending (收、支总计) rose by {totals.all.growth}. The report names one main reason, and by its own figures the rest of the total, taken together, fell.'
		},
		income: {
			title: 'Where the money came from'
		},
		spending: {
			title: 'What kind of spending it was'
		},
		function: {
			title: 'Where it went, line by line'
		},
		threePublic: {
			title: 'The “three public” expenses'
		},
		running: {
			title: 'Operating costs, procurement and what the office owns'
		},
		performance: {
			title: 'Did the money do what was promised?'
		},
		checks: {
			title: 'The report’s arithmetic, check by check',
			intro:
				'Many figures in the report can be rebuilt from others it prints: a total from its parts, a share from two amounts, a growth rate from a change and a total. We ran {checks.total} such checks. Because the report rounds every amount, a recomputed figure is a range rather than a point; a printed figure inside that range matches within rounding.',
			discrepancyLead: '{checks.discrepancy} do not add up, even allowing for rounding:',
			roundingLead: '{checks.rounding} match only within rounding:',
			exactLead: '{checks.exact} match exactly:',
			kinds: {
				sum: 'Parts add up to the total',
				share: 'Share',
				growth: 'Growth rate',
				'prior-year': '2018 figure',
				'like-for-like': 'Like-for-like rate',
				restatement: 'Same figure, stated twice',
				completion: 'Budget completion',
				execution: 'Project execution rate',
				bound: 'Upper or lower limit',
				tally: 'Count of the items listed'
			},
			printed: 'As printed',
			computed: 'Recomputed',
			difference: 'Difference',
			range: 'Range allowed by rounding or approximation (约, 余)',
			completionFormula: 'Σ spent ÷ Σ (spent ÷ completion rate), as a percentage',
			json: 'All checks as JSON'
		},
		sources: {
			title: 'Sources and method',
			text: 'Every figure on this page comes from one document: the 2019 final accounts (2019年度部门决算) of the General Office of the CPC Panzhihua Municipal Committee (中共攀枝花市委办公室). The 2018 totals appear only in the data printed under the report’s charts.',
			method:
				'We transcribed each figure together with the passage it comes from, and recomputed every figure that can be derived from others. Figures we worked out ourselves are marked as derived and come with their formula. The English pages convert 万元 into yuan and round amounts in the text; the tables and downloads keep every digit the report prints.',
			downloads: 'Downloads',
			csv: 'The figures, as CSV tables',
			datapackage: 'Description of the data package (datapackage.json)',
			checksJson: 'Every reconciliation check (checks.json)',
			reportText: 'The report’s full text, in Chinese'
		}
	},
	steps: {
		'rise-2018': {
			text: 'Start with 2018. That year the office’s total income and spending (收、支总计) came to {totals.all.2018}. It is the report’s widest total, and both sides of the accounts reach it: the year’s income plus [[carry-over-opening|money carried over from earlier years]], or the year’s spending plus what is carried into the next year.',
			alt: 'A single bar: the office’s total income and spending in 2018, {totals.all.2018}.'
		},
		'rise-informatization': {
			text: 'In 2019, under arrangements made by the province and the city (按照省、市工作安排), the office took on a task of [[informatization|informatization (信息化建设)]], building information systems. The report puts the money involved at {totals.all.informatization}, more than the whole rise in total income and spending that year.',
			alt: 'A second bar climbs from the top of the 2018 total by {totals.all.informatization}, the money for the informatization task.'
		},
		'rise-other': {
			text: 'Taken together, everything else went the other way. The total rose by {totals.all.change}, less than the [[informatization|informatization]] money alone, so the rest of the total changed by the gap between the two: a net fall, which the report does not break down.',
			alt: 'A third bar steps down from the top of the informatization bar: all other change taken together, {totals.all.change} minus {totals.all.informatization}, a net fall.'
		},
		'rise-2019': {
			text: 'The result: {totals.all.2019} in 2019, up {totals.all.change} or {totals.all.growth}. Leave out the [[informatization|informatization]] task and compare [[like-for-like|like for like (同口径)]]: the report says the total then fell by {totals.all.lfl-growth|abs}, and recomputed from its own figures, that holds.',
			alt: 'The whole waterfall: {totals.all.2018} in 2018, plus {totals.all.informatization} for informatization, less all other change, ends at {totals.all.2019} in 2019, a change of {totals.all.growth|signed}, or {totals.all.lfl-growth|signed} like for like.'
		},
		'rise-fiscal': {
			text: 'Count only [[fiscal-appropriation|fiscal appropriations (财政拨款)]], money passed on by the city’s finance bureau, and the story is the same: their total income and spending (财政拨款收、支总计) went from {totals.fiscal.2018} in 2018 to {totals.fiscal.2019} in 2019, up {totals.fiscal.growth}. Of the [[informatization|informatization]] money, {totals.fiscal.informatization} came from fiscal appropriations; without it, that total fell by {totals.fiscal.lfl-growth|abs} [[like-for-like|like for like]].',
			alt: 'The waterfall for total fiscal-appropriation income and spending: {totals.fiscal.2018} in 2018, plus {totals.fiscal.informatization} for informatization, less all other change, ends at {totals.fiscal.2019} in 2019, a change of {totals.fiscal.growth|signed}, or {totals.fiscal.lfl-growth|signed} like for like.'
		},
		'rise-gpb': {
			text: 'Narrower still, and counting spending only, is general public budget appropriation spending (一般公共预算财政拨款支出), money from the [[general-public-budget|general public budget]]: up {totals.gpb.growth} to {totals.gpb.2019}, including {totals.gpb.informatization} for [[informatization|informatization]]. [[like-for-like|Like for like]], this spending fell by {totals.gpb.lfl-growth|abs}.',
			alt: 'The waterfall for general public budget spending: {totals.gpb.2018} in 2018, plus {totals.gpb.informatization} for informatization, less all other change, ends at {totals.gpb.2019} in 2019, a change of {totals.gpb.growth|signed}, or {totals.gpb.lfl-growth|signed} like for like.'
		},
		'rise-split': {
			text: 'Because each scope sits inside the next, the three together show where the [[informatization|informatization]] money came from: {totals.gpb.informatization} from the [[general-public-budget|general public budget]], {info.fund} from the [[government-fund-budget|government fund budget (政府性基金预算)]] and {info.other} from other funds. The report does not print this split; the last two amounts are our subtraction of one scope from the next.',
			alt: 'The informatization money, {totals.all.informatization}, divided by source: general public budget {totals.gpb.informatization}, government funds {info.fund} (derived) and other funds {info.other} (derived).'
		},
		income: {
			chart: 'Income by source, and the carry-over from 2018',
			text: 'The great majority of the {income.total} the office received in 2019 (本年收入合计) came as appropriations from the city’s budgets: {income.gpb} ({income.gpb.share}) from the [[general-public-budget|general public budget]] and {income.fund} ({income.fund.share}) from [[government-fund-budget|government funds]]. [[other-income|Other income (其他收入)]] added {income.other} ({income.other.share}), and {annex.income.carryover} [[carry-over-opening|carried over from 2018]], a figure the report’s text gives only in its annex, brings the income side to the total income and spending (收、支总计) of {totals.all.2019}.',
			alt: 'Bars of income by source: general public budget {income.gpb} ({income.gpb.share}), government funds {income.fund} ({income.fund.share}), other income {income.other} ({income.other.share}), and {annex.income.carryover} carried over from 2018.'
		},
		'spending-type': {
			chart: 'Basic and project spending',
			text: 'Of the {spending.total} spent in 2019, {spending.basic} ({spending.basic.share}) was [[basic-expenditure|basic spending (基本支出)]], which keeps the office running, and {spending.project} ({spending.project.share}) was [[project-expenditure|project spending (项目支出)]] on particular tasks, from hired security staff to the city’s Party annals. Added up, the two parts come to slightly less than the printed total, by the smallest amount the report can show; its own annex prints the smaller sum.',
			alt: 'Two bars: basic spending {spending.basic} ({spending.basic.share}) and project spending {spending.project} ({spending.project.share}).'
		},
		'spending-basic': {
			chart: 'Basic spending from the general public budget',
			text: '[[basic-expenditure|Basic spending]] from the [[general-public-budget|general public budget]] came to {basic.gpb.total}. Personnel costs (人员经费) took {basic.gpb.personnel}, chiefly salaries, allowances and bonuses, social-insurance contributions, retirees’ pay and housing-fund contributions. Day-to-day running costs (日常公用经费), from office costs and utilities to travel and the running of official cars, took {basic.gpb.public}.',
			alt: 'Two bars splitting basic spending from the general public budget, {basic.gpb.total}: personnel costs {basic.gpb.personnel} and day-to-day running costs {basic.gpb.public}.'
		},
		'function-whole': {
			text: 'Here is the whole of total income and spending (收、支总计), {totals.all.2019}, as a disc, seen from the spending side. The report’s text itemises by function only the {totals.gpb.2019} spent from the [[general-public-budget|general public budget]]; the rest stays grey: {fund.spending} of [[government-fund-budget|government-fund]] spending, {spending.other-funds} from other funds and {balance.closing} [[carry-over-closing|carried into 2020]], the last two worked out by us from the report’s totals.',
			alt: 'A sunburst of total income and spending, {totals.all.2019}, from the spending side: general public budget spending of {totals.gpb.2019}, broken down further, beside government-fund spending of {fund.spending}, other-funds spending of {spending.other-funds} (derived) and {balance.closing} carried into 2020 (derived), which are not.'
		},
		'function-classes': {
			text: 'General public budget spending is sorted into [[classification|classes (类)]] by function: general public services took {functional.gps.share}, science and technology {functional.sci.share}, social security and employment {functional.social.share}, housing security {functional.housing.share} and health {functional.health.share}. That last share does not match the arithmetic: {functional.health} out of {totals.gpb.2019} should round up, not down. Rounded correctly, the five shares would add up to a little more than the whole; the report does not say why this one was rounded down, but as printed they add up exactly.',
			alt: 'The ring of classes: general public services {functional.gps} ({functional.gps.share}), science and technology {functional.sci} ({functional.sci.share}), social security and employment {functional.social} ({functional.social.share}), housing security {functional.housing} ({functional.housing.share}) and health {functional.health} ({functional.health.share} as printed).'
		},
		'function-largest': {
			text: 'The largest single line, at {functional.gps.party.operation}, is [[item.party-offices.admin-operation|administrative operation (行政运行)]] under Party committee offices and related bodies: by the report’s definition, the [[basic-expenditure|basic spending]] of administrative units, public service units managed as civil-service bodies included. Second, under the same heading, comes [[item.party-offices.general-admin-affairs|general administrative affairs (一般行政管理事务)]], {functional.gps.party.general}, where such units book [[project-expenditure|project spending]] that has no separate line of its own.',
			alt: 'The sunburst zoomed into general public services, with its largest item highlighted: administrative operation under Party committee offices and related bodies, {functional.gps.party.operation}.'
		},
		'function-smallest': {
			text: 'At the other end, a line for other health spending (其他卫生健康) held just {functional.health.other.other}. All lines but one spent their budgets in full; the exception, [[item.sci-tech-admin.other|other science and technology administration]], has a [[budget-completion-rate|completion rate (完成预算)]] of {functional.sci.admin.other.rate}.',
			alt: 'The sunburst zoomed into health, with the smallest item of all highlighted: other health spending, {functional.health.other.other}.'
		},
		'three-public': {
			text: 'The [[three-public-expenses|“three public” expenses (“三公”经费)]] are what the office pays from fiscal appropriations for official trips abroad and to Hong Kong, Macao and Taiwan (因公出国（境）), official vehicles and official receptions, and the report gives them a section of their own. In 2019 they came to {tp.total}, of which vehicles took {tp.vehicles} ({tp.vehicles.share}). Trips and receptions cost more than in 2018, vehicles far less, and the total fell from {tp.total.2018}, a figure we derive from the changes the report prints.',
			alt: 'A waterfall from the 2018 total of {tp.total.2018} (derived): official trips outside the mainland {tp.overseas.change|signed}, official vehicles {tp.vehicles.change|signed}, receptions {tp.reception.change|signed}, ending at {tp.total} in 2019.'
		},
		'three-public-vehicles': {
			chart: 'Official vehicles at the end of 2019, by use',
			text: 'Most of the fall is one purchase: in 2018 the office bought {tp.vehicles.purchased-2018} for {tp.vehicles.purchase-2018} including taxes; in 2019 it bought none. Add some running costs put off until 2020, and spending on official vehicles fell by {tp.vehicles.growth|abs}. It ended the year with {tp.vehicles.fleet}, among them {tp.vehicles.suvs} built for off-road use.',
			alt: 'Bars of the office’s {assets.vehicles.total} at the end of 2019 by use: emergency support {assets.vehicles.emergency}, confidential communications {assets.vehicles.confidential}, and the rest shared among principal leaders, special technical work and other use.'
		},
		'running-costs': {
			chart: 'Office operating costs',
			text: '[[operating-costs|Operating costs (机关运行经费)]], what the office spends on goods and services to keep going, were {opcost.2019}, down {opcost.change|abs} or {opcost.growth|abs} on 2018. The report credits strict control of spending. The amount is the same as the day-to-day running costs within [[basic-expenditure|basic spending]] from the general public budget.',
			alt: 'Two bars: operating costs of {opcost.2018} in 2018 (derived) and {opcost.2019} in 2019.'
		},
		procurement: {
			chart: 'Government procurement',
			text: '[[government-procurement|Government procurement (政府采购)]] came to {proc.total}: {proc.services} of services and {proc.goods} of goods. [[sme-contracts|Small and medium-sized enterprises (中小企业)]] won {proc.sme.share} of it by value, and every yuan of that went to the smallest of them, small and micro enterprises (小微企业).',
			alt: 'Bars of procurement: goods {proc.goods}, services {proc.services}, and {proc.sme} ({proc.sme.share}) awarded to small and micro enterprises.'
		},
		funds: {
			chart: 'Spending from the two other budgets',
			text: 'Outside the [[general-public-budget|general public budget]], the office spent {fund.spending} from the [[government-fund-budget|government fund budget (政府性基金预算)]], the same amount it received from that budget in the year. The report does not say on what, but the amount is almost exactly the {info.fund} of [[informatization|informatization]] money our subtraction places there. The report also prints a line for the [[state-capital-budget|state capital operating budget (国有资本经营预算)]]: {soe.spending}.',
			alt: 'Two bars: government-fund spending of {fund.spending} and state capital operating spending of {soe.spending}.'
		},
		assets: {
			chart: 'Assets at the end of 2019, by unit',
			text: 'An annex lists what the {org.units} covered by the report owned at the end of 2019. Most of it sits with the General Office itself, chiefly as [[fixed-assets|fixed assets (固定资产)]]; the [[intangible-assets|intangible assets (无形资产)]], which the report does not describe, are split between the office and the E-Government Office, whose duties, the annex says, have all been transferred to the General Office and other city bodies. In two columns, those for [[current-assets|current assets (流动资产)]] and fixed assets, the units do not quite add up to the printed total: they are off in the last decimal place, within rounding.',
			alt: 'Bars of total assets at the end of 2019 for each of the {org.units}: the General Office itself, the Party History Research Office and the E-Government Office.'
		},
		'performance-projects': {
			chart: 'Budgets of the five projects',
			text: 'The report says every project in the year’s budget, and project money added during the year, was given a [[performance-target|performance target (绩效目标)]]. It reports results for {perf.projects-reported}: the confidential-communications and video-conference lines ({perf.hd-video.budget}), the Party annals and the Panzhihua Chronicle ({perf.annals.budget}), Party-history digitization and a book on Party and state leaders in Panzhihua ({perf.party-history-digital.budget}), a congress of returned overseas Chinese and their relatives ({perf.returnee-congress.budget}) and visits to returned overseas Chinese and relatives in difficulty ({perf.overseas-chinese-visits.budget}). Each spent exactly its budget.',
			alt: 'Bars of the budgets of {perf.projects-reported}, each with its execution rate: confidential and video lines {perf.hd-video.budget} ({perf.hd-video.execution-rate}), annals and Chronicle {perf.annals.budget} ({perf.annals.execution-rate}), Party-history digitization {perf.party-history-digital.budget} ({perf.party-history-digital.execution-rate}), congress {perf.returnee-congress.budget} ({perf.returnee-congress.execution-rate}), family visits {perf.overseas-chinese-visits.budget} ({perf.overseas-chinese-visits.execution-rate}).'
		},
		'performance-telegrams': {
			chart: 'Telegrams: target and result',
			text: 'Where the project tables give numbers, targets and results mostly agree; the starkest gap is in the project that rents the confidential-communications and video-conference lines. It held {perf.hd-video.video-conferences} against a [[performance-target|target]] of {perf.hd-video.video-conference-target}, but it was meant to handle {eval.hd-video.telegram-target} and handled {eval.hd-video.telegram-actual}. The report itself calls the target badly set (指标设置不合理) and promises better ones.',
			alt: 'Two bars for telegrams sent and received: a target of {eval.hd-video.telegram-target} against {eval.hd-video.telegram-actual} handled.'
		},
		'performance-score': {
			chart: 'Evaluation score by criterion (maximum differs by criterion)',
			text: 'In [[performance-self-evaluation|an evaluation it organized itself (自行组织的绩效评价)]], the office scored the project {eval.hd-video.total-score} out of {eval.hd-video.total-weight}. Points came off in small amounts under most headings; relative to its weight, the biggest cut was for the content of the targets (目标内容), the same weakness the report names among its findings: targets not set scientifically, with the telegram count as its example.',
			alt: 'Bars of the evaluation scorecard, heading by heading, each showing the points awarded against the points available; in all, {eval.hd-video.total-score} out of {eval.hd-video.total-weight}.'
		}
	}
};

export const storyZh: Widen<typeof storyEn> = {
	derived: '推算',
	toc: {
		label: '目录',
		progress: '阅读进度'
	},
	sections: {
		rise: {
			title: '收、支总计为什么增长',
			intro:
				'2019年，市委办公室收、支总计增长{totals.all.growth}。报告给出的主要原因是一项信息化建设任务；按报告自己的数字，除去这项任务，其余部分合计是净减少的。'
		},
		income: {
			title: '钱从哪里来'
		},
		spending: {
			title: '钱怎么花：基本支出与项目支出'
		},
		function: {
			title: '按功能分类：钱花在哪些科目'
		},
		threePublic: {
			title: '“三公”经费'
		},
		running: {
			title: '机关运行经费、政府采购与家底'
		},
		performance: {
			title: '钱花得怎么样'
		},
		checks: {
			title: '逐项复核报告中的算术',
			intro:
				'报告里的许多数字，可以用它印出的其他数字重算：合计由分项相加，占比由两个金额相除，增长率由增加额和总额推出。我们一共做了{checks.total}项核对。报告的金额都经过四舍五入，复算结果因而是一个区间；印出的数落在区间之内，就算“在四舍五入范围内”。',
			discrepancyLead: '考虑四舍五入后仍对不上的{checks.discrepancy}项：',
			roundingLead: '差异在四舍五入范围内的{checks.rounding}项：',
			exactLead: '完全一致的{checks.exact}项：',
			kinds: {
				sum: '分项之和',
				share: '占比',
				growth: '增长率',
				'prior-year': '上年数',
				'like-for-like': '同口径增长率',
				restatement: '前后复述',
				completion: '预算完成率',
				execution: '项目执行率',
				bound: '上限或下限',
				tally: '所列项目计数'
			},
			printed: '报告数',
			computed: '复算数',
			difference: '差额',
			range: '四舍五入或约数允许的区间',
			completionFormula: 'Σ决算数 ÷ Σ（决算数 ÷ 完成率），以百分比表示',
			json: '下载全部复核结果（JSON）'
		},
		sources: {
			title: '数据来源与方法',
			text: '本页所有数字均出自中共攀枝花市委办公室2019年度部门决算。2018年的各项总额，报告只在图表数据中列出。',
			method:
				'我们逐一摘录报告中的数字，并注明每个数字所在的原文；凡能由其他数字推出的，都重新计算核对。由本文推算的数字标为“推算”，并附计算公式。金额单位与报告一致，为万元；数据表和下载文件保留报告印出的全部位数。',
			downloads: '下载',
			csv: '数据表（CSV）',
			datapackage: '数据包说明（datapackage.json）',
			checksJson: '全部复核结果（checks.json）',
			reportText: '报告原文（纯文本）'
		}
	},
	steps: {
		'rise-2018': {
			text: '先看起点。2018年，市委办公室收、支总计{totals.all.2018}。这是报告中范围最大的总数：收入一方是当年收入加上从以前年度带过来的[[carry-over-opening|年初结转和结余]]，支出一方是当年支出加上留给下一年的年末结转和结余，两方总计相等。',
			alt: '图中只有一根柱子：2018年收、支总计{totals.all.2018}。'
		},
		'rise-informatization': {
			text: '2019年，按照省、市工作安排，市委办公室承担了[[informatization|信息化建设]]任务，涉及资金{totals.all.informatization}。单这一笔，就比收、支总计全年的增加额还多。',
			alt: '2018年柱顶之上，升起第二段柱子：信息化建设资金{totals.all.informatization}。'
		},
		'rise-other': {
			text: '其余各项合起来是减少的。收、支总计只增加了{totals.all.change}，不及[[informatization|信息化建设]]资金{totals.all.informatization}；两者之差，就是其余部分净减少的数额。',
			alt: '第三段柱子从信息化建设柱顶向下：其余增减，即{totals.all.change}减去{totals.all.informatization}，合计为净减少。'
		},
		'rise-2019': {
			text: '最终，2019年收、支总计{totals.all.2019}，增加{totals.all.change}，增长{totals.all.growth}。报告称剔除[[informatization|信息化建设]]因素后，[[like-for-like|同口径]]下降{totals.all.lfl-growth|abs}；用报告自己的数字复算，结果相符。',
			alt: '完整的瀑布图：2018年{totals.all.2018}，加上信息化建设{totals.all.informatization}，减去其余增减，得到2019年{totals.all.2019}，变化{totals.all.growth|signed}，同口径{totals.all.lfl-growth|signed}。'
		},
		'rise-fiscal': {
			text: '只看[[fiscal-appropriation|财政拨款]]，结论相同：财政拨款收、支总计从{totals.fiscal.2018}增至{totals.fiscal.2019}，增长{totals.fiscal.growth}。其中[[informatization|信息化建设]]资金的财政拨款部分为{totals.fiscal.informatization}，剔除后财政拨款收、支总计[[like-for-like|同口径]]下降{totals.fiscal.lfl-growth|abs}。',
			alt: '财政拨款收、支总计的瀑布图：2018年{totals.fiscal.2018}，加上信息化建设{totals.fiscal.informatization}，减去其余增减，得到2019年{totals.fiscal.2019}，变化{totals.fiscal.growth|signed}，同口径{totals.fiscal.lfl-growth|signed}。'
		},
		'rise-gpb': {
			text: '口径再收窄，而且只算支出：[[general-public-budget|一般公共预算]]财政拨款支出从{totals.gpb.2018}增至{totals.gpb.2019}，增长{totals.gpb.growth}，其中[[informatization|信息化建设]]资金（一般公共预算财政拨款部分）{totals.gpb.informatization}。剔除后，这项支出[[like-for-like|同口径]]下降{totals.gpb.lfl-growth|abs}。',
			alt: '一般公共预算财政拨款支出的瀑布图：2018年{totals.gpb.2018}，加上信息化建设{totals.gpb.informatization}，减去其余增减，得到2019年{totals.gpb.2019}，变化{totals.gpb.growth|signed}，同口径{totals.gpb.lfl-growth|signed}。'
		},
		'rise-split': {
			text: '三个口径层层包含，相邻两个一减，就能看出[[informatization|信息化建设]]资金的来源：[[general-public-budget|一般公共预算]]{totals.gpb.informatization}，[[government-fund-budget|政府性基金预算]]{info.fund}，其他资金{info.other}。后两个数报告没有列出，是本文用减法推算的。',
			alt: '信息化建设资金{totals.all.informatization}按来源拆分：一般公共预算{totals.gpb.informatization}，政府性基金{info.fund}（推算），其他资金{info.other}（推算）。'
		},
		income: {
			chart: '本年收入来源与上年结转',
			text: '2019年本年收入合计{income.total}，绝大部分是[[fiscal-appropriation-income|财政拨款收入]]：[[general-public-budget|一般公共预算]]{income.gpb}，占{income.gpb.share}；[[government-fund-budget|政府性基金预算]]{income.fund}，占{income.fund.share}。[[other-income|其他收入]]{income.other}，占{income.other.share}。再加上文字说明中只在附件里出现的[[carry-over-opening|上年结转收入]]{annex.income.carryover}，收入一方正好是收、支总计{totals.all.2019}。',
			alt: '收入来源柱状图：一般公共预算财政拨款{income.gpb}（{income.gpb.share}），政府性基金预算财政拨款{income.fund}（{income.fund.share}），其他收入{income.other}（{income.other.share}），另有上年结转{annex.income.carryover}。'
		},
		'spending-type': {
			chart: '基本支出与项目支出',
			text: '2019年本年支出合计{spending.total}：保障机构运转的[[basic-expenditure|基本支出]]{spending.basic}，占{spending.basic.share}；为完成特定任务安排的[[project-expenditure|项目支出]]{spending.project}，占{spending.project.share}。两项相加是{annex.spending.total}，与印出的合计在末位上有出入，附件里的“当年实际支出”写的正是这个数。',
			alt: '两根柱子：基本支出{spending.basic}（{spending.basic.share}），项目支出{spending.project}（{spending.project.share}）。'
		},
		'spending-basic': {
			chart: '一般公共预算财政拨款基本支出',
			text: '[[general-public-budget|一般公共预算]]财政拨款[[basic-expenditure|基本支出]]{basic.gpb.total}，大头是人员经费{basic.gpb.personnel}，包括工资津贴、社会保险缴费、离退休费、住房公积金等。其余{basic.gpb.public}是日常公用经费，用于办公、水电、差旅、公务用车运行维护等。',
			alt: '一般公共预算财政拨款基本支出{basic.gpb.total}分为两根柱子：人员经费{basic.gpb.personnel}，日常公用经费{basic.gpb.public}。'
		},
		'function-whole': {
			text: '把收、支总计{totals.all.2019}从支出一方画成一个圆。报告的文字说明只对其中的[[general-public-budget|一般公共预算]]财政拨款支出{totals.gpb.2019}按[[classification|功能分类]]列出明细；其余部分只有总数：[[government-fund-budget|政府性基金预算]]支出{fund.spending}、其他资金支出{spending.other-funds}，以及[[carry-over-closing|年末结转和结余]]{balance.closing}，后两项由本文推算。',
			alt: '收、支总计{totals.all.2019}的旭日图：一般公共预算财政拨款支出{totals.gpb.2019}向外逐级展开；政府性基金预算支出{fund.spending}、其他资金支出{spending.other-funds}（推算）和年末结转和结余{balance.closing}（推算）不再细分。'
		},
		'function-classes': {
			text: '一般公共预算财政拨款支出按[[classification|功能分类]]的“类”，一般公共服务占{functional.gps.share}，科学技术占{functional.sci.share}，社会保障和就业占{functional.social.share}，住房保障占{functional.housing.share}，卫生健康占{functional.health.share}。最后这个比例有误：{functional.health}除以{totals.gpb.2019}，保留两位小数应当进位，而不是舍去。如实进位，五类占比之和会略超百分之百；报告没有说明为何舍去，但按印出的数字，五类之和正好是百分之百。',
			alt: '“类”这一圈：一般公共服务{functional.gps}（{functional.gps.share}），科学技术{functional.sci}（{functional.sci.share}），社会保障和就业{functional.social}（{functional.social.share}），住房保障{functional.housing}（{functional.housing.share}），卫生健康{functional.health}（报告印作{functional.health.share}）。'
		},
		'function-largest': {
			text: '数额最大的一项，是党委办公厅（室）及相关机构事务下的[[item.party-offices.admin-operation|行政运行]]，{functional.gps.party.operation}；按名词解释，它反映行政单位（包括实行公务员管理的事业单位）的[[basic-expenditure|基本支出]]。排第二的是同一款下的[[item.party-offices.general-admin-affairs|一般行政管理事务]]，{functional.gps.party.general}，反映这些单位未单独设置科目的其他[[project-expenditure|项目支出]]。',
			alt: '旭日图放大到一般公共服务类，突出最大的一项：党委办公厅（室）及相关机构事务下的行政运行，{functional.gps.party.operation}。'
		},
		'function-smallest': {
			text: '另一端，其他卫生健康只有{functional.health.other.other}。各个科目中，只有[[item.sci-tech-admin.other|其他科学技术管理事务]]没有全额[[budget-completion-rate|完成预算]]，完成{functional.sci.admin.other.rate}。',
			alt: '旭日图放大到卫生健康类，突出所有“项”级科目中最小的一项：其他卫生健康，{functional.health.other.other}。'
		},
		'three-public': {
			text: '[[three-public-expenses|“三公”经费]]是用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费，报告单列一节说明。2019年合计{tp.total}，其中公务用车购置及运行维护费{tp.vehicles}，占{tp.vehicles.share}。因公出国（境）和公务接待费用比上年增加，用车费用大幅减少，合计比2018年的{tp.total.2018}（本文根据报告所列增减额推算）大幅下降。',
			alt: '“三公”经费瀑布图：从2018年合计{tp.total.2018}（推算）出发，因公出国（境）费{tp.overseas.change|signed}，公务用车购置及运行维护费{tp.vehicles.change|signed}，公务接待费{tp.reception.change|signed}，到2019年的{tp.total}。'
		},
		'three-public-vehicles': {
			chart: '年末公务用车，按用途',
			text: '用车费用下降{tp.vehicles.growth|abs}，主要是因为2018年购置车辆{tp.vehicles.purchased-2018}，连同税费{tp.vehicles.purchase-2018}，2019年则没有购车；此外，部分运行维护费延迟到2020年支付。截至2019年底，共有公务用车{tp.vehicles.fleet}，其中轿车{tp.vehicles.sedans}、越野车{tp.vehicles.suvs}。',
			alt: '2019年底公务用车{assets.vehicles.total}按用途分列：应急保障用车{assets.vehicles.emergency}，机要通信用车{assets.vehicles.confidential}，主要领导干部用车{assets.vehicles.leaders}，特种专业技术用车{assets.vehicles.special}，其他用车{assets.vehicles.other}。'
		},
		'running-costs': {
			chart: '机关运行经费',
			text: '[[operating-costs|机关运行经费]]{opcost.2019}，比上年减少{opcost.change|abs}，下降{opcost.growth|abs}，报告给出的原因是严格控制相关经费支出。这个数与一般公共预算财政拨款[[basic-expenditure|基本支出]]中的日常公用经费完全相同。',
			alt: '两根柱子：2018年机关运行经费{opcost.2018}（推算），2019年{opcost.2019}。'
		},
		procurement: {
			chart: '政府采购',
			text: '[[government-procurement|政府采购]]支出{proc.total}，其中服务{proc.services}、货物{proc.goods}。授予[[sme-contracts|中小企业]]的合同占{proc.sme.share}，而且全部给了小微企业。',
			alt: '政府采购柱状图：货物{proc.goods}，服务{proc.services}，授予小微企业的合同{proc.sme}（{proc.sme.share}）。'
		},
		funds: {
			chart: '另两本预算的支出',
			text: '[[government-fund-budget|政府性基金预算]]拨款支出{fund.spending}，与当年这项拨款收入分毫不差。报告没有说明用途，但它与本文推算的[[informatization|信息化建设]]资金中的政府性基金部分（{info.fund}）几乎相等。[[state-capital-budget|国有资本经营预算]]拨款支出为{soe.spending}。',
			alt: '两根柱子：政府性基金预算拨款支出{fund.spending}，国有资本经营预算拨款支出{soe.spending}。'
		},
		assets: {
			chart: '年末资产，按单位',
			text: '附件列出了纳入决算的{org.units}单位截至2019年底的资产：大部分在市委办公室本级，以[[fixed-assets|固定资产]]为主；[[intangible-assets|无形资产]]分在本级和市电子政务办公室，报告没有说明具体是什么，而电子政务办的职能已在机构改革中划转。[[current-assets|流动资产]]和固定资产两列，各单位相加与合计在末位上略有出入，属四舍五入误差。',
			alt: '{org.units}单位2019年底资产总额柱状图：市委办公室（本级）、市委党史研究室、市电子政务办公室。'
		},
		'performance-projects': {
			chart: '五个项目的预算',
			text: '报告说，纳入年初预算的所有项目和年中按实际需要追加的项目经费都设置了[[performance-target|绩效目标]]。决算报告了{perf.projects-reported}项目的完成情况：机要高清业务{perf.hd-video.budget}，《执政实录》和《攀枝花纪事》编纂出版{perf.annals.budget}，党史数字信息化等{perf.party-history-digital.budget}，归侨侨眷代表大会{perf.returnee-congress.budget}，侨联走访慰问{perf.overseas-chinese-visits.budget}。每个项目都不多不少花完了预算。',
			alt: '{perf.projects-reported}项目的预算与执行率：机要高清业务{perf.hd-video.budget}（{perf.hd-video.execution-rate}），《执政实录》和《攀枝花纪事》{perf.annals.budget}（{perf.annals.execution-rate}），党史数字信息化等{perf.party-history-digital.budget}（{perf.party-history-digital.execution-rate}），归侨侨眷代表大会{perf.returnee-congress.budget}（{perf.returnee-congress.execution-rate}），侨联走访慰问{perf.overseas-chinese-visits.budget}（{perf.overseas-chinese-visits.execution-rate}）。'
		},
		'performance-telegrams': {
			chart: '电报收发：目标与实际',
			text: '有数字可比的指标大多与结果相符，落差最大的是机要高清业务项目：电视电话会议实际召开{perf.hd-video.video-conferences}，超过“{perf.hd-video.video-conference-target}”的目标；收发电报的预计指标却是{eval.hd-video.telegram-target}，实际只有{eval.hd-video.telegram-actual}。报告自己承认“年初指标设置不合理”，表示今后要让[[performance-target|绩效指标]]设置更加科学合理。',
			alt: '收发电报的两根柱子：预计指标{eval.hd-video.telegram-target}，实际{eval.hd-video.telegram-actual}。'
		},
		'performance-score': {
			chart: '项目评价得分（每项满分不同）',
			text: '市委办自行组织的[[performance-self-evaluation|绩效评价]]给这个项目打了{eval.hd-video.total-score}分，满分{eval.hd-video.total-weight}分。扣分零星分布在多数指标上；按分值比例，扣得最多的是“目标内容”，而报告在“存在主要问题”中点出的正是“绩效目标设置不科学”，并以收发电报为例。',
			alt: '项目评价得分表逐项柱状图，每项显示得分与分值，合计{eval.hd-video.total-score}分（满分{eval.hd-video.total-weight}分）。'
		}
	}
};

/** The story's dictionary as the browser has it: the step texts are drawn by the server alone (ServerProse). */
export type ClientStoryText = Omit<Widen<typeof storyEn>, 'steps'>;

/** Sources of each sentence (src/lib/sources/claims.ts): the step texts and section intros. */
export const storySourcesEn: Sources = {
	'sections.rise.intro': [
		['totals.all.growth', 'p:total'],
		['p:total', 'check:totals.all.like-for-like']
	],
	'sections.checks.intro': [
		['check:income.sum', 'check:income.gpb.share', 'check:totals.all.growth'],
		['checks.total'],
		['checks.rounding', 'check:spending.sum']
	],
	'steps.rise-2018.text': [
		['totals.all.2018'],
		['totals.all.2018', 'p:chart1-data'],
		['p:total', 'p:def-carryover-opening', 'p:def-carryover-closing', 'check:totals.all.income-plus-carryover']
	],
	'steps.rise-informatization.text': [['p:total'], ['totals.all.informatization', 'totals.all.change']],
	'steps.rise-other.text': [
		['totals.all.change', 'totals.all.informatization', 'totals.all.lfl-growth'],
		['totals.all.change', 'totals.all.informatization', 'p:total']
	],
	'steps.rise-2019.text': [
		['totals.all.2019', 'totals.all.change', 'totals.all.growth', 'totals.all.2018'],
		['totals.all.lfl-growth', 'totals.all.informatization', 'p:total', 'check:totals.all.like-for-like']
	],
	'steps.rise-fiscal.text': [
		['totals.fiscal.2018', 'totals.fiscal.2019', 'totals.fiscal.growth', 'p:def-fiscal-appropriation-income'],
		['totals.fiscal.informatization', 'totals.fiscal.lfl-growth']
	],
	'steps.rise-gpb.text': [
		['totals.gpb.growth', 'totals.gpb.2019', 'totals.gpb.2018', 'totals.gpb.informatization'],
		['totals.gpb.lfl-growth']
	],
	'steps.rise-split.text': [
		[
			'totals.gpb.informatization',
			'info.fund',
			'info.other',
			'totals.all.informatization',
			'check:totals.gpb.informatization.within-fiscal',
			'check:totals.fiscal.informatization.within-all'
		],
		['info.fund', 'info.other']
	],
	'steps.income.text': [
		[
			'income.total',
			'income.gpb',
			'income.gpb.share',
			'income.fund',
			'income.fund.share',
			'p:def-fiscal-appropriation-income'
		],
		[
			'income.other',
			'income.other.share',
			'annex.income.carryover',
			'totals.all.2019',
			'check:totals.all.income-plus-carryover'
		]
	],
	'steps.spending-type.text': [
		[
			'spending.total',
			'spending.basic',
			'spending.basic.share',
			'spending.project',
			'spending.project.share',
			'p:def-basic-expenditure',
			'p:def-project-expenditure',
			'p:annex1-spending'
		],
		['check:spending.sum', 'annex.spending.total', 'check:annex.spending.total.restated']
	],
	'steps.spending-basic.text': [
		['basic.gpb.total'],
		['basic.gpb.personnel', 'p:basic-personnel'],
		['basic.gpb.public', 'p:basic-public']
	],
	'steps.function-whole.text': [
		['totals.all.2019'],
		[
			'totals.gpb.2019',
			'fund.spending',
			'spending.other-funds',
			'balance.closing',
			'p:classes',
			'p:def-carryover-closing'
		]
	],
	'steps.function-classes.text': [
		[
			'functional.gps.share',
			'functional.sci.share',
			'functional.social.share',
			'functional.housing.share',
			'functional.health.share',
			'functional.gps',
			'functional.sci',
			'functional.social',
			'functional.housing'
		],
		['functional.health', 'totals.gpb.2019', 'check:functional.health.share'],
		['check:functional.health.share', 'check:functional.shares.sum', 'p:classes']
	],
	'steps.function-largest.text': [
		['functional.gps.party.operation', 'p:def-admin-operation'],
		['functional.gps.party.general', 'p:def-general-admin-affairs']
	],
	'steps.function-smallest.text': [
		['functional.health.other.other'],
		[
			'functional.gps.party.operation.rate',
			'functional.gps.party.general.rate',
			'functional.gps.org.other.rate',
			'functional.gps.other.other.rate',
			'functional.sci.admin.operation.rate',
			'functional.sci.admin.other.rate',
			'functional.sci.social.other.rate',
			'functional.social.retire.unassigned.rate',
			'functional.social.retire.pension.rate',
			'functional.social.survivor.death.rate',
			'functional.social.welfare.children.rate',
			'functional.health.medical.admin.rate',
			'functional.health.other.other.rate',
			'functional.housing.reform.fund.rate'
		]
	],
	'steps.three-public.text': [
		['p:def-three-public', 'p:tp-total'],
		['tp.total', 'tp.vehicles', 'tp.vehicles.share'],
		['tp.total.2018', 'tp.overseas.change', 'tp.vehicles.change', 'tp.reception.change']
	],
	'steps.three-public-vehicles.text': [
		['tp.vehicles.purchased-2018', 'tp.vehicles.purchase-2018', 'tp.vehicles.purchase', 'tp.vehicles.change'],
		['tp.vehicles.growth', 'p:tp-vehicles-purchase-2018'],
		[
			'tp.vehicles.fleet',
			'tp.vehicles.suvs',
			'assets.vehicles.total',
			'assets.vehicles.leaders',
			'assets.vehicles.confidential',
			'assets.vehicles.emergency',
			'assets.vehicles.special',
			'assets.vehicles.other'
		]
	],
	'steps.running-costs.text': [
		['opcost.2019', 'opcost.change', 'opcost.growth', 'opcost.2018', 'p:def-operating-costs'],
		['p:operating-costs-reason'],
		['check:opcost.restated']
	],
	'steps.procurement.text': [
		['proc.total', 'proc.services', 'proc.goods'],
		['proc.sme.share', 'proc.sme', 'proc.micro']
	],
	'steps.funds.text': [
		['fund.spending', 'income.fund'],
		['p:fund-spending', 'info.fund', 'fund.spending'],
		['soe.spending']
	],
	'steps.assets.text': [
		['org.units', 'p:annex-assets', 'check:org.units.assets-table'],
		[
			'assets.office.subtotal',
			'assets.total.subtotal',
			'assets.office.fixed',
			'assets.office.intangible',
			'assets.egov.intangible',
			'p:annex-egov-transfer'
		],
		['check:assets.current.column', 'check:assets.fixed.column']
	],
	'steps.performance-projects.text': [
		['p:perf-all-targets'],
		[
			'perf.projects-reported',
			'perf.hd-video.budget',
			'perf.annals.budget',
			'perf.party-history-digital.budget',
			'perf.returnee-congress.budget',
			'perf.overseas-chinese-visits.budget'
		],
		[
			'perf.hd-video.execution-rate',
			'perf.annals.execution-rate',
			'perf.party-history-digital.execution-rate',
			'perf.returnee-congress.execution-rate',
			'perf.overseas-chinese-visits.execution-rate'
		]
	],
	'steps.performance-telegrams.text': [
		[
			'p:perf-hd-video-purpose',
			'indicator.hd-video.5',
			'indicator.hd-video.6',
			'indicator.overseas-chinese-visits.2',
			'indicator.overseas-chinese-visits.3',
			'indicator.returnee-congress.2',
			'indicator.annals.2',
			'indicator.annals.4',
			'indicator.annals.8'
		],
		[
			'perf.hd-video.video-conferences',
			'perf.hd-video.video-conference-target',
			'eval.hd-video.telegram-target',
			'eval.hd-video.telegram-actual'
		],
		['p:perf-hd-video-targets']
	],
	'steps.performance-score.text': [
		['eval.hd-video.total-score', 'eval.hd-video.total-weight', 'p:eval-self-organized'],
		['p:eval-scorecard', 'score.score.1.weight', 'score.score.1.score', 'p:eval-problem', 'p:eval-telegram-gap']
	]
};

export const storySourcesZh: Sources = {
	'sections.rise.intro': [
		['totals.all.growth', 'p:total'],
		['p:total', 'check:totals.all.like-for-like']
	],
	'sections.checks.intro': [
		['check:income.sum', 'check:income.gpb.share', 'check:totals.all.growth'],
		['checks.total'],
		['checks.rounding', 'check:spending.sum']
	],
	'steps.rise-2018.text': [
		['totals.all.2018'],
		['totals.all.2018', 'p:chart1-data'],
		['p:total', 'p:def-carryover-opening', 'p:def-carryover-closing', 'check:totals.all.income-plus-carryover']
	],
	'steps.rise-informatization.text': [
		['totals.all.informatization', 'p:total'],
		['totals.all.informatization', 'totals.all.change']
	],
	'steps.rise-other.text': [
		['totals.all.change', 'totals.all.informatization', 'totals.all.lfl-growth'],
		['totals.all.change', 'totals.all.informatization', 'p:total']
	],
	'steps.rise-2019.text': [
		['totals.all.2019', 'totals.all.change', 'totals.all.growth', 'totals.all.2018'],
		['totals.all.lfl-growth', 'totals.all.informatization', 'p:total', 'check:totals.all.like-for-like']
	],
	'steps.rise-fiscal.text': [
		['totals.fiscal.2018', 'totals.fiscal.2019', 'totals.fiscal.growth'],
		['totals.fiscal.informatization', 'totals.fiscal.lfl-growth']
	],
	'steps.rise-gpb.text': [
		['totals.gpb.growth', 'totals.gpb.2019', 'totals.gpb.2018', 'totals.gpb.informatization'],
		['totals.gpb.lfl-growth']
	],
	'steps.rise-split.text': [
		[
			'totals.gpb.informatization',
			'info.fund',
			'info.other',
			'totals.all.informatization',
			'check:totals.gpb.informatization.within-fiscal',
			'check:totals.fiscal.informatization.within-all'
		],
		['info.fund', 'info.other']
	],
	'steps.income.text': [
		['income.total', 'income.gpb', 'income.gpb.share', 'income.fund', 'income.fund.share'],
		['income.other', 'income.other.share'],
		['annex.income.carryover', 'totals.all.2019', 'check:totals.all.income-plus-carryover']
	],
	'steps.spending-type.text': [
		[
			'spending.total',
			'spending.basic',
			'spending.basic.share',
			'spending.project',
			'spending.project.share',
			'p:def-basic-expenditure',
			'p:def-project-expenditure'
		],
		['annex.spending.total', 'check:spending.sum', 'check:annex.spending.total.restated']
	],
	'steps.spending-basic.text': [
		['basic.gpb.total', 'basic.gpb.personnel', 'p:basic-personnel'],
		['basic.gpb.public', 'p:basic-public', 'check:basic.gpb.sum']
	],
	'steps.function-whole.text': [
		['totals.all.2019'],
		[
			'totals.gpb.2019',
			'fund.spending',
			'spending.other-funds',
			'balance.closing',
			'p:classes',
			'p:def-carryover-closing'
		]
	],
	'steps.function-classes.text': [
		[
			'functional.gps.share',
			'functional.sci.share',
			'functional.social.share',
			'functional.housing.share',
			'functional.health.share',
			'functional.gps',
			'functional.sci',
			'functional.social',
			'functional.housing'
		],
		['functional.health', 'totals.gpb.2019', 'check:functional.health.share'],
		['check:functional.health.share', 'check:functional.shares.sum', 'p:classes']
	],
	'steps.function-largest.text': [
		['functional.gps.party.operation', 'p:def-admin-operation'],
		['functional.gps.party.general', 'p:def-general-admin-affairs']
	],
	'steps.function-smallest.text': [
		['functional.health.other.other'],
		[
			'functional.gps.party.operation.rate',
			'functional.gps.party.general.rate',
			'functional.gps.org.other.rate',
			'functional.gps.other.other.rate',
			'functional.sci.admin.operation.rate',
			'functional.sci.admin.other.rate',
			'functional.sci.social.other.rate',
			'functional.social.retire.unassigned.rate',
			'functional.social.retire.pension.rate',
			'functional.social.survivor.death.rate',
			'functional.social.welfare.children.rate',
			'functional.health.medical.admin.rate',
			'functional.health.other.other.rate',
			'functional.housing.reform.fund.rate'
		]
	],
	'steps.three-public.text': [
		['p:def-three-public', 'p:tp-total'],
		['tp.total', 'tp.vehicles', 'tp.vehicles.share'],
		['tp.total.2018', 'tp.overseas.change', 'tp.vehicles.change', 'tp.reception.change']
	],
	'steps.three-public-vehicles.text': [
		[
			'tp.vehicles.growth',
			'tp.vehicles.purchased-2018',
			'tp.vehicles.purchase-2018',
			'tp.vehicles.purchase',
			'p:tp-vehicles-purchase-2018'
		],
		[
			'tp.vehicles.fleet',
			'tp.vehicles.sedans',
			'tp.vehicles.suvs',
			'assets.vehicles.total',
			'assets.vehicles.leaders',
			'assets.vehicles.confidential',
			'assets.vehicles.emergency',
			'assets.vehicles.special',
			'assets.vehicles.other'
		]
	],
	'steps.running-costs.text': [
		['opcost.2019', 'opcost.change', 'opcost.growth', 'opcost.2018', 'p:operating-costs-reason'],
		['check:opcost.restated']
	],
	'steps.procurement.text': [
		['proc.total', 'proc.services', 'proc.goods'],
		['proc.sme.share', 'proc.sme', 'proc.micro']
	],
	'steps.funds.text': [
		['fund.spending', 'income.fund'],
		['p:fund-spending', 'info.fund', 'fund.spending'],
		['soe.spending']
	],
	'steps.assets.text': [
		[
			'org.units',
			'p:annex-assets',
			'check:org.units.assets-table',
			'assets.office.subtotal',
			'assets.total.subtotal',
			'assets.office.fixed',
			'assets.office.intangible',
			'assets.egov.intangible',
			'p:annex-egov-transfer'
		],
		['check:assets.current.column', 'check:assets.fixed.column']
	],
	'steps.performance-projects.text': [
		['p:perf-all-targets'],
		[
			'perf.projects-reported',
			'perf.hd-video.budget',
			'perf.annals.budget',
			'perf.party-history-digital.budget',
			'perf.returnee-congress.budget',
			'perf.overseas-chinese-visits.budget'
		],
		[
			'perf.hd-video.execution-rate',
			'perf.annals.execution-rate',
			'perf.party-history-digital.execution-rate',
			'perf.returnee-congress.execution-rate',
			'perf.overseas-chinese-visits.execution-rate'
		]
	],
	'steps.performance-telegrams.text': [
		[
			'p:perf-hd-video-purpose',
			'indicator.hd-video.5',
			'indicator.hd-video.6',
			'indicator.overseas-chinese-visits.2',
			'indicator.overseas-chinese-visits.3',
			'indicator.returnee-congress.2',
			'indicator.annals.2',
			'indicator.annals.4',
			'indicator.annals.8',
			'perf.hd-video.video-conferences',
			'perf.hd-video.video-conference-target',
			'eval.hd-video.telegram-target',
			'eval.hd-video.telegram-actual'
		],
		['p:perf-hd-video-targets']
	],
	'steps.performance-score.text': [
		['eval.hd-video.total-score', 'eval.hd-video.total-weight', 'p:eval-self-organized'],
		['p:eval-scorecard', 'score.score.1.weight', 'score.score.1.score', 'p:eval-problem', 'p:eval-telegram-gap']
	]
};
