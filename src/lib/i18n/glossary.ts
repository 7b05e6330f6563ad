/**
 * The glossary's own text: a plain-language explanation of each term, written for this page,
 * in Chinese and in English. Pure data.
 *
 * - Terms of the report's Part 3 (名词解释) use the id of their row in data/glossary.csv; the
 *   report's own wording comes from there, quoted and cited, and is not repeated here.
 * - Terms the report uses without defining carry their own names and a `source`: where the
 *   concept is defined (the report itself, or the law or regulation it comes from).
 * - Text follows the site's rule: no figure typed in; a number is a placeholder (`{units.wan}`).
 */

export interface TermContent {
	/** Part 3 id from data/glossary.csv, or a new kebab-case id for an undefined term. */
	id: string;
	/** Names, for terms not in Part 3 (Part 3 terms take theirs from the data package). */
	term_zh?: string;
	term_en?: string;
	/** Short name to show in prose and lists where the official term is long (类/款/项 items). */
	short_zh?: string;
	short_en?: string;
	/** The explanation written for this page. */
	plain_zh: string;
	plain_en: string;
	/** Where the concept is defined, for terms not in Part 3. */
	source_zh?: string;
	source_en?: string;
	/** Ids of related terms. */
	related: string[];
}

export const TERMS: TermContent[] = [
	// ── Part 3 (名词解释): the report's own definitions are in data/glossary.csv ──────────────
	{
		id: 'fiscal-appropriation-income',
		plain_zh:
			'市委办公室从市财政部门拿到的预算拨款：定义里的“同级财政部门”，对市级部门来说就是市财政。2019年，这笔钱来自一般公共预算和政府性基金预算，占本部门当年收入的绝大部分；国有资本经营预算没有拨款。',
		plain_en:
			'Money the office receives from Panzhihua’s municipal finance bureau out of the city’s approved budgets; “the finance department at the same level” in the report’s wording means the city’s. In 2019 it came from the general public budget and, in a small amount, from the government fund budget, and it made up the great majority of the office’s income.',
		related: ['fiscal-appropriation', 'other-income', 'general-public-budget', 'government-fund-budget']
	},
	{
		id: 'other-income',
		plain_zh:
			'财政拨款以外的各项收入的统称。定义说“除上述收入以外”，而本报告名词解释中排在它前面的只有财政拨款收入一项，所以这里的“其他收入”就是非财政拨款收入。报告没有说明本部门这部分收入来自哪里。',
		plain_en:
			'A catch-all for everything the office took in that did not come as a fiscal appropriation. The definition says “income other than the above”, and the only income defined above it in this report is fiscal appropriation income. The report does not say where the office’s other income came from.',
		related: ['fiscal-appropriation-income', 'fiscal-appropriation']
	},
	{
		id: 'carry-over-opening',
		plain_zh:
			'以前年度没花完、按规定带进本年继续使用的钱，附件中称为“上年结转收入”。它不算本年收入，但计入“收、支总计”，所以收、支总计比“本年收入合计”多出这一块。严格地说，“结转”指工作尚未完成、下年按原用途继续使用的资金，“结余”指工作完成或终止后剩下的资金，报告的定义只讲了前一种。',
		plain_en:
			'Money from earlier years, not yet spent, that is carried into the year to be used under the rules; it is not counted as the year’s income but is included in total income and spending (收、支总计), which is why that total exceeds the income received in the year (本年收入合计). The self-evaluation annexed to the report calls it “income carried over from the previous year”. Strictly, 结转 is money for work not yet finished and 结余 is money left once work is done or dropped; the report’s definition describes only the first.',
		related: ['carry-over-closing', 'final-accounts', 'fiscal-appropriation']
	},
	{
		id: 'carry-over-closing',
		plain_zh:
			'年底还没花完、按规定带到下一年或以后年度继续使用的钱。报告没有直接写出本部门2019年末的这个数，用收、支总计减去本年支出合计即可算出。算出来数额很小，说明当年可用的钱几乎全部花掉了。',
		plain_en:
			'Money not spent by the end of the year that, under the rules, is carried into the next year or later ones. The report does not print the office’s figure for the end of 2019, but it follows from total income and spending (收、支总计) less spending in the year (本年支出合计). It is very small: almost all the money available in 2019 was spent.',
		related: ['carry-over-opening', 'final-accounts', 'budget-completion-rate']
	},
	{
		id: 'item.party-offices.admin-operation',
		short_zh: '行政运行（党委办公厅）',
		short_en: 'Administrative operation (Party offices)',
		plain_zh:
			'记在党委办公厅（室）及相关机构事务下的行政单位（含实行公务员管理的事业单位）基本支出，也就是维持机关日常运转的人员经费和公用经费，如工资、津贴补贴和办公、水电、差旅等开支。2019年，它是本部门一般公共预算支出中数额最大的一个科目。',
		plain_en:
			'The basic expenditure of administrative units, public service units managed as civil-service bodies included, booked under Party committee offices and related bodies: what it costs to keep them running, staff and day-to-day costs alike, such as salaries and allowances, office supplies, utilities and travel. In 2019 it was the largest single line of the office’s general-public-budget spending.',
		related: [
			'classification',
			'basic-expenditure',
			'item.sci-tech-admin.admin-operation',
			'civil-service-managed-institution'
		]
	},
	{
		id: 'item.party-offices.general-admin-affairs',
		short_zh: '一般行政管理事务（党委办公厅）',
		short_en: 'General administrative affairs (Party offices)',
		plain_zh:
			'行政单位（含实行公务员管理的事业单位）未单独设置科目的其他项目支出，记在这里。2019年，它是本部门一般公共预算支出中数额第二大的科目，但报告没有列出记在这里的具体项目。定义中的“相机科目”是笔误，很可能应为读音相近的“项级科目”。',
		plain_en:
			'The line for project spending (项目支出) of administrative units, civil-service-managed institutions included, that has no dedicated line of its own. In 2019 it was the second-largest line of the office’s general-public-budget spending, but the report does not list which projects went here. The definition prints 相机科目, a slip, most likely for 项级科目 (“item-level line”), which sounds almost the same.',
		related: ['classification', 'project-expenditure', 'item.party-offices.other']
	},
	{
		id: 'item.party-offices.other',
		short_zh: '其他党委办公厅事务',
		short_en: 'Other Party office affairs',
		plain_zh:
			'党委办公厅（室）及相关机构事务中，不属于本款任何具体科目的其他支出。名词解释收录了这一科目，但第二部分逐项列出的2019年一般公共预算支出中并没有它。',
		plain_en:
			'Spending on the work of Party committee offices that fits none of the section’s specific lines. The report defines this line, yet it is not among the general-public-budget lines the report itemises for 2019.',
		related: ['classification', 'item.party-offices.general-admin-affairs', 'item.organization-affairs.other']
	},
	{
		id: 'item.organization-affairs.other',
		short_zh: '其他组织事务',
		short_en: 'Other organization affairs',
		plain_zh:
			'这一科目用于党的组织部门方面的其他事务支出。2019年，市委办公室有一小笔支出记在这里，报告没有说明用途。名词解释称“其他组织事务支出”，第二部分写作“其他组织事务”，是同一个科目。',
		plain_en:
			'A line for other spending on the work of the Party’s organization departments, which oversee Party cadres and Party organizations. The office booked a small amount here in 2019, and the report does not say what for. The report’s glossary calls it 其他组织事务支出 and Part Two 其他组织事务: the same line.',
		related: ['classification', 'item.party-offices.other']
	},
	{
		id: 'item.sci-tech-admin.admin-operation',
		short_zh: '行政运行（科技管理）',
		short_en: 'Administrative operation (science and technology administration)',
		plain_zh:
			'定义与党委办公厅（室）下的“行政运行”一字不差，都是单位维持运转的基本支出，区别只在于记在“科学技术”类下。报告没有说明本部门哪个单位、哪些运转经费按科学技术类列支。',
		plain_en:
			'Defined in exactly the same words as the Party offices’ administrative operation line: a unit’s basic, day-to-day spending. The only difference is that it sits in the science and technology class, and the report does not say which of the office’s units, or which running costs, were booked here.',
		related: ['classification', 'item.party-offices.admin-operation', 'basic-expenditure']
	},
	{
		id: 'item.sci-tech-admin.other',
		short_zh: '其他科学技术管理事务',
		short_en: 'Other science and technology administration',
		plain_zh:
			'科学技术管理方面没有专门科目可归的其他支出。2019年，本部门一般公共预算的各个科目中，只有这一项没有百分之百完成预算，差得也很少。名词解释写作“科学技术支出（类）……事务支出（项）”，第二部分少了“支出”二字，指的是同一科目。',
		plain_en:
			'Other spending on science and technology administration that has no dedicated line. In 2019 it was the only general-public-budget line of the office that fell short of its full budget, and only just. The report’s glossary adds 支出 (“expenditure”) to names that Part Two leaves without it; it is the same line.',
		related: ['classification', 'budget-completion-rate', 'item.sci-tech-admin.admin-operation']
	},
	{
		id: 'item.retirement.admin-units-not-centralized',
		short_zh: '离退休费（未归口管理）',
		short_en: 'Retirees not under designated management (未归口管理)',
		plain_zh:
			'仍由本部门自己承担的离退休人员费用，如离休费、退休费。离退休人员如已移交指定的机构统一管理（即“归口管理”），有关费用就不再由原单位列支。',
		plain_en:
			'Costs of retired staff that the office still pays itself, such as retirement pay and the pay of veteran cadres (离休费、退休费). Once retirees have been handed over to the body designated to manage them (归口管理, management by a designated body), these costs leave their former employer’s accounts.',
		related: ['classification', 'item.retirement.basic-pension-contributions', 'basic-expenditure']
	},
	{
		id: 'item.retirement.basic-pension-contributions',
		short_zh: '基本养老保险缴费',
		short_en: 'Basic pension contributions',
		plain_zh:
			'本部门作为用人单位，为在职职工缴纳的基本养老保险费。机关事业单位养老保险制度改革后，机关和参公单位的工作人员也参加基本养老保险，由单位和个人共同缴费，这里记的是单位缴纳的部分。名词解释写作“……缴费支出（项）”，第二部分写作“……缴费（项）”，是同一科目。',
		plain_en:
			'The employer’s share of basic pension insurance that the office pays for its current staff. Since the pension reform for government agencies and public service units, civil servants and staff managed like them pay into basic pension insurance much as company employees do, with contributions from employer and employee alike.',
		related: [
			'classification',
			'item.retirement.occupational-annuity-contributions',
			'item.retirement.admin-units-not-centralized',
			'item.housing-reform.housing-provident-fund'
		]
	},
	{
		id: 'item.retirement.occupational-annuity-contributions',
		short_zh: '职业年金缴费',
		short_en: 'Occupational annuity contributions',
		plain_zh:
			'单位为职工缴纳的职业年金，是基本养老保险之外的补充养老保险。名词解释收录了这一科目，但第二部分逐项列出的2019年支出中没有它，人员经费的构成清单里也没有职业年金缴费。',
		plain_en:
			'Employer contributions to an occupational annuity, a supplementary pension on top of basic pension insurance. The report defines this line, but it appears neither among the lines the report itemises for 2019 nor in its list of what personnel costs consisted of.',
		related: ['classification', 'item.retirement.basic-pension-contributions']
	},
	{
		id: 'item.survivor-benefits.death-benefits',
		short_zh: '死亡抚恤',
		short_en: 'Death benefits',
		plain_zh:
			'人员因公牺牲或病故后，按规定发给家属的一次性抚恤金、定期抚恤金和丧葬补助费，烈士家属的抚恤也在此列。定义开头的“反应”应为“反映”。',
		plain_en:
			'Payments made under the rules to the families of martyrs and of people who died in service or of illness, as a lump sum or at regular intervals, plus funeral grants. The definition begins with 反应 (“reaction”) where 反映 (“records”) is meant.',
		related: ['classification', 'item.retirement.admin-units-not-centralized']
	},
	{
		id: 'item.social-welfare.child-welfare',
		short_zh: '儿童福利',
		short_en: 'Child welfare',
		plain_zh: '为儿童提供福利服务的支出。2019年本部门在这里只有很小一笔支出，报告没有说明具体用途。',
		plain_en:
			'Spending on welfare services for children. The office spent only a very small amount on this line in 2019, and the report does not say what it paid for.',
		related: ['classification', 'item.survivor-benefits.death-benefits']
	},
	{
		id: 'item.urban-rural-facilities.other',
		short_zh: '其他城乡社区公共设施',
		short_en: 'Other community public facilities',
		plain_zh:
			'用于城乡社区公共设施的其他支出。名词解释收录了这一科目，但第二部分逐项列出的2019年一般公共预算支出中没有它；报告也没有细分政府性基金预算的支出，所以从正文看不出本部门当年在这里有过支出。',
		plain_en:
			'Other spending on public facilities in urban and rural communities. The report defines this line, but it is not among the general-public-budget lines itemised for 2019, and the report does not break down its government-fund spending, so nothing in the text shows the office spending anything here that year.',
		related: ['classification', 'government-fund-budget']
	},
	{
		id: 'item.housing-reform.housing-provident-fund',
		short_zh: '住房公积金',
		short_en: 'Housing provident fund',
		plain_zh:
			'本部门按规定的工资基数和比例，为职工缴存的住房公积金（单位缴存部分）。它记在“住房保障”类下，实际上是人员开支的一部分。',
		plain_en:
			'The employer’s share of the housing provident fund, a compulsory savings scheme staff can draw on to buy or rent a home, paid at a set percentage of salary. Though booked under housing security, it is in practice part of what the office spends on its staff.',
		related: ['classification', 'basic-expenditure', 'item.retirement.basic-pension-contributions']
	},
	{
		id: 'basic-expenditure',
		plain_zh:
			'让机关正常运转、完成日常工作的钱，分两块：人员经费（在职和离退休人员的工资、津贴补贴、社会保险缴费、住房公积金等）和日常公用经费（办公、印刷、水电、邮电、差旅、会议、公务用车运行维护等）。2019年，本部门的基本支出多于项目支出。',
		plain_en:
			'The money that keeps the office running: personnel costs (人员经费) such as salaries, allowances, social insurance and housing-fund contributions for current and retired staff, and day-to-day running costs (日常公用经费) such as office supplies, utilities, post, travel, meetings and official cars. In 2019 it was larger than the office’s project spending.',
		related: ['project-expenditure', 'operating-costs', 'item.party-offices.admin-operation']
	},
	{
		id: 'project-expenditure',
		plain_zh:
			'在日常运转之外，为完成特定任务专门安排的钱，一般按项目编列预算、设定绩效目标并接受评价。据报告附件，本部门2019年的项目支出主要用于安保人员政府购买服务、春节一线职工慰问、《中国共产党攀枝花执政实录》和《攀枝花纪事》编纂出版等。',
		plain_en:
			'Money set aside, beyond the cost of day-to-day running, for specific tasks, each with its own budget and performance targets. According to the report’s annex, in 2019 the office’s project money went chiefly on security staff bought in as a government-purchased service, Spring Festival visits to front-line workers, and compiling and publishing the city’s Party annals (《中国共产党攀枝花执政实录》) and the journal Panzhihua Chronicle (《攀枝花纪事》).',
		related: ['basic-expenditure', 'performance-target', 'item.party-offices.general-admin-affairs']
	},
	{
		id: 'three-public-expenses',
		plain_zh:
			'部门用财政拨款安排的三类公务开支：因公出国（境）（“境”指港澳台地区）、公务用车购置及运行维护、公务接待。2019年本部门的因公出国（境）是赴台湾参加第六届川台合作论坛；当年没有购车，“三公”经费的大头是现有公务用车的运行维护。定义写的是“公务用车购置及运行费”，第二部分写作“公务用车购置及运行维护费”，指的是同一项。',
		plain_en:
			'Three kinds of official spending, counting only what is paid from fiscal appropriations: official trips abroad and to Hong Kong, Macao and Taiwan (因公出国（境）), buying and running official vehicles, and official hospitality. The office’s 2019 delegation went to Taiwan, to the sixth Sichuan–Taiwan cooperation forum. It bought no vehicles in 2019, so most of the total went on running the ones it already had.',
		related: ['operating-costs', 'fiscal-appropriation', 'basic-expenditure']
	},
	{
		id: 'operating-costs',
		plain_zh:
			'机关为维持运转而购买商品和服务的钱，如办公和印刷、邮电、差旅、会议、水电、物业管理、公务用车运行维护等，不含人员工资。预算法要求各部门公开决算时对机关运行经费的安排、使用情况作出说明；报告在“其他重要事项”中单独列出了这一项。本报告中，它与一般公共预算财政拨款基本支出中的“日常公用经费”数额相同。',
		plain_en:
			'What an agency spends on goods and services to keep running (office supplies and printing, post and telecoms, travel, meetings, utilities, property management, running official cars) but not on staff pay. The Budget Law requires departments to explain these costs when they publish their accounts, and the report gives them a section under other important matters (其他重要事项). Here the figure is the same as the day-to-day running costs (日常公用经费) within basic spending from the general public budget, and running official cars counts both here and among the “three public expenses”.',
		related: ['three-public-expenses', 'basic-expenditure', 'government-procurement']
	},

	// ── Terms the report uses without defining ───────────────────────────────────────────────
	{
		id: 'final-accounts',
		term_zh: '决算',
		term_en: 'Final accounts',
		plain_zh:
			'一年结束后对实际收支的“总结账”，用来和年初的“预算”相对照。部门决算由部门汇总本级和所属单位的账目编制，经同级财政部门审核批复后向社会公开。本报告就是市委办公室2019年度的部门决算。',
		plain_en:
			'The final accounts (决算) record what a body actually received and spent over a year, to be set against the budget (预算) it planned beforehand. A department compiles them after the year closes from its own books and those of the units under it, and publishes them once the finance bureau has reviewed and approved them. This report is the office’s final accounts for 2019.',
		source_zh: '《中华人民共和国预算法》（2018年修正）“决算”一章及预算、决算公开的规定',
		source_en:
			'Budget Law of the People’s Republic of China (as amended in 2018): the chapter on final accounts and the rules on publishing budgets and final accounts',
		related: ['budget', 'budget-completion-rate', 'carry-over-closing', 'second-level-unit']
	},
	{
		id: 'budget',
		term_zh: '预算',
		term_en: 'Budget',
		plain_zh:
			'年度开始前编制、经法定程序批准的收支计划，预算年度就是公历年度。市级部门的预算在市人民代表大会批准本级预算后，由市财政部门批复；执行中可以按规定调整或追加。决算要拿来与预算对照，看计划执行得怎么样。',
		plain_en:
			'The plan of income and spending for a year, drawn up in advance and approved through a legal procedure; China’s budget year is the calendar year. A city department’s budget is issued by the finance bureau once the municipal people’s congress has approved the city’s budget, and it can be adjusted or topped up during the year under the rules. The final accounts are read against it to see how the plan was carried out.',
		source_zh: '《中华人民共和国预算法》（2018年修正）',
		source_en: 'Budget Law of the People’s Republic of China (as amended in 2018)',
		related: ['final-accounts', 'budget-completion-rate', 'general-public-budget']
	},
	{
		id: 'wan-yuan',
		term_zh: '万元',
		term_en: 'Wan yuan',
		plain_zh:
			'报告的金额单位，即一万元。报告中的金额保留两位小数，也就是精确到百元，末尾的零通常省略；有一处金额漏印了“万元”二字。',
		plain_en:
			'The report counts money in 万元 (wan yuan), units of {units.wan} yuan, printed to two decimal places (to the nearest hundred yuan) with trailing zeros dropped; one amount appears without its unit at all. The English pages of this site show amounts in yuan.',
		source_zh: '本报告（表格标注“单位：万元”）',
		source_en: 'The report itself, whose tables are headed 单位：万元 (“unit: wan yuan”)',
		related: ['final-accounts', 'budget']
	},
	{
		id: 'like-for-like',
		term_zh: '同口径',
		term_en: 'Like for like',
		plain_zh:
			'把比较范围调整一致后再比较。2019年本部门多承担了一项信息化建设任务，报告把这项任务涉及的资金从2019年的数字中剔除，再与2018年比较：这样算，收、支总计、财政拨款收、支总计和一般公共预算财政拨款支出都不是增长而是下降。用报告自己的数字重算，这三个同口径变化率都对得上。',
		plain_en:
			'Comparing two years on the same basis (同口径): the report takes the money for the informatization task the office took on in 2019 out of that year’s figures and compares the rest with 2018. On that basis total income and spending (收、支总计), the fiscal-appropriation total (财政拨款收、支总计) and general public budget appropriation spending (一般公共预算财政拨款支出) all fell rather than rose. Recomputed from the report’s own figures, all three like-for-like rates check out.',
		source_zh: '本报告第二部分（第一、四、五节的说明）',
		source_en:
			'Part Two of the report, in its explanations of the overall, fiscal-appropriation and general-public-budget totals',
		related: ['informatization', 'final-accounts', 'fiscal-appropriation']
	},
	{
		id: 'informatization',
		term_zh: '信息化建设',
		term_en: 'Informatization',
		plain_zh:
			'报告说，按照省、市工作安排，市委办公室2019年承担了信息化建设任务，并把它列为当年收、支总计增长的主要原因。报告没有具体说明建设了什么；第一部分提到本部门当年负责电子政务网络运行维护，并完成了全市政府网站集约化平台建设任务。按报告的数字推算，这笔资金大部分来自一般公共预算财政拨款，其余来自政府性基金预算拨款和财政拨款以外的其他资金。',
		plain_en:
			'Building information systems: a task that, the report says, the province and the city assigned to the office in 2019, and the main reason it gives for that year’s rise in total income and spending (收、支总计). The report does not say exactly what was built; Part One mentions that the office ran the e-government network and completed the city’s consolidated platform for government websites. By the report’s figures, most of the money came from the general public budget and the rest from government funds and from money other than fiscal appropriations.',
		source_zh: '本报告第二部分',
		source_en: 'Part Two of the report',
		related: ['like-for-like', 'project-expenditure', 'government-fund-budget']
	},
	{
		id: 'classification',
		term_zh: '科目（类、款、项）',
		term_en: 'Budget lines: class, section, item',
		plain_zh:
			'财政部统一规定的政府收支分类，按支出功能分三级：“类”是大的领域（如一般公共服务），“款”是其下的一类事务（如党委办公厅（室）及相关机构事务），“项”是具体用途（如行政运行），名词解释里那些很长的名称就是把三级连起来写；工资、办公费等则属于另一套“支出经济分类”。本报告的名词解释收录了本部门2019年没有用到的几个科目，却没有解释它实际用到的其他一般公共服务、其他社会科学、行政单位医疗和其他卫生健康等科目。',
		plain_en:
			'The standard labels every Chinese public body uses for its spending, set by the Ministry of Finance: by function, each budget line has three levels, a class (类) such as general public services, a section (款) such as Party committee offices and related bodies, and an item (项) such as administrative operation, and the long names in the report’s glossary are the three joined together. Salaries, office costs and the like follow a second, economic classification. The report’s glossary defines several lines the office did not use in 2019 but leaves out some it did, such as other general public services, other social sciences and two small health lines.',
		source_zh: '财政部《政府收支分类科目》（每年印发，本报告适用2019年版）',
		source_en:
			'Ministry of Finance, Government Revenue and Expenditure Classification (《政府收支分类科目》), issued every year; the 2019 edition applies',
		related: [
			'item.party-offices.admin-operation',
			'item.party-offices.general-admin-affairs',
			'item.retirement.basic-pension-contributions',
			'general-public-budget'
		]
	},
	{
		id: 'general-public-budget',
		term_zh: '一般公共预算',
		term_en: 'General public budget',
		plain_zh:
			'以税收为主体的财政收入所编的预算，用于保障和改善民生、推动经济社会发展、维护国家安全、维持国家机构正常运转等，是政府最主要的“钱袋子”。市委办公室的收入绝大部分来自这里，报告也只对这部分支出按科目逐项列出。',
		plain_en:
			'The government’s main budget, funded chiefly by taxes and spent on public services, economic and social development, national security and keeping state bodies running. The great majority of the office’s income came from it, and it is the only part of the office’s spending that the report breaks down line by line.',
		source_zh: '《中华人民共和国预算法》（2018年修正）',
		source_en: 'Budget Law of the People’s Republic of China (as amended in 2018)',
		related: ['government-fund-budget', 'state-capital-budget', 'fiscal-appropriation', 'classification']
	},
	{
		id: 'government-fund-budget',
		term_zh: '政府性基金预算',
		term_en: 'Government fund budget',
		plain_zh:
			'依照法律、行政法规向特定对象征收、收取或以其他方式筹集，专项用于特定公共事业的资金所编的预算，国有土地使用权出让收入是其中最大的一块。本部门2019年从中得到一小笔拨款，报告没有说明用途；不过按报告的数字，信息化建设资金中财政拨款部分比一般公共预算部分多出的数额，与这笔拨款几乎相等。',
		plain_en:
			'A separate budget for money raised from particular payers under laws and regulations, the largest source being sales of land-use rights, and earmarked for particular public purposes. The office received a small appropriation from it in 2019. The report does not say what it paid for, but by its own figures the fiscal-appropriation part of the informatization money exceeds the general-public-budget part by almost exactly that amount.',
		source_zh: '《中华人民共和国预算法》（2018年修正）',
		source_en: 'Budget Law of the People’s Republic of China (as amended in 2018)',
		related: ['general-public-budget', 'state-capital-budget', 'informatization', 'fiscal-appropriation']
	},
	{
		id: 'state-capital-budget',
		term_zh: '国有资本经营预算',
		term_en: 'State capital operating budget',
		plain_zh:
			'对国有资本收益（主要是国有企业上缴的利润）作出支出安排的预算。部门决算按统一格式都要列出这一项，市委办公室2019年没有这类拨款和支出。',
		plain_en:
			'The budget that spends the returns the state earns as owner, chiefly profits handed over by state-owned enterprises. Every department’s final accounts carry it in the standard format; the office had no money from it in 2019.',
		source_zh: '《中华人民共和国预算法》（2018年修正）',
		source_en: 'Budget Law of the People’s Republic of China (as amended in 2018)',
		related: ['general-public-budget', 'government-fund-budget', 'fiscal-appropriation']
	},
	{
		id: 'civil-service-managed-institution',
		term_zh: '参照公务员法管理的事业单位',
		term_en: 'Public service unit managed under the Civil Servant Law',
		plain_zh:
			'机构性质是事业单位，但经批准，除工勤人员外的工作人员参照公务员法管理，常简称“参公单位”；本部门下属的市委党史研究室和市电子政务办公室都属于这一类。报告对它的叫法不统一：第一部分写“参照公务员管理”，名词解释第五、六、九、十一条写“实行公务员管理”，第二十一条写“参照公务员法管理”，说的是同一类单位。',
		plain_en:
			'A public service unit (事业单位, a state-funded body that is not a government department) whose staff, apart from manual and support workers, are managed as civil servants with approval: a “参公” unit. The office’s Party History Research Office and its E-Government Office have this status. The report words it three ways (参照公务员管理 in Part One, 实行公务员管理 in several glossary definitions, 参照公务员法管理 in the definition of operating costs), all meaning the same thing.',
		source_zh: '《中华人民共和国公务员法》（2018年修订）',
		source_en: 'Civil Servant Law of the People’s Republic of China (revised in 2018)',
		related: ['second-level-unit', 'item.party-offices.admin-operation', 'operating-costs']
	},
	{
		id: 'second-level-unit',
		term_zh: '二级预算单位',
		term_en: 'Second-level budget unit',
		plain_zh:
			'部门预算管理中的层级：直接与财政部门发生预算拨款关系的部门是一级预算单位，其下属单位是二级预算单位；本报告汇总了市委办公室（本级）、市委党史研究室和市电子政务办公室的账目。报告两处说法不一：第一部分把“本级”也算作二级预算单位，附件则说除本级外下属二级预算单位共两个。附件还说明，机构改革后市电子政务办公室的职能已划转至市委办公室、市政府办公室、市发展改革委和市经济和信息化局。',
		plain_en:
			'A level in departmental budgeting: the department that deals directly with the finance bureau is a first-level budget unit and the bodies under it are second-level units. This report combines the books of the office itself (本级), the Municipal Party History Research Office and the Municipal E-Government Office, but counts them two ways: Part One calls all three second-level units, the office’s own books included, while the self-evaluation annex counts two besides the office itself. The annex adds that, after the restructuring of government bodies, the E-Government Office’s duties passed to the General Office, the municipal government’s general office, the development and reform commission and the economy and information technology bureau.',
		source_zh: '本报告第一部分“机构设置”及附件；预算单位分级是财政部门部门预算管理的通行做法',
		source_en:
			'Part One of the report (organization) and its self-evaluation annex; grading budget units by level is standard practice in Chinese departmental budgeting',
		related: ['civil-service-managed-institution', 'final-accounts', 'fixed-assets']
	},
	{
		id: 'performance-target',
		term_zh: '绩效目标',
		term_en: 'Performance target',
		plain_zh:
			'编预算时就为项目或部门整体支出定下、年终拿来对照的具体指标，包括数量、质量、时效、成本等完成指标，以及效益指标和满意度指标。报告所附的项目绩效目标完成情况表逐项列出“预期指标值”和“实际完成指标值”。其中机要高清业务项目的收发电报目标远高于实际，报告自己也承认年初指标设置不合理。',
		plain_en:
			'Concrete targets set for a project, or for a department’s spending as a whole, when the budget is drawn up and checked at the end of the year: output measures of quantity, quality, timeliness and cost, plus measures of benefit and of satisfaction. The project tables attached to the report set each expected value beside the result. For the confidential-communications and HD video project the telegram target proved far above the real number, and the report itself says the target was badly set.',
		source_zh: '《中共中央 国务院关于全面实施预算绩效管理的意见》（2018年）；本报告第二部分“预算绩效管理情况”',
		source_en:
			'Opinions of the CPC Central Committee and the State Council on Comprehensively Implementing Budget Performance Management (2018); Part Two of the report, on budget performance management',
		related: ['performance-self-evaluation', 'project-expenditure', 'budget-completion-rate']
	},
	{
		id: 'performance-self-evaluation',
		term_zh: '绩效自评',
		term_en: 'Performance self-evaluation',
		plain_zh:
			'由使用资金的单位自己对照绩效目标检查完成情况、打分评价。本部门对2019年的若干项目和部门整体支出做了自评，还自行组织了对机要高清业务项目的评价；部门整体支出的自评报告和这个项目的评价报告附在报告后面，部分项目的绩效目标完成情况表列在正文中。这类评价由单位自己完成，不同于财政部门或第三方机构开展的评价。',
		plain_en:
			'An assessment the spending unit makes of itself, scoring its results against its own performance targets. For 2019 the office assessed a number of projects and its spending as a whole, and organized its own evaluation of the confidential-communications and HD video project; the reports on its spending as a whole and on that project are annexed, and tables for some of the projects are in the main text. Such reviews are carried out by the unit itself, not by the finance bureau or an independent evaluator.',
		source_zh: '《中共中央 国务院关于全面实施预算绩效管理的意见》（2018年）；本报告第二部分“预算绩效管理情况”及附件',
		source_en:
			'Opinions of the CPC Central Committee and the State Council on Comprehensively Implementing Budget Performance Management (2018); Part Two of the report and its annexes',
		related: ['performance-target', 'project-expenditure']
	},
	{
		id: 'government-procurement',
		term_zh: '政府采购',
		term_en: 'Government procurement',
		plain_zh:
			'国家机关、事业单位和团体组织使用财政性资金，采购集中采购目录以内的或者采购限额标准以上的货物、工程和服务。本部门2019年的政府采购只有货物和服务两类，以服务为主，没有工程。预算法还要求各部门、各单位及时向社会公开政府采购情况。',
		plain_en:
			'Purchases of goods, works and services with public money by state bodies, public service units and other organizations, where the purchase is on the centralized procurement catalogue or above the value threshold. In 2019 the office bought only goods and services, mostly services, and no works.',
		source_zh: '《中华人民共和国政府采购法》',
		source_en: 'Government Procurement Law of the People’s Republic of China',
		related: ['sme-contracts', 'operating-costs']
	},
	{
		id: 'sme-contracts',
		term_zh: '授予中小企业合同（小微企业合同）',
		term_en: 'Contracts awarded to small and medium-sized enterprises (and to small and micro enterprises)',
		plain_zh:
			'政府采购合同中由中小企业承接的部分；小微企业是其中规模更小的一类，按从业人员、营业收入等指标划型。报告中授予小微企业的合同金额与授予中小企业的金额相同，即这部分合同全部给了小型和微型企业，而本部门的政府采购几乎全部由中小企业承接。',
		plain_en:
			'The part of government procurement contracts won by small and medium-sized enterprises; small and micro firms are the smaller end of that group, sized by staff numbers, revenue and similar measures. In this report the amount awarded to small and micro firms equals the amount awarded to SMEs, so all of it went to the smallest firms, and SMEs won nearly all of the office’s procurement.',
		source_zh:
			'财政部、工业和信息化部《政府采购促进中小企业发展暂行办法》（2019年适用，后由《政府采购促进中小企业发展管理办法》取代）；企业规模按《中小企业划型标准规定》划分',
		source_en:
			'Ministry of Finance and Ministry of Industry and Information Technology, Interim Measures on Government Procurement to Promote the Development of Small and Medium-sized Enterprises (in force in 2019, later replaced by the Administrative Measures of the same name); firm size follows the Provisions on Standards for Classifying Small and Medium-sized Enterprises',
		related: ['government-procurement', 'operating-costs']
	},
	{
		id: 'fixed-assets',
		term_zh: '固定资产',
		term_en: 'Fixed assets',
		plain_zh:
			'使用年限超过一年、单位价值在规定标准以上、使用中基本保持原有实物形态的资产，一般包括房屋及构筑物、专用设备、通用设备等，公务用车也在其中。附件显示，截至2019年底，固定资产是本部门资产中最大的一类，主要在市委办公室本级。',
		plain_en:
			'Assets used for more than a year, above a set unit value, that keep their physical form in use: typically buildings and structures and general and specialized equipment, official cars included. The annex shows fixed assets as the largest class of the office’s assets at the end of 2019, most of them on the books of the office itself.',
		source_zh:
			'财政部《政府会计准则——基本准则》及固定资产具体准则；《政府会计制度——行政事业单位会计科目和报表》（2019年起施行）',
		source_en:
			'Ministry of Finance, Government Accounting Standards: the Basic Standard and the specific standard on fixed assets; Government Accounting System for administrative and public service units (in force from 2019)',
		related: ['intangible-assets', 'current-assets', 'assets-pending-write-off', 'second-level-unit']
	},
	{
		id: 'intangible-assets',
		term_zh: '无形资产',
		term_en: 'Intangible assets',
		plain_zh:
			'没有实物形态、但可以单独辨认的非货币性资产，如软件、著作权、专利权、土地使用权等。附件显示本部门的无形资产集中在市委办公室本级和市电子政务办公室，报告没有说明具体是什么。',
		plain_en:
			'Identifiable non-monetary assets without physical form, such as software, copyrights, patents and land-use rights. The annex places the office’s intangible assets with the office itself and the E-Government Office, without saying what they are.',
		source_zh: '财政部《政府会计准则——基本准则》及无形资产具体准则；《政府会计制度——行政事业单位会计科目和报表》',
		source_en:
			'Ministry of Finance, Government Accounting Standards: the Basic Standard and the specific standard on intangible assets; Government Accounting System for administrative and public service units',
		related: ['fixed-assets', 'current-assets', 'assets-pending-write-off']
	},
	{
		id: 'assets-pending-write-off',
		term_zh: '待处理财产损益',
		term_en: 'Assets pending write-off',
		plain_zh:
			'资产清查中发现的盘盈、盘亏、毁损或报废的资产，在报经批准处理之前暂记在这里。本部门只有市委党史研究室有这一项，数额很小。政府会计制度中的科目名称是“待处理财产损溢”，报告写作“损益”。',
		plain_en:
			'Assets found in a stock-take to be surplus, missing, damaged or scrapped, held here until the write-off or adjustment is approved. Only the Party History Research Office has any, and the amount is small. The accounting system names the account 待处理财产损溢 (溢, “surplus”); the report writes 损益 (“profit and loss”).',
		source_zh: '《政府会计制度——行政事业单位会计科目和报表》（2019年起施行）',
		source_en:
			'Government Accounting System for administrative and public service units, issued by the Ministry of Finance (in force from 2019)',
		related: ['fixed-assets', 'current-assets']
	},
	{
		id: 'current-assets',
		term_zh: '流动资产',
		term_en: 'Current assets',
		plain_zh:
			'预计在一年以内（含一年）耗用或者可以变现的资产，如货币资金、应收及预付款项、存货等。2019年底本部门的流动资产数额很小。',
		plain_en:
			'Assets expected to be used up or turned into cash within a year, such as cash, receivables and prepayments, and stocks. The office held very little of them at the end of 2019.',
		source_zh: '财政部《政府会计准则——基本准则》',
		source_en: 'Ministry of Finance, Government Accounting Standards: the Basic Standard',
		related: ['fixed-assets', 'intangible-assets', 'assets-pending-write-off']
	},
	{
		id: 'budget-completion-rate',
		term_zh: '完成预算（预算完成率）',
		term_en: 'Budget completion rate',
		plain_zh:
			'决算数占预算数的比例，报告写作“完成预算”，在项目绩效部分则叫“执行率”。2019年本部门一般公共预算的科目几乎都是百分之百完成预算。报告没有说明比较的是年初预算还是年中调整后的预算，报告在预算绩效管理部分则提到，年度执行中按实际需要追加了项目经费。',
		plain_en:
			'Actual spending as a share of the budget, which the report calls 完成预算 (“budget completed”) and, for projects, 执行率 (“execution rate”). Almost every general-public-budget line of the office reached exactly its full budget in 2019. The report does not say whether it measures against the budget set at the start of the year or the budget as adjusted during it, though its section on performance management notes that project money was added during the year.',
		source_zh: '本报告第二部分（使用而未定义）',
		source_en: 'Part Two of the report, which uses the term without defining it',
		related: ['budget', 'final-accounts', 'performance-target']
	},
	{
		id: 'fiscal-appropriation',
		term_zh: '财政拨款',
		term_en: 'Fiscal appropriations',
		plain_zh:
			'财政部门从一般公共预算、政府性基金预算和国有资本经营预算拨给部门的钱的合称，与单位自己取得的“其他收入”相对。报告中的“财政拨款收、支总计”，除当年拨款外，还包括以前年度结转下来的财政拨款。“三公”经费也只统计财政拨款安排的部分。',
		plain_en:
			'The collective name for money the finance bureau passes to a department from the three budgets (general public, government fund and state capital operating), as against the “other income” a unit takes in itself. The report’s fiscal-appropriation totals (财政拨款收、支总计) include appropriations carried over from earlier years as well as the year’s own, and the “three public expenses” count only spending from fiscal appropriations.',
		source_zh: '《中华人民共和国预算法》（2018年修正）；本报告第二部分“财政拨款收入支出决算总体情况说明”',
		source_en:
			'Budget Law of the People’s Republic of China (as amended in 2018); Part Two of the report, on overall fiscal-appropriation income and spending',
		related: ['fiscal-appropriation-income', 'other-income', 'general-public-budget', 'government-fund-budget']
	}
];
