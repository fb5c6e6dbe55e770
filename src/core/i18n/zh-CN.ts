/** zh-CN, the default language. Placeholders in {braces}; en-US.ts must have the same keys and placeholders. */
export const zhCN = {
  // Template: structure (from the schema)
  "tpl.notJson":
    "权重模板不是有效的 JSON：第 {line} 行第 {column} 列附近有误。请用文本编辑器检查该处的逗号、引号和括号，或在面板中打开模板后重新导出。",
  "tpl.tooDeep":
    "不是权重模板：嵌套了 {depth} 层，而权重模板至多 {maximum} 层。请确认选的是权重模板的 .json 文件，或在面板中打开模板后重新导出。",
  "tpl.required": "{where}：缺少必填项。",
  "tpl.expected": "{where}：应为{expected}，当前为「{value}」。",
  "tpl.unknownKeys": "{where}：不认识的字段 {keys}，请检查拼写。",
  "tpl.enum": "{where}：应为 {options} 之一，当前为「{value}」。",
  "tpl.method": "{where}：计分方法应为 {options} 之一，当前为「{value}」。",
  "tpl.version": "{where}：版本号应形如 1.0.0（主版本.次版本.修订号），当前为「{value}」。",
  "tpl.tooSmall": "{where}：不能为空，或数值太小（至少 {minimum}）。",
  "tpl.tooLong": "{where}：文字太长（至多 {maximum} 个字符）。",
  "tpl.tooMany": "{where}：项目太多（至多 {maximum} 个）。",
  "tpl.tooBig": "{where}：数值太大（至多 {maximum}）。",
  "tpl.integer": "{where}：应为整数，当前为「{value}」。",
  "tpl.invalid": "{where}：取值无效（{detail}）。",
  // Template: rules (scoring.md §1)
  "tpl.duplicatePostId": "岗位编号「{postId}」重复，每个岗位的编号必须唯一。",
  "tpl.postNameClash":
    "岗位「{post}」的名称或编号与另一岗位「{other}」相同，评分表中的岗位将无法唯一匹配。",
  "tpl.duplicateIndicatorId": "岗位「{post}」中指标编号「{indicatorId}」重复。",
  "tpl.duplicateDimensionId": "岗位「{post}」中维度编号「{dimensionId}」重复。",
  "tpl.weightMissing": "岗位「{post}」的指标「{indicator}」缺少权重；加分项请标注 bonus: true。",
  "tpl.weightInvalid": "岗位「{post}」的指标「{indicator}」权重为 {value}，权重必须是大于 0 的数。",
  "tpl.bonusHasWeight":
    "岗位「{post}」的加分项「{indicator}」不应设置权重（加分项不计入权重合计）。",
  "tpl.bonusHasDimension": "岗位「{post}」的加分项「{indicator}」不应归入维度。",
  "tpl.weightsSum": "岗位「{post}」的指标权重合计为 {sum}，应恰为 100（系统不会自动折算）。",
  "tpl.dimensionWeightInvalid":
    "岗位「{post}」的维度「{dimension}」权重为 {value}，权重必须是大于 0 的数。",
  "tpl.dimensionWeightsSum": "岗位「{post}」的维度权重合计为 {sum}，应恰为 100。",
  "tpl.dimensionIndicatorsSum":
    "岗位「{post}」维度「{dimension}」内的指标权重合计为 {sum}，应恰为 100。",
  "tpl.dimensionMissing":
    "岗位「{post}」设有维度，指标「{indicator}」须注明所属维度（dimension）。",
  "tpl.dimensionUnknown": "岗位「{post}」的指标「{indicator}」所属维度「{dimensionId}」不存在。",
  "tpl.dimensionUnexpected":
    "岗位「{post}」未设维度，指标「{indicator}」却注明了维度「{dimensionId}」。",
  "tpl.gradesOrder":
    "等级「{label}」的下限 {min} 应严格低于上一等级「{previous}」的下限 {previousMin}。",
  "tpl.gradesLastZero": "最后一个等级「{label}」的下限应为 0，当前为 {min}。",
  "tpl.duplicateGrade": "等级名称「{label}」重复。",
  "cli.annualWritten": "年度排名 {ranked} 人，{short} 人季度结果不足；「{sheet}」已写入 {file}",
  "sheet.feedback.title": "{period} 考核反馈单",
  "sheet.feedback.indicator": "指标",
  "sheet.feedback.weight": "权重",
  "sheet.feedback.actual": "实际值",
  "sheet.feedback.target": "目标",
  "sheet.feedback.score": "得分",
  "sheet.feedback.contribution": "加权得分",
  "sheet.feedback.postMean": "岗位平均",
  "sheet.feedback.postBest": "岗位最高",
  "sheet.feedback.bonus": "加分项",
  "sheet.feedback.strengths": "优势：{list}",
  "sheet.feedback.weaknesses": "待改进：{list}",
  "sheet.feedback.trend": "历次结果：{list}",
  "sheet.feedback.outcome": "结果应用：{text}",
  "sheet.feedback.training": "培训建议：{list}",
  "sheet.feedback.appeal": "如对考核结果有异议，请于 {date} 前书面申诉。",
  "sheet.feedback.veto": "一票否决：{reason}，综合得分计为 0。",
  "sheet.feedback.none": "无",
  "sheet.feedback.noResult": "无结果",
  "sheet.feedback.reward": "表彰奖励。",
  "sheet.feedback.passed": "达标。",
  "sheet.feedback.warning": "未达标，予以预警，请于 {date} 前完成整改。",
  "sheet.feedback.penalty": "已连续 {count} 期不达标，按制度处理。",
  "sheet.results.provenance":
    "依据：{template}（版本 {version}，指纹 {fingerprint}）；发布日期 {published}；申诉截止 {deadline}；生成于 {generatedAt}",
  "sheet.results.outcomesTitle": "{period} 考核结果应用",
  "sheet.results.rectificationTitle": "{period} 预警整改跟踪",
  "sheet.results.trainingTitle": "{period} 培训需求",
  "sheet.results.verdict": "考核结论",
  "sheet.results.reward": "表彰奖励",
  "sheet.results.deadline": "整改期限",
  "sheet.results.failures": "连续不达标期数",
  "sheet.results.penalty": "按制度处理",
  "sheet.results.strengths": "优势",
  "sheet.results.weaknesses": "待改进",
  "sheet.results.training": "培训建议",
  "sheet.results.passed": "达标",
  "sheet.results.failed": "未达标",
  "sheet.results.noResult": "无结果",
  "sheet.results.vetoed": "否决",
  "sheet.results.yes": "是",
  "sheet.results.no": "否",
  "sheet.results.none": "本期没有考核对象。",
  "sheet.results.noWarning": "本期没有预警对象，无需整改。",
  "sheet.results.noTraining": "本期没有培训需求（待改进指标均未设置培训课程）。",
  "sheet.results.state": "状态",
  "sheet.results.doneOn": "完成日期",
  "sheet.results.overdue": "逾期",
  "sheet.results.state.todo": "未开始",
  "sheet.results.state.doing": "进行中",
  "sheet.results.state.done": "已完成",
  "sheet.results.statePrompt": "请选择：未开始、进行中或已完成；完成后填写完成日期。",
  "sheet.results.stateError": "状态只能是 未开始、进行中 或 已完成。",
  "sheet.results.course": "培训课程",
  "sheet.results.indicators": "关联指标",
  "sheet.results.total": "合计人数",
  "sheet.results.noBranch": "（未填机构）",
  "results.noRanking":
    "{file} 中没有加载项生成的排名表（由 rank 或 collect 生成）：请先排名，再生成结果。",
  "results.noPeriod": "{file} 中没有期间 {period} 的排名表；已有：{periods}。",
  "results.templateChanged":
    "「{sheet}」排名时的权重模板（指纹 {recorded}）与工作簿中现在的「权重模板」（指纹 {actual}）不同：请用排名时的模板，或重新排名。",
  "results.noScores":
    "找不到「{ranking}」排名所用的评分数据（{sheet}）：反馈单需要各指标的实际值。请对 rank 或 collect 生成的工作簿运行，或用 --sheet 指定数据表。",
  "results.inputsChanged":
    "「{sheet}」的数据在「{ranking}」排名之后被改动过（输入哈希不同）：请重新排名后再生成结果。",
  "calendar.statutory":
    "{years} 年放假安排未载入：期限按法定节假日和周末计算，未含调休；载入国务院通知后请重新生成。",
  "results.outOfCalendar":
    "日期 {date} 超出节假日日历的覆盖范围（{from}–{to} 年），无法计算工作日期限。",
  "cli.resultsWritten":
    "{period}：{objects} 个对象，表彰 {reward}，预警 {warning}（其中按制度处理 {penalty}），无结果 {none}；申诉截止 {deadline}；已写入 {file}",
  "cli.badDate": "{option} 的值「{value}」不是日期：请写成 2026-01-09 的形式。",
  "sheet.audit.title": "审计日志（由加载项追加，请勿修改）",
  "sheet.audit.time": "时间",
  "sheet.audit.job": "操作",
  "sheet.audit.who": "操作人",
  "sheet.audit.template": "模板编号",
  "sheet.audit.version": "模板版本",
  "sheet.audit.fingerprint": "模板指纹",
  "sheet.audit.inputHash": "输入哈希",
  "sheet.audit.written": "写入的工作表",
  "sheet.audit.summary": "摘要",
  "audit.summary.rank": "排名 {ranked} 行，未能排名 {unranked} 行",
  "audit.summary.collect": "{files} 个文件，收录 {rows} 行，排名 {ranked} 行",
  "audit.summary.annual": "年度排名 {ranked} 人，季度结果不足 {short} 人",
  "audit.summary.results":
    "{period}：{objects} 个对象，表彰 {reward}，预警 {warning}，连续不达标 {penalty}",
  "audit.summary.template": "{posts} 个岗位，{indicators} 个指标",
  "verify.noRanking": "工作簿中没有加载项生成的排名表，无可核验的内容。",
  "verify.noScores":
    "「{sheet}」排名所用的评分数据不在工作簿中（评分表或汇总），无法重算：请对 rank 或 collect 生成的工作簿核验。",
  "verify.blank": "空",
  "verify.difference": "{where}：{what}为 {recorded}，重算为 {recomputed}",
  "verify.what.templateFingerprint": "模板指纹（权重模板在排名后被改动）",
  "verify.what.inputHash": "输入哈希（评分数据在排名后被改动）",
  "verify.what.composite": "综合得分",
  "verify.what.rank.overall": "名次",
  "verify.what.rank.post": "岗位内名次",
  "verify.what.rank.branch": "机构内名次",
  "verify.what.grade": "等级",
  "verify.what.veto": "否决原因",
  "verify.what.extraRow": "多出的行（重算中不在排名内）",
  "verify.what.appeals": "已应用的申诉（登记簿中找不到，或已不是已答复的更正）",
  "verify.what.missingRow": "缺少的行（重算中应排名）",
  "verify.what.reviewed": "{id} 的「{indicator}」（员工评价结果）",
  "verify.what.reviewsTemplate": "模板指纹（权重模板在员工评价汇总后被改动）",
  "verify.reviews.noBlock": "「权重模板」中没有员工评价设置（reviews），无法按评价表核验。",
  "verify.reviews.noAudit":
    "审计日志中没有员工评价汇总的记录：请对员工评价汇总生成的工作簿（或其后排名的工作簿）按评价表核验。",
  "verify.reviews.noScoreSheet": "工作簿中没有可读的「{sheet}」，无法核验员工评价结果。",
  "verify.reviews.otherForms":
    "所给的评价表不是汇总时所用的那些：其合并哈希为 {given}，审计日志记录的为 {recorded}。请给出汇总时的全部评价表（同样的文件或文件夹），不多也不少。",
  "cli.verifiedReviews":
    "已按 {forms} 份评价表重算评分表中 {cells} 个员工评价结果单元格：{count} 处差异。",
  "cli.verified": "已核验 {tabs} 张排名表（{rows} 行）：结果全部可重现。",
  "cli.verifyDifferences": "已核验 {tabs} 张排名表（{rows} 行）：发现 {count} 处差异。",
  "appeal.where": "{where}（申诉 {appeal}）：{text}",
  "appeal.unreadable":
    "无法识别此单元格的内容：日期请填写为日期（如 2026-01-12），更正值请填写数字。",
  "appeal.required": "「{field}」必填。",
  "appeal.duplicateId": "编号重复（第 {first} 行已使用）：每条申诉的编号须唯一。",
  "appeal.unknownPeriod": "期间「{period}」没有对应的排名表：请填写已发布排名的期间，如 2025Q4。",
  "appeal.unknownId": "工号「{id}」不在 {period} 的排名中：请核对工号。",
  "appeal.unknownIndicator":
    "指标「{indicator}」不是 {id} 所在岗位的指标：请填写指标编号或名称；对整体结果申诉请留空。",
  "appeal.late": "提交日期晚于申诉截止日 {deadline}（逾期申诉）：考核单位仍可决定是否受理。",
  "appeal.badState": "状态「{value}」无效：应为 已登记、调查中、待审批 或 已答复。",
  "appeal.backwards": "状态不能回退：上次为「{before}」，现在为「{now}」。",
  "appeal.needs": "状态为「{state}」时须填写「{field}」。",
  "appeal.badConclusion": "结论「{value}」无效：应为 维持 或 更正。",
  "appeal.dateOrder": "「{field}」不能早于「{after}」。",
  "appeal.correctionNeedsIndicator": "结论为「更正」时须填写被更正的指标。",
  "appeal.correctionNeedsValue": "结论为「更正」时须填写更正值（该指标更正后的实际值）。",
  "appeal.badValue": "更正值 {value} 不是「{indicator}」的计分方法可接受的实际值。",
  "appeal.twoCorrections": "同一期间同一工号的同一指标已有更正（{first}）：请合并为一条。",
  "appeal.upheldWithValue": "结论为「维持」时不应填写更正值。",
  "sheet.duties.descriptionsHelp":
    "每个关键岗位一行，四要素（岗位职责、任职要求、工作流程、考核标准）都须填写。岗位编号和岗位名称不得重复；考核标准须写明对应权重模板中的岗位（编号或名称）；最近修订日期按日期输入，超过 12 个月未修订将被提醒。首列为「示例」的灰色行仅作示范，检查时不读取。",
  "sheet.duties.matrixHelp":
    "每个核心流程一行；前三列为流程编号、流程名称、业务条线，其后每列一个岗位（表头为岗位说明书中的岗位编号或名称）。单元格填该岗位在流程中的角色：{roles}，多个角色用「、」或「/」分隔，不承担则留空。每个流程须有发起岗、唯一的决策岗和监督岗，同一岗位不得既决策又监督。",
  "sheet.duties.changesHelp":
    "每项需要更新岗位说明书的变化一行。类型为业务变化（15 个工作日内完成修订）或监管变化（7 个工作日内）；涉及岗位用「、」分隔。到期日和状态由公式按国家法定节假日及调休自动计算（请勿改写；预置行用完时，Excel 会把公式带到新填的行，也可将上一行的两格向下复制）；完成修订后填写完成日期，并同时更新岗位说明书的最近修订日期。",
  "sheet.duties.exampleDescription":
    "柜面经理|运营管理部|负责柜面业务的组织、复核与授权，管理柜员排班和现金调拨。|本科及以上，三年以上柜面经验，持有运营主管资格。|晨会→业务复核→授权审批→日终轧账→报表上报。|权重模板：柜面经理|2025-06-30",
  "sheet.duties.exampleProcess": "个人开户（示例）",
  "sheet.duties.exampleLine": "个人金融",
  "sheet.duties.exampleChange": "反洗钱客户身份识别新规|柜面经理",
  "sheet.duties.standardLink": "权重模板：{post}",
  "sheet.duties.rolePrompt": "发起、协作、决策、监督；多个角色用「、」分隔，如 发起、协作。",
  "sheet.duties.roleError":
    "角色应为 发起、协作、决策 或 监督，多个用「、」分隔。确定保留这样填写吗？",
  "sheet.duties.typePrompt": "业务变化：15 个工作日内修订；监管变化：7 个工作日内修订。",
  "sheet.duties.typeError": "类型只能是 业务变化 或 监管变化。",
  "sheet.duties.datePrompt": "请输入日期，如 2025-10-09。",
  "sheet.duties.dateError": "请输入 2000 年到 2099 年之间的日期。",
  "sheet.duties.calendarHeader": "工作日（{from}–{to} 年，按国家法定节假日及调休安排）",
  "sheet.arrangement.title": "{year} 年放假安排",
  "sheet.arrangement.help":
    "按国务院办公厅关于{year}年部分节假日安排的通知填写（通常于上一年 11 月在中国政府网 www.gov.cn 发布）：每个放假日一行，类型填「休」；每个调休上班日（周六或周日上班）一行，类型填「班」。日期按日期输入，如 {year}-01-01；说明可填节日名称。灰色的「示例」行仅作示范，不会被读取；不用的行留空即可。加载项按本表计算工作日，本表中的日期优先于内置日历。",
  "sheet.arrangement.example": "示例：元旦（此行不会被读取）",
  "sheet.arrangement.kindPrompt": "休：放假日；班：调休上班日（周六或周日上班）。",
  "sheet.arrangement.kindError": "类型只能是 休（放假）或 班（调休上班）。",
  "sheet.arrangement.datePrompt": "请输入日期，如 {year}-10-01。",
  "sheet.arrangement.dateError": "请输入 2000 年到 2099 年之间的日期。",
  "arrangement.missingHeaders":
    "「{sheet}」找不到表头（{missing}）：表头须在前 10 行中的同一行，列名为 日期、类型，可加 说明。",
  "arrangement.badDate":
    "日期「{text}」无效：请填写 2000–2099 年间实际存在的日期，如 2027-01-01、2027/1/1 或 2027年1月1日。",
  "arrangement.badKind":
    "类型「{text}」无效：放假日填「休」，调休上班日填「班」（也可写 休息/上班、off/work）。",
  "arrangement.required":
    "「{field}」须填写：每行一天，写明日期和类型（休 或 班）；不用的行请整行清空。",
  "arrangement.conflict":
    "{date} 填了两次且类型不同：{first} 为「{firstKind}」，{second} 为「{secondKind}」。请对照国务院办公厅的放假通知，改正或删去其中一行。",
  "arrangement.text.badDate":
    "{where}：日期「{text}」无效：请填写 2000–2099 年间实际存在的日期，如 2027-01-01、2027/1/1 或 2027年1月1日。",
  "arrangement.text.badKind":
    "{where}：类型「{text}」无效：放假日填「休」，调休上班日填「班」（也可写 休息/上班、off/work）。",
  "arrangement.text.required":
    "{where}：「{field}」须填写：每行一天，写明日期和类型（休 或 班）；不用的行请删去。",
  "arrangement.text.empty":
    "{source} 中没有任何日期：请每行填写一天（日期、类型 休 或 班），或检查是否选错了文件。",
  "arrangement.text.more": "另有 {count} 处问题未列出：请先改正以上各处，再重新加载。",
  "arrangement.csv.encoding":
    "{source} 第 {line} 行有无法识别的字符：文件既不是 UTF-8 也不是 GBK/GB18030 编码。请在 Excel 中另存为「CSV UTF-8（逗号分隔）」后重试。",
  "arrangement.csv.quote":
    '{source} 第 {line} 行开始的引号没有闭合：请检查该行的双引号是否成对（字段中的引号须写成两个 ""）。',
  "arrangement.csv.noHeader":
    "{source} 的前 10 行中找不到表头：须有一行包含「日期」和「类型」两列（可加「说明」），如 日期,类型,说明；其下每行一天。",
  "arrangement.json.notJson":
    "{source} 不是有效的 JSON：第 {line} 行第 {column} 列附近有误。请检查该处的逗号、引号和括号，或重新下载该文件。",
  "arrangement.json.tooDeep":
    "{source} 不是放假安排：嵌套了 {depth} 层，而 holiday-cn 格式的放假安排至多 {maximum} 层。请确认选的是放假安排文件，或重新下载该文件。",
  "arrangement.json.missing":
    "{source} 不是 holiday-cn 格式的放假安排：缺少 {path}（应为{expected}）。格式如 {example}。",
  "arrangement.json.shape":
    "{source} 不是 holiday-cn 格式的放假安排：{path} 应为{expected}。格式如 {example}。",
  "dutyKind.no-initiator": "权责空白：无发起岗",
  "dutyKind.no-decider": "权责空白：无决策岗",
  "dutyKind.multiple-deciders": "多头决策",
  "dutyKind.no-supervisor": "缺少监督",
  "dutyKind.decide-and-supervise": "不相容职责：决策与监督",
  "dutyKind.initiate-and-decide": "不相容职责：发起与决策",
  "dutyKind.unknown-role": "未知角色",
  "dutyKind.unknown-post": "未知岗位",
  "dutyKind.duplicate-process": "流程编号重复",
  "dutyKind.idle-post": "岗位未承担任何流程",
  "dutyKind.incomplete-description": "说明书要素不全",
  "dutyKind.duplicate-post": "岗位编号或名称重复",
  "dutyKind.description-without-template-post": "说明书未对应模板岗位",
  "dutyKind.template-post-without-description": "模板岗位没有说明书",
  "dutyKind.description-not-revised": "说明书未随变更修订",
  "dutyKind.change-unknown-post": "变更涉及未知岗位",
  "dutyKind.stale-description": "说明书超过 12 个月未修订",
  "duties.missingSheet":
    "{file} 中没有「{sheet}」工作表：请先生成岗责工作簿（命令行 bank-assess duties --new --out 岗责.xlsx，或任务窗格 岗责 → 生成岗责工作簿），或添加该工作表及其表头。",
  "duties.missingHeaders":
    "「{sheet}」找不到表头（{missing}）：表头须在前 10 行中的同一行，名称见工作簿说明。",
  "duties.unreadable.date": "「{field}」的「{text}」不是日期：请按日期输入，如 2025-10-09。",
  "duties.unreadable.type": "类型「{text}」无效：应为 业务变化 或 监管变化。",
  "duties.unreadable.required": "「{field}」须填写：没有它无法计算到期日。",
  "duties.empty":
    "岗责工作簿还没有填写：「岗位说明书」和「权责矩阵」都没有数据行，没有可检查的内容。请在「岗位说明书」每行填写一个岗位（岗位编号、岗位名称、所属部门、岗位职责、任职要求、工作流程、考核标准），在「权责矩阵」每行填写一个核心流程及各岗位的角色（发起、协作、决策、监督），然后再检查。",
  "duties.exists":
    "工作簿中已有 {sheets}：加载项不会改写它们。如需重新生成，请在新的工作簿中操作。",
  "audit.summary.duties":
    "{errors} 处错误，{warnings} 处提醒；{overdue} 项变更已逾期，{soon} 项 5 个工作日内到期",
  "audit.summary.arrangement": "生成 {year} 年放假安排表（待按国务院通知填写）",
  "audit.summary.dutiesWorkbook": "生成岗责工作簿（预填 {posts} 个模板岗位）",
  "sheet.checkup.name": "岗位责任体检 {quarter}",
  "sheet.checkup.title": "{name}（检查日 {asOf}）",
  "sheet.checkup.provenance": "来源：{file}；权重模板：{template}；生成于 {time}",
  "sheet.checkup.noTemplate": "未提供（说明书与模板岗位的对应未检查）",
  "sheet.checkup.summary":
    "一、检查结果汇总（{posts} 个岗位说明书、{processes} 个流程、{changes} 项职责变更）",
  "sheet.checkup.findings": "二、问题清单（{errors} 处错误，{warnings} 处提醒）",
  "sheet.checkup.changes": "三、已逾期及 {days} 个工作日内到期的职责变更",
  "sheet.checkup.stale": "四、超过 12 个月未修订的岗位说明书",
  "sheet.checkup.no": "序号",
  "sheet.checkup.severity": "严重程度",
  "sheet.checkup.item": "检查项",
  "sheet.checkup.count": "数量",
  "sheet.checkup.process": "流程",
  "sheet.checkup.post": "岗位",
  "sheet.checkup.cell": "单元格",
  "sheet.checkup.message": "说明",
  "sheet.checkup.state": "状态",
  "sheet.checkup.subject": "事项",
  "sheet.checkup.changeId": "编号",
  "sheet.checkup.due": "到期日",
  "sheet.checkup.revised": "最近修订日期",
  "sheet.checkup.error": "错误",
  "sheet.checkup.warning": "提醒",
  "sheet.checkup.none": "无",
  "sheet.checkup.never": "未填写",
  "sheet.checkup.soon": "即将到期",
  "sheet.checkup.notChecked": "未检查（无权重模板）",
  "sheet.checkup.unreadableItem": "无法读取的单元格",
  "sheet.checkup.changeDetail": "{type}，发生于 {occurred}，涉及 {posts}",
  "cli.dutiesWorkbookWritten": "岗责工作簿已写入 {file}（{sheets}）",
  "cli.dutiesOverdue": "✗ 变更 {id} 已逾期（到期日 {due}，{cell}）",
  "cli.dutiesSoon": "! 变更 {id} 将于 {due} 到期（{cell}）",
  "cli.dutiesNoTemplate": "未提供权重模板：说明书与模板岗位的对应未检查（可用 --template 指定）。",
  "cli.dutiesChecked":
    "检查日 {asOf}：{posts} 个岗位说明书、{processes} 个流程、{changes} 项变更；{errors} 处错误，{warnings} 处提醒。",
  "cli.dutiesReportWritten": "「{sheet}」已写入 {file}",
  "sheet.appeals.title": "申诉登记 {period}",
  "sheet.appeals.instructions":
    "每行一条申诉。编号唯一（如 SS-2025Q4-001）；期间和工号须为已发布排名中的一行；指标填指标编号或名称，对整体结果申诉则留空。状态只能依次推进：{states}。待审批须填调查记录和处理意见；已答复须填结论、审批人、审批日期（不早于提交日期）、答复日期（不早于审批日期）和答复理由。结论为更正时填写该指标更正后的实际值；维持时更正值留空。日期请按日期输入，如 2026-01-12。",
  "sheet.appeals.statePrompt": "已登记 → 调查中 → 待审批 → 已答复，只能向前推进。",
  "sheet.appeals.stateError": "状态只能是 已登记、调查中、待审批 或 已答复。",
  "sheet.appeals.conclusionPrompt": "维持：结果不变；更正：填写更正值。",
  "sheet.appeals.datePrompt": "请输入日期，如 2026-01-12。",
  "sheet.appeals.dateError": "请输入 2000 年到 2099 年之间的日期。",
  "sheet.changes.title": "变动：「{published}」→「{corrected}」",
  "sheet.changes.note":
    "申诉更正后综合得分、名次（任一范围）或等级有变化的 {count} 个对象；生成于 {time}",
  "sheet.changes.before": "原{what}",
  "sheet.changes.after": "新{what}",
  "sheet.changes.cause": "原因（申诉编号）",
  "sheet.changes.others": "因他人更正",
  "sheet.changes.none": "更正未改变任何对象的得分、名次或等级。",
  "sheet.rank.correctedTitle": "{period} 运营考核排名（{suffix}）",
  "appeals.noRegister":
    "没有找到「申诉登记」工作表：请用 --register 指定登记簿，或先生成空白登记簿。",
  "appeals.noRanking":
    "{file} 中没有加载项生成的排名表（由 rank 或 collect 生成）：申诉针对已发布的排名，请先排名，再登记申诉。",
  "appeals.notRegister":
    "「申诉登记」缺少表头（{missing}）：请使用加载项生成的登记簿，或补齐表头。",
  "sheet.rank.correctionSuffix": "更正{n}",
  "cli.appealsChecked": "{appeals} 条申诉：{errors} 处错误，{warnings} 处提醒。",
  "cli.appealsApplied":
    "{period}：应用 {count} 条更正，生成「{sheet}」，{changes} 个对象有变动；已写入 {file}",
  "cli.appealsNothing": "没有可应用的更正（须为「已答复」且结论为「更正」、无错误的申诉）。",
  "cli.registerWritten": "空白「申诉登记」已写入 {file}",
  "audit.summary.appeals": "{appeals} 条申诉，应用更正 {corrections} 条，{changes} 个对象有变动",
  "appeals.notRankingRow": "请先在排名表「{sheet}」中选中被申诉人员所在的行（表头以下）。",
  "appeals.needsWho": "请填写期间和工号，或在排名表中选中被申诉人员所在的行。",
  "appeals.userRegister":
    "「{sheet}」是您自己建立的工作表，加载项不会改写它：请直接在表中登记和修改。",
  "appeals.cannotAdvance": "申诉 {id} 已是最后的状态「已答复」，或登记簿中找不到它。",
  "audit.summary.registered": "登记申诉 {id}（{period}，工号 {employeeId}）",
  "audit.summary.advanced": "申诉 {id} 推进到「{state}」",
  "duty.no-initiator": "流程 {process}：权责空白：无发起岗。",
  "duty.no-decider": "流程 {process}：权责空白：无决策岗。",
  "duty.multiple-deciders": "流程 {process}：多头决策（{posts}），请明确一个决策岗。",
  "duty.no-supervisor": "流程 {process}：缺少监督岗。",
  "duty.decide-and-supervise": "流程 {process}：「{post}」既决策又监督（不相容职责）。",
  "duty.initiate-and-decide": "流程 {process}：「{post}」既发起又决策（经办与审批未分离）。",
  "duty.unknown-role":
    "流程 {process}：「{post}」的角色「{text}」无法识别，应为 发起、协作、决策 或 监督（多个用「、」或「/」分隔）。",
  "duty.unknown-post": "岗位列「{post}」不在岗位说明书中。",
  "duty.duplicate-process": "流程编号 {process} 重复（第 {first} 行已使用）。",
  "duty.idle-post": "「{post}」未承担任何流程。",
  "duty.incomplete-description": "「{post}」的岗位说明书缺少：{missing}。",
  "duty.duplicate-post": "岗位「{post}」重复（第 {first} 行已使用）。",
  "duty.description-without-template-post": "「{post}」的考核标准没有对应权重模板中的岗位。",
  "duty.template-post-without-description": "权重模板中的岗位「{post}」没有岗位说明书。",
  "duty.description-not-revised":
    "变更 {change}（{occurred}）已完成，但「{post}」的说明书未随变更修订。",
  "duty.change-unknown-post": "变更 {change} 涉及的岗位「{post}」不在岗位说明书中。",
  "duty.stale-description": "「{post}」的说明书超过 12 个月未修订（最近修订 {revised}）。",
  "duty.stale-description.blank": "「{post}」的说明书未填写最近修订日期。",
  "annual.noTemplate": "{file} 中没有「权重模板」工作表：请用 --template 指定当前的权重模板。",
  "annual.noRanking":
    "{file} 中没有加载项生成的排名表（由 rank 或 collect 生成）：请先为每个季度排名，再生成年度结果。",
  "annual.notQuarterly":
    "{file} 中的排名表是 {periods}，不是季度排名：年度结果由各季度的排名汇总，请为每个季度分别排名（考核期 {year}Q1 至 {year}Q4）后再生成年度结果。",
  "annual.filePeriods": "各文件所含排名的考核期分别为 {files}。",
  "annual.fileHolds": "{file}：{periods}",
  "annual.period.year": "{period}（年度）",
  "annual.period.invalid": "「{period}」（不是有效的考核期）",
  "annual.period.none": "没有排名表",
  "sheet.annual.name": "年度排名 {year}",
  "sheet.annual.title": "{year}年度 运营考核排名（由季度结果汇总）",
  "sheet.annual.quarterScore": "{quarter}得分",
  "sheet.annual.quarterGrade": "{quarter}等级",
  "sheet.annual.trend": "趋势",
  "sheet.annual.postChange": "岗位变动",
  "sheet.annual.postChanged": "岗位变动：{posts}",
  "cycle.duplicatePeriod":
    "期间 {period} 出现了两次：{first} 和 {second}。每个期间只能给一个排名结果。",
  "cycle.otherTemplate":
    "{source} 的排名由另一个权重模板（{id}）生成，与当前模板（{expected}）不同，不能合并计算。",
  "cycle.notQuarterOf": "{source} 的期间 {period} 不是 {year} 年的季度。",
  "cycle.short": "季度结果不足：{count} 个，至少需要 {needed} 个。",
  "tpl.annualWeights":
    "年度汇总的季度权重（annual.quarterWeights）应为 4 个不小于 0 的数，且不能全为 0，当前为 {value}。",
  "tpl.annualMinQuarters":
    "年度汇总至少需要的季度数（annual.minQuarters）应为 1 到 4 的整数，当前为 {value}。",
  "tpl.rewardGrade": "表彰奖励的等级「{label}」不是本模板的等级（{grades}）。",
  "tpl.workdays": "{field} 是工作日天数，应为不小于 1 的整数，当前为 {value}。",
  "tpl.consecutiveFailures":
    "连续不达标的次数（outcomes.penalty.consecutiveFailures）应为不小于 1 的整数，当前为 {value}。",
  "tpl.reviews.duplicateItem": "评价项目编号「{itemId}」重复，每个评价项目的编号必须唯一。",
  "tpl.reviews.ratersAllZero":
    "各类评价人（上级、同事、下级、本人）的权重不能全为 0，至少要有一类大于 0。",
  "tpl.reviews.targetUnknown":
    "评价结果要填入的指标「{indicatorId}」在本模板的各岗位中都找不到，请填写已有指标的编号。",
  "tpl.reviews.targetNotDirect":
    "评价结果要填入岗位「{post}」的指标「{indicator}」（{indicatorId}），但该指标不是直接打分；评价结果只能填入直接打分的指标。",
  "tpl.reviews.itemUnknown": "指标「{indicatorId}」要取的评价项目「{itemId}」不在评价项目里。",
  "tpl.reviews.place.block": "评价设置",
  "tpl.reviews.place.item": "评价项目「{name}」",
  "tpl.reviews.place.itemAt": "第 {n} 个评价项目",
  "tpl.reviews.place.items": "评价项目",
  "tpl.reviews.place.raters": "各类评价人权重",
  "tpl.reviews.place.superior": "上级权重",
  "tpl.reviews.place.peer": "同事权重",
  "tpl.reviews.place.subordinate": "下级权重",
  "tpl.reviews.place.self": "本人权重",
  "tpl.reviews.place.trimAt": "去掉最高最低分的最少人数",
  "tpl.reviews.place.minPeers": "同事、下级最少人数",
  "tpl.reviews.place.selfGapWarning": "自评差异提醒分数",
  "tpl.reviews.place.targets": "填入的指标",
  "tpl.reviews.place.target": "填入的指标「{id}」",
  "tpl.calibration.gap":
    "{where}：应为大于 0 的数，单位是综合得分的分（默认 {default} 分），当前为「{value}」。",
  "tpl.calibration.minGroup":
    "{where}：应为 2 到 {maximum} 之间的整数，单位是人（默认 {default} 人），当前为「{value}」。",
  "tpl.calibration.place.block": "校准设置",
  "tpl.calibration.place.gap": "差距阈值",
  "tpl.calibration.place.minGroup": "最小组人数",
  "tpl.ratioTarget": "岗位「{post}」的指标「{indicator}」（完成率法）目标值为 {value}，应大于 0。",
  "tpl.ratioCap": "岗位「{post}」的指标「{indicator}」（完成率法）封顶系数为 {value}，应不小于 1。",
  "tpl.efficacyEqual":
    "岗位「{post}」的指标「{indicator}」（功效系数法）不允许值与满意值相同（{value}）。",
  "tpl.efficacyBaseSpan":
    "岗位「{post}」的指标「{indicator}」（功效系数法）基础分与浮动分不能为负数。",
  "tpl.linearCount": "岗位「{post}」的指标「{indicator}」（区间插值）至少需要两个点。",
  "tpl.linearOrder":
    "岗位「{post}」的指标「{indicator}」（区间插值）各点的取值须严格递增或严格递减。",
  "tpl.linearNegative": "岗位「{post}」的指标「{indicator}」（区间插值）的得分不能为负数。",
  "tpl.deductionPer":
    "岗位「{post}」的指标「{indicator}」（扣分法）每单位扣分为 {value}，应大于 0。",
  "tpl.deductionFloor":
    "岗位「{post}」的指标「{indicator}」（扣分法）保底分为 {value}，应在 0 到满分 {full} 之间。",
  "tpl.peerMin":
    "岗位「{post}」的指标「{indicator}」（排名计分法）最低分为 {value}，应在 0 到满分 {full} 之间。",
  "tpl.bonusCap": "岗位「{post}」的加分上限为 {value}，不能为负数。",
  // Score rows (scoring.md §2–§3)
  "row.idMissing": "第 {row} 行缺少工号/编号，无法排名。",
  "row.duplicateId": "工号/编号「{id}」出现多次（第 {rows} 行），请核对后保留一行。",
  "row.postMissing": "「{id}」缺少岗位，无法套用权重模板。",
  "row.unknownPost": "「{id}」的岗位「{value}」不在权重模板中。",
  "row.valueMissing": "「{id}」的「{indicator}」为空，该项为必填，此行不予排名。",
  "row.notNumber": "「{indicator}」应为数字，当前为「{value}」。",
  "row.excelError": "「{indicator}」是错误值 {value}，请先修正公式或数据。",
  "row.directRange": "「{indicator}」为 {value}，直接打分须在 0 到满分 {full} 之间。",
  "row.deductionCount": "「{indicator}」为 {value}，扣分法的次数须为不小于 0 的整数。",
  // BANK functions (scoring.md §6–§7)
  "fn.blank": "参数 {arg} 为空，请填写数值。",
  "fn.notNumber": "参数 {arg} 应为数字，当前为「{value}」。",
  "fn.rangeNotNumber": "参数 {arg} 第 {row} 行第 {column} 列应为数字，当前为「{value}」。",
  "fn.negative": "参数 {arg} 不能为负数。",
  "fn.outOfRange": "参数 {arg} 超出允许范围。",
  "fn.choice": "参数 {arg} 应为 {options} 之一，当前为「{value}」。",
  "fn.shape":
    "{first} 与 {second} 的形状不同（{firstShape} 与 {secondShape}），请选择同样行列数的区域。",
  "fn.blankScore": "{arg} 的第 {index} 个得分为空，请先填写。",
  "fn.postNotFound": "岗位「{post}」不在权重表中。",
  "fn.headerNotFound": "岗位「{post}」的指标「{indicator}」在表头中找不到。",
  "fn.indicatorBlank": "岗位「{post}」的指标「{indicator}」得分为空。",
  "fn.columns": "参数 {arg} 应为至少 {count} 列的区域。",
  "fn.pointsCount": "参数 points 至少需要两个点（两列：实际值、得分）。",
  "fn.pointsOrder": "参数 points 的实际值须严格递增或严格递减。",
  "fn.valueNotInRange": "{value} 不在排名区域中。",
  "fn.bandsOrder": "等级下限须从高到低排列，最后一级为 0。",
  "fn.belowBands": "{value} 低于所有等级的下限。",
  "fn.calendarRange":
    "日期 {date} 超出内置节假日日历（{from}–{to} 年）：请在第三个参数传入该年的放假安排区域。",
  "fn.calendarBeyond":
    "日期 {date} 无法计算工作日：内置节假日日历为 {from}–{to} 年，放假安排区域中没有该年的日期，法定节假日只推算 {first}–{last} 年。",
  "fn.arrangementColumns": "参数 {arg} 应为一列（休息日）或两列（日期、类型：休/班）的区域。",
  "fn.arrangementDate":
    "参数 {arg} 第 {row} 行的日期「{value}」无法识别：应为日期，或 2027-02-06 形式的文本。",
  "fn.arrangementKind":
    "参数 {arg} 第 {row} 行的类型「{value}」无法识别：应为 休 或 班（也可写 休息 / 上班 / off / work）。",
  "fn.arrangementConflict":
    "参数 {arg} 第 {row} 行的 {date} 与第 {first} 行矛盾：一行为休，一行为班。",
  "fn.divZero": "分母为 0。",
  "fn.overflow": "结果超出可表示的范围。",
  "fn.partExceedsWhole": "{part} 不能大于 {whole}。",
  // Scoring methods, as shown beside each indicator
  "method.direct": "直接打分",
  "method.ratio": "完成率法（目标 {target}，封顶 {cap}）",
  "method.efficacy":
    "功效系数法（不允许值 {floor}，满意值 {satisfactory}，基础分 {base}，浮动分 {span}）",
  "method.linear": "区间插值（{points}）",
  "method.deduction": "扣分法（每项扣 {per} 分，保底 {floor}）",
  "method.peer": "排名计分法（最低 {min} 分）",
  "direction.higher": "正向",
  "direction.lower": "逆向",
  "veto.rule": "一票否决：实际值 {op} {value}",
  // Task pane
  "ui.title": "运营考核评价",
  "ui.part.loading": "正在载入…",
  "ui.part.loadFailed":
    "这一部分未能载入（网络可能中断了）。请检查网络连接后点「重试」；已打开的工作簿不受影响。",
  "ui.part.failed":
    "这一部分出错，未能显示。请点「重试」；如仍出错，请关闭并重新打开窗格。已打开的工作簿不受影响。",
  "ui.part.retry": "重试",
  "ui.group.duties": "岗责",
  "ui.tab.duties": "岗位责任",
  "ui.duties.workbook": "岗责工作簿",
  "ui.duties.generateHint":
    "生成三张表（带填写说明、下拉选项和灰色示例行）。在 Excel 中写入当前工作簿，在浏览器中下载为新文件；「模板」中打开的权重模板会预填岗位。",
  "ui.duties.sheet.descriptions":
    "岗位说明书：每个岗位的职责、任职要求、工作流程、考核标准和最近修订日期",
  "ui.duties.sheet.matrix": "权责矩阵：每个流程中各岗位的角色（发起、协作、决策、监督）",
  "ui.duties.sheet.changes": "职责变更：需要修订说明书的变化，到期日和状态由公式自动计算",
  "ui.duties.generate": "生成岗责工作簿",
  "ui.duties.fileName": "岗责工作簿.xlsx",
  "ui.duties.generated": "已生成 {sheets}（预填 {posts} 个模板岗位）。",
  "ui.duties.generatedFile": "已生成 {file}（{sheets}，预填 {posts} 个模板岗位）。",
  "ui.duties.notGenerated": "没有生成岗责工作簿。",
  "ui.duties.checkup": "岗位责任体检",
  "ui.duties.asOf": "检查日",
  "ui.duties.check": "检查",
  "ui.duties.writeReport": "写入体检报告",
  "ui.duties.reportWritten": "已写入「{sheet}」。",
  "ui.duties.failed": "无法检查岗责工作簿。",
  "ui.duties.summary":
    "{posts} 个岗位、{processes} 个流程、{changes} 项变更：{errors} 处错误，{warnings} 处提醒。",
  "ui.duties.clean": "岗位责任体系检查通过：没有错误或提醒。",
  "ui.duties.notMarked":
    "检查完成（{errors} 处错误，{warnings} 处提醒），但有工作表受密码保护，未能标出问题单元格。",
  "ui.duties.marksUnreadable":
    "检查完成（{errors} 处错误，{warnings} 处提醒）。Excel 未能读取工作表中已有的条件格式，问题单元格未在表中标出；检查结果不受影响，可点击下方问题定位到单元格。",
  "ui.duties.noTemplate": "未提供权重模板：说明书与模板岗位的对应未检查。",
  "ui.duties.findings": "检查结果",
  "ui.duties.changes": "已逾期及即将到期的变更",
  "ui.duties.noChanges": "没有已逾期或 5 个工作日内到期的变更。",
  "ui.duties.overdue": "已逾期",
  "ui.duties.soon": "即将到期",
  "ui.duties.due": "到期日 {date}",
  "ui.group.label": "功能分组",
  "ui.group.assess": "考核",
  "ui.group.results": "结果",
  "ui.tab.annual": "年度",
  "ui.tab.results": "结果应用",
  "ui.annual.hint": "由本工作簿中加载项生成的各季度排名表，按权重模板的季度权重汇总为年度排名。",
  "ui.annual.year": "年度",
  "ui.annual.yearDefault": "留空则取排名表中最近的年度",
  "ui.annual.badYear": "请填写四位年份，例如 2025。",
  "ui.annual.run": "生成年度排名",
  "ui.annual.done": "已生成「{sheet}」：{ranked} 人排名，{short} 人季度结果不足。",
  "ui.annual.failed": "无法生成年度排名：",
  "ui.annual.short": "季度结果不足",
  "ui.arrangement.exists":
    "工作簿中已有「放假安排」工作表：请在该表中填写或修改，加载项不会覆盖它。",
  "ui.arrangement.make": "添加放假安排表",
  "ui.arrangement.made":
    "已添加「{sheet}」：请按国务院办公厅的 {year} 年节假日安排通知逐日填写（休或班），填好后重新生成结果，期限即按所填安排计算。",
  "ui.arrangement.hint":
    "内置节假日日历覆盖 {from}–{to} 年；之后的年份请在工作簿的「放假安排」表中载入国务院通知，未载入时按法定节假日和周末计算，未含调休。",
  "ui.results.hint":
    "为一期排名生成反馈单、结果应用、整改跟踪和培训需求；本工作簿中其他期间的排名表作为历史（趋势、连续不达标）。",
  "ui.results.period": "排名期间",
  "ui.results.periodDefault": "留空则用最近一期排名表",
  "ui.results.published": "发布日期",
  // The pane's date fields (yyyy-mm-dd whatever the browser's locale), and what it says instead of a
  // command-line option (the pane never tells its user to open a terminal).
  "ui.date.placeholder": "yyyy-mm-dd",
  "ui.date.empty": "请填写日期，格式为 yyyy-mm-dd，如 2026-01-09。",
  "ui.date.format": "「{value}」不是 yyyy-mm-dd 格式的日期：请写成 2026-01-09 的形式。",
  "ui.date.noSuchMonth": "「{value}」不是有效日期：月份应为 01 至 12。",
  "ui.date.noSuchDay": "「{value}」不是有效日期：{year} 年 {month} 月没有 {day} 日。",
  "ui.duties.missingSheet":
    "{file} 中没有「{sheet}」工作表：请点「生成岗责工作簿」（在浏览器中会下载一个新的岗责工作簿，打开它再检查），或在工作簿中添加该工作表及其表头。",
  "ui.duties.missingSheets":
    "{file} 中没有{sheets}工作表：请点下方的「生成岗责工作簿」（在浏览器中会下载一个新的岗责工作簿，打开它再检查），或在工作簿中添加这些工作表及其表头。",
  "ui.results.noScores":
    "找不到「{ranking}」排名所用的评分数据（{sheet}）：反馈单需要各指标的实际值。请在用「排名」或「汇总」生成该排名表的工作簿中运行。",
  "ui.appeals.noRegister":
    "本工作簿中还没有「申诉登记」：用上方的「登记申诉」登记第一条申诉时会生成它。",
  "ui.annual.noTemplate":
    "{file} 中没有「权重模板」工作表：请在「模板」中载入当前的权重模板，点「写入工作簿」后再试。",
  "ui.sheet.noTemplate":
    "工作簿中没有「权重模板」工作表：请在「模板」中载入权重模板，点「写入工作簿」后再试。",
  "ui.results.run": "生成反馈单与结果应用",
  "ui.results.done":
    "已生成「{sheets}」：{objects} 个对象，预警 {warning} 人；申诉截止 {deadline}。",
  "ui.results.failed": "无法生成结果：",
  "ui.results.counts": "结果统计",
  "ui.results.reward": "表彰奖励",
  "ui.results.passed": "达标（含表彰）",
  "ui.results.warning": "预警（未达标）",
  "ui.results.penalty": "其中连续不达标",
  "ui.results.noResult": "无结果",
  "ui.results.appeal": "申诉截止日期：{date}",
  "ui.results.toWarn": "需预警的人员",
  "ui.results.noWarn": "本期没有需要预警的人员。",
  "ui.results.rectifyBy": "整改期限 {date}",
  "ui.results.penaltyNote": "连续 {count} 期不达标，按制度处理",
  "ui.results.failuresNote": "连续 {count} 期不达标",
  "ui.tab.verify": "核验",
  "ui.verify.hint":
    "按本工作簿中的「权重模板」和评分数据重算每张排名表，逐格比对综合得分、名次、等级和否决；不改动任何数据，核验本身记入审计日志。",
  "ui.verify.run": "核验本工作簿",
  "ui.verify.failed": "无法核验：",
  "ui.verify.tabs": "已核验的排名表",
  "ui.verify.tab": "「{sheet}」：{rows} 行，差异 {count} 处",
  "ui.verify.differences": "差异",
  // 结果 → 校准 (calibration.md §1) and 模板 → 方案比较 (§2): the pane's own words.
  "ui.tab.calibrate": "校准",
  "ui.calibrate.hint":
    "按评分数据的一列（默认「机构」）分组，比较各组与组外其余人员的平均分：差距过大的组判为偏松或偏严，并列出超出等级比例上限需调出的人数。先分析，点「写入工作簿」才写入；原排名表不改动。",
  "ui.calibrate.period": "排名表",
  "ui.calibrate.latest": "最近一期",
  "ui.calibrate.latestOf": "最近一期（{period}）",
  "ui.calibrate.by": "分组列",
  "ui.calibrate.byHint": "评分数据中的列，如机构、部门。",
  "ui.calibrate.normalize": "生成校准后排名",
  "ui.calibrate.normalizeHint":
    "按全行平均分和标准差把各组得分标准化，重算名次和等级，另写一张「排名 … 校准」表。",
  "ui.calibrate.run": "分析各组",
  "ui.calibrate.done":
    "「{ranking}」按「{by}」分 {groups} 组：偏松 {lenient} 组，偏严 {harsh} 组，人数不足 {small} 组。尚未写入工作簿。",
  "ui.calibrate.failed": "无法校准：",
  "ui.calibrate.groups": "各组情况",
  "ui.calibrate.flag.lenient": "偏松",
  "ui.calibrate.flag.harsh": "偏严",
  "ui.calibrate.flag.normal": "正常",
  "ui.calibrate.flag.tooSmall": "人数不足",
  "ui.calibrate.line": "{n} 人 · 平均 {mean} · 其余 {rest} · 差距 {gap}",
  "ui.calibrate.alone": "{n} 人 · 平均 {mean}（全部人员同在一组，无从比较）",
  "ui.calibrate.excess": "「{grade}」需调出 {count} 人",
  "ui.calibrate.rows": "校准后排名 {rows} 人，其中名次变化 {moved} 人。",
  "ui.calibrate.writeHead": "写入校准结果",
  "ui.calibrate.writeOne": "写入「校准分析」表和一行审计日志；原排名表不改动。",
  "ui.calibrate.writeBoth": "写入「校准分析」表、「排名 … 校准」表和一行审计日志；原排名表不改动。",
  "ui.calibrate.write": "写入工作簿",
  "ui.calibrate.written": "已写入「{sheets}」。",
  "ui.calibrate.noRanking":
    "{file} 中没有加载项生成的排名表：请先在「排名」或「汇总」中生成排名表，再做校准。",
  "ui.calibrate.noScores":
    "找不到「{ranking}」排名所用的评分数据（{sheet}）：校准要按评分数据的列分组。请在用「排名」或「汇总」生成该排名表的工作簿中运行。",
  "ui.calibrate.unknownColumn":
    "评分数据「{sheet}」中没有「{column}」列，无法按它分组：请在「分组列」中改选其中一列：{columns}。",
  "ui.template.view.edit": "编辑",
  "ui.template.view.compare": "方案比较",
  "ui.whatif.hint":
    "以工作簿中的「权重模板」为现行方案，用同一份评分数据按拟用方案重新计算，看谁的名次和等级会变。先比较，点「写入工作簿」才写入「方案比较」表。",
  "ui.whatif.proposed": "拟用方案",
  "ui.whatif.fromEditor": "编辑中的模板",
  "ui.whatif.editorName": "「{name}」版本 {version}",
  "ui.whatif.noEditor": "请先在「编辑」中载入模板，且模板没有问题。",
  "ui.whatif.fromFile": "模板文件（.json）",
  "ui.whatif.pick": "选择模板文件",
  "ui.whatif.noFile": "尚未选择文件。",
  "ui.whatif.picked": "「{file}」：{name} 版本 {version}",
  "ui.whatif.run": "比较方案",
  "ui.whatif.done":
    "已比较 {rows} 人：名次上升 {up} 人，下降 {down} 人，不变 {stayed} 人。尚未写入工作簿。",
  "ui.whatif.failed": "无法比较方案：",
  "ui.whatif.moved": "名次变化",
  "ui.whatif.up": "上升",
  "ui.whatif.down": "下降",
  "ui.whatif.stayed": "不变",
  "ui.whatif.only": "只在现行方案下排名 {a} 人，只在拟用方案下排名 {b} 人（原因见写入的表）。",
  "ui.whatif.movers": "变化最大的 {count} 人",
  "ui.whatif.col.id": "工号",
  "ui.whatif.col.name": "姓名",
  "ui.whatif.col.rank": "名次",
  "ui.whatif.col.delta": "变化",
  "ui.whatif.transitions": "等级变化",
  "ui.whatif.transitionsHint": "行为现行方案的等级，列为拟用方案的等级，格中为人数。",
  "ui.whatif.gradeA": "现行＼拟用",
  "ui.whatif.write": "写入工作簿",
  "ui.whatif.writeHint": "写入「方案比较」表和一行审计日志；评分表和排名表不改动。",
  "ui.whatif.written": "已写入「{sheets}」。",
  "ui.whatif.noTemplate":
    "工作簿中没有「权重模板」工作表，无法确定现行方案：请在「编辑」中载入现行的权重模板，点「写入工作簿」后再比较。",
  "ui.tab.appeals": "申诉",
  "ui.appeals.hint":
    "登记申诉：填写期间和工号（被申诉的排名须在本工作簿中）。登记簿「申诉登记」首次登记时生成；调查记录、处理意见、结论、审批和答复请在表中填写。",
  "ui.appeals.hintExcel":
    "在排名表中选中被申诉人员所在的行后点「登记申诉」，或直接填写期间和工号。调查记录、处理意见、结论、审批和答复请在「申诉登记」表中填写。",
  "ui.appeals.period": "期间",
  "ui.appeals.employeeId": "工号",
  "ui.appeals.indicator": "指标",
  "ui.appeals.indicatorHint": "指标编号或名称；对整体结果申诉请留空。",
  "ui.appeals.reason": "申诉理由",
  "ui.appeals.submitted": "提交日期",
  "ui.appeals.register": "登记申诉",
  "ui.appeals.check": "检查登记簿",
  "ui.appeals.apply": "应用已批准的更正",
  "ui.appeals.list": "申诉",
  "ui.appeals.noState": "（未填状态）",
  "ui.appeals.advance": "推进到「{state}」",
  "ui.appeals.moved": "更正后的变动",
  "ui.appeals.change": "综合得分 {before} → {after}，名次 {rankBefore} → {rankAfter}",
  "ui.appeals.registered": "已登记申诉 {id}（{period}，工号 {employeeId}）。",
  "ui.appeals.applied": "已生成「{sheets}」：{changes} 个对象有变动。",
  "ui.appeals.failed": "无法处理申诉：",
  "ui.tab.templates": "模板",
  "ui.template.sample": "示例权重模板",
  "ui.template.meta":
    "版本 {version} · 指纹 {fingerprint} · 满分 {fullScore} · 保留 {precision} 位小数",
  "ui.template.posts": "{count} 个岗位",
  "ui.col.indicator": "指标",
  "ui.col.dimension": "维度",
  "ui.col.weight": "权重",
  "ui.col.method": "计分方法",
  "ui.bonus": "加分项（上限 {cap} 分）",
  "ui.grades": "等级：{bands}",
  "ui.error.template": "权重模板有 {count} 处问题：",
  // Score sheets (validate)
  "sheet.missing": "找不到工作表「{sheet}」。工作簿中的工作表有：{sheets}。",
  "sheet.noHeader": "工作表「{sheet}」的前 10 行中找不到表头（应含「工号」和「岗位」列）。",
  "sheet.notScoreSheet":
    "「{sheet}」不是评分表（{why}），不能校验或排名。本工作簿中的评分表：{sheets}。",
  "sheet.notScoreSheetNone":
    "「{sheet}」不是评分表（{why}），不能校验或排名。本工作簿中没有评分表：请在下发的评分模板的「评分表」中填写后再试。",
  "sheet.why.owned": "它是加载项生成的表，不是评分数据",
  "sheet.why.noHeader": "前 10 行中没有含「工号」和「岗位」的表头",
  "sheet.missingIdentity": "缺少「{column}」列。",
  "sheet.missingColumn": "缺少指标列「{indicator}」（岗位「{post}」需要），该岗位的行无法排名。",
  "sheet.unknownColumn":
    "不认识的列「{value}」，已忽略；如是指标，请使用权重模板中的指标名称或编号。",
  "sheet.textCut":
    "单元格文字超过 Excel 的 {limit} 个字符上限，已截断（末尾有标记）：请核对原文件。",
  "sheet.emptyRow": "第 {row} 行为空行。",
  "sheet.emptyRows": "第 {from}–{to} 行为空行（{count} 行）：如有数据误填在远处，请移到表格中。",
  "sheet.fingerprint":
    "评分表由另一版本的权重模板生成（模板指纹 {sheet}），与当前权重模板（{template}）不同，请用当前模板重新生成评分表。",
  "sheet.templateChanged":
    "「权重模板」工作表的内容与其记录的指纹不一致（记录 {recorded}，实际 {actual}），模板可能被改动过。",
  "sheet.unfinished":
    "「{sheet}」上次写入时被中断（例如网络断开或关闭了面板），内容不完整，不能作为依据。请重新运行生成它的功能（排名、汇总、结果应用等），写完后再试。",
  "sheet.noTemplate": "工作簿中没有「权重模板」工作表；请用 --template 指定权重模板文件。",
  "sheet.noRows": "工作表「{sheet}」中没有数据行。",
  "row.percentText":
    "「{indicator}」写成了文本「{value}」；请直接输入数字 {suggest}（或设为百分比格式后输入）。",
  "row.percentScale":
    "「{indicator}」为 {value}，单位为 %，应填小数（0.12 表示 12%）；若本意是 {suggest}，请改正。此值按原样计算。",
  "row.percentTextScore":
    "「{indicator}」写成了文本「{value}」；该项为直接打分（0 到 {full} 分），请直接输入数字 {suggest}，不要带 %。",
  "row.percentTextPoints":
    "「{indicator}」写成了文本「{value}」；该项按分值填写，请直接输入数字 {suggest}，不要带 %。",
  "row.percentTextUnit":
    "「{indicator}」写成了文本「{value}」；该项的单位是「{unit}」，不是百分比：请直接输入数字，不要带 %。",
  "row.percentTextEither":
    "「{indicator}」写成了文本「{value}」；请直接输入数字，不要带 %：若为比率，填小数 {fraction}；若为分值，填 {points}。",
  "row.notInPost": "「{indicator}」不属于岗位「{post}」，该值不参与计算。",
  // The bank-assess command
  "cli.unknownCommand": "未知命令「{command}」。运行 bank-assess --help 查看用法。",
  "cli.missingArg": "缺少{what}。运行 bank-assess {command} --help 查看用法。",
  // What a command is missing ({what} of cli.missingArg), named as its --help names it
  "cli.arg.scores": "评分表文件（<评分表.xlsx>）",
  "cli.arg.template": "权重模板文件（<权重模板.json|.xlsx>）",
  "cli.arg.workbook": "要核验的工作簿（<工作簿.xlsx>）",
  "cli.arg.ranking": "排名工作簿（<排名.xlsx>，即 rank 或 collect 写出的工作簿）",
  "cli.arg.quarters": "各季度的排名工作簿（<季度排名工作簿…>，即 rank 或 collect 写出的工作簿）",
  "cli.arg.submissions": "各机构交回的评分工作簿或其所在文件夹（<文件或文件夹…>）",
  "cli.arg.duties":
    "要检查的岗责工作簿（<岗责.xlsx>）；要生成空白的岗责工作簿，请用 --new --out <岗责.xlsx>",
  "cli.missingValue": "选项 {option} 后面缺少取值。运行 bank-assess --help 查看各选项的写法。",
  "cli.missingOut.template":
    "缺少 --out：请用 --out <评分模板.xlsx> 指定要生成的评分模板（或用 --out <权重模板.json> 导出为 JSON）。",
  "cli.missingOut.rank":
    "缺少 --out：请用 --out <排名.xlsx> 指定要写出的排名工作簿（输入文件不会被改写）。",
  "cli.missingOut.collect":
    "缺少 --out：请用 --out <汇总.xlsx> 指定要写出的汇总工作簿（不要放在被汇总的文件夹中）。",
  "cli.missingOut.annual": "缺少 --out：请用 --out <年度.xlsx> 指定要写出的年度排名工作簿。",
  "cli.missingOut.results": "缺少 --out：请用 --out <结果.xlsx> 指定要写出的结果应用工作簿。",
  "cli.missingOut.appeals":
    "缺少 --out：--apply 把更正后的排名写入新工作簿，请用 --out <更正.xlsx> 指定。",
  "cli.missingOut.duties": "缺少 --out：请用 --out <岗责.xlsx> 指定要生成的空白岗责工作簿。",
  "cli.missingRegister":
    "缺少 --register 或 --out：要检查申诉，请用 --register <申诉登记.xlsx>；要生成空白的申诉登记表，请用 --out <申诉登记.xlsx>。",
  "cli.badOption": "不认识的选项「{option}」。运行 bank-assess --help 查看用法。",
  "cli.badValue": "选项 {option} 的值「{value}」无效，应为 {options}。",
  "cli.badPeriod":
    "{option} 的值「{value}」不是考核期：考核期写作年度 YYYY（如 2025）或季度 YYYYQ1–YYYYQ4（如 2025Q4），不接受其他写法。",
  "cli.period.quarterNeeded":
    "权重模板的考核期是 {year} 年，但该模板按季度考核（年度结果由四个季度的排名汇总）：请用 --period 指定季度，例如 --period {year}Q4。",
  "cli.period.templateInvalid":
    "权重模板的考核期「{text}」不是有效的考核期（应为 2025 或 2025Q4 这样的写法）：请用 --period 指定，例如 --period 2025Q4。",
  "cli.period.missing":
    "权重模板没有写考核期：请用 --period 指定，例如 --period 2025Q4（季度）或 --period 2025（年度）。",
  "cli.periodUsed.typed": "考核期：{period}（--period 指定）。",
  "cli.periodUsed.template": "考核期：{period}（取自权重模板；可用 --period 另行指定）。",
  "period.invalid":
    "考核期「{text}」无效：应写作年度 YYYY（如 2025）或季度 YYYYQ1–YYYYQ4（如 2025Q4）。",
  "period.quarterNeeded":
    "请填写考核期：权重模板的考核期是 {year} 年，但该模板按季度考核（年度结果由四个季度的排名汇总），请填季度，如 {year}Q4。",
  "period.templateInvalid":
    "请填写考核期：权重模板的考核期「{text}」不是有效的考核期，请填年度（如 2025）或季度（如 2025Q4）。",
  "period.missing": "请填写考核期：年度如 2025，季度如 2025Q4。",
  "cli.tooLarge": "文件「{file}」有 {size} MB，超过 {limit} MB 的上限：请确认选对了文件。",
  "cli.replaced": "已替换原有文件 {file}。",
  "cli.outIsInput":
    "输出文件「{file}」是输入之一（提交文件、模板、机构名单）或位于被汇总的文件夹中：加载项从不改写输入，请换一个位置。",
  "cli.damaged": "「{file}」已损坏，其中的工作表无法读取：请在 Excel 中打开，另存为 .xlsx 后重试。",
  "cli.tooLargeUnpacked":
    "「{file}」解压后有 {size} MB，超过 {limit} MB 的上限（可能是压缩炸弹）：请确认文件来源。",
  "cli.tooManyRows":
    "「{file}」的工作表有超过 {limit} 行数据，超过加载项读取的上限：请确认文件，或按机构拆分后汇总。",
  "collect.tooManyRows": "超过 {limit} 行数据，超过读取上限：请按机构拆分后提交。",
  "cli.calendarUnreadable": "无法载入放假安排「{file}」，请改正以下各处后再试：",
  "cli.calendarNoSheet":
    "「{file}」中没有「放假安排」工作表：请给出含该表的工作簿，或 .csv、.json 文件。",
  "cli.calendarKind":
    "「{file}」不是放假安排文件：请给出 .csv、.json（holiday-cn 格式）或含「放假安排」工作表的 .xlsx。",
  "cli.cannotRead": "无法读取文件「{file}」：{reason}",
  "cli.cannotWrite": "无法写入文件「{file}」：{reason}",
  "cli.notWorkbook":
    "「{file}」不是有效的 .xlsx 工作簿（可能已损坏）。请用 Excel 打开它，另存为「Excel 工作簿 (*.xlsx)」后再试。",
  "cli.notXlsxOle":
    "「{file}」是旧版 .xls 文件，或设有打开密码的工作簿。请用 Excel 打开它（如有密码，先在 文件 › 信息 › 保护工作簿 中删除密码），另存为「Excel 工作簿 (*.xlsx)」后再试。",
  "cli.notXlsxText":
    "「{file}」是文本（CSV）文件，不是工作簿。请用 Excel 打开它，另存为「Excel 工作簿 (*.xlsx)」后再试。",
  "cli.noFolder":
    "无法写入「{file}」：文件夹「{folder}」不存在。请先创建该文件夹，或用 --out 指定已有文件夹中的文件。",
  "cli.outExtension": "输出文件「{file}」应以 {extensions} 结尾，例如 {suggestion}。",
  "cli.notTemplate":
    "「{file}」不是权重模板：请给出 .json 文件或含「权重模板」工作表的 .xlsx 工作簿。",
  "cli.templateInvalid": "权重模板「{file}」有 {count} 处问题：",
  "cli.sameFile": "输出文件不能与输入文件相同：加载项从不改写输入文件。",
  "cli.reading": "正在读取 {file}…",
  "cli.wrote": "已写入 {file}",
  // bank-assess --help: the intro, each command's usage, description and example, the exit codes
  "cli.help.usage": "用法：",
  "cli.help.more": "全部命令及说明：bank-assess --help",
  "cli.help.intro": `bank-assess：运营考核评价命令行工具（不改写输入文件，结果写入新工作簿）`,
  "cli.help.template": `  bank-assess template <权重模板.json|.xlsx> --out <评分模板.xlsx> [--rows 500]
      由权重模板生成下发用的评分模板（权重模板、评分表、填写说明）。
      例：bank-assess template assets/samples/ops-2025.template.json --out 评分模板.xlsx
      --out 以 .json 结尾时导出权重模板为 JSON，例：bank-assess template 评分模板.xlsx --out 权重模板.json`,
  "cli.help.validate": `  bank-assess validate <评分表.xlsx> [--template <t>] [--sheet <名称>] [--json] [--lang zh-CN|en-US]
      校验评分表，逐条指出单元格与修改方法。权重模板默认取工作簿中的「权重模板」工作表。
      例：bank-assess validate 北京分行.xlsx`,
  "cli.help.rank": `  bank-assess rank <评分表.xlsx> --out <排名.xlsx> [--template <t>] [--sheet <名称>] [--period 2025Q4]
                   [--method dense|competition|average] [--live] [--json] [--lang zh-CN|en-US]
      按岗位套用权重模板并排名，写出新工作簿：排名表、权重模板和评分表（数值）。
      --period 考核期写作 2025Q4（季度）或 2025（年度）；不给时用权重模板的考核期，
      但模板按季度考核而其考核期是年份时须指定季度。
      例：bank-assess rank 北京分行.xlsx --out 排名.xlsx --period 2025Q4`,
  "cli.help.collect": `  bank-assess collect <文件或文件夹…> --out <汇总.xlsx> [--template <t>] [--roster <机构名单.csv|.xlsx>]
                      [--period 2025Q4] [--method …] [--json] [--lang zh-CN|en-US]
      汇总各机构提交的评分工作簿：逐个检查（大小、损坏、加密、重复、模板版本、数据错误），
      写出「汇总」「提交情况」和排名表。不指定模板时按多数文件所用的模板。
      --period 与 rank 相同。
      例：bank-assess collect 提交/ --template 权重模板.json --roster 机构名单.csv --out 汇总.xlsx --period 2025Q4`,
  "cli.help.annual": `  bank-assess annual <季度排名工作簿…> --out <年度.xlsx> [--year 2025] [--template <t>] [--method …] [--json]
      由各季度的排名表（rank 或 collect 的输出）按模板的季度权重汇总年度结果，写出「年度排名 2025」：
      每季度的得分和等级、趋势、岗位变动；季度结果不足的人员列出原因。
      例：bank-assess annual 2025Q1.xlsx 2025Q2.xlsx 2025Q3.xlsx 2025Q4.xlsx --out 年度.xlsx`,
  "cli.help.results": `  bank-assess results <排名.xlsx> --out <结果.xlsx> [--history <以前的排名工作簿…>] [--published 2026-01-09]
                      [--period 2025Q4] [--sheet <评分数据>] [--calendar <放假安排>…] [--json] [--lang zh-CN|en-US]
      对一期排名生成结果应用：「反馈单」（每人一页 A4）、「结果应用」（表彰、预警及整改期限、连续不达标）、
      「整改跟踪」（状态下拉、逾期公式）和「培训需求」。期限按法定工作日计算，发布日期默认今天。
      内置节假日日历止于 2026 年；之后的年份用 --calendar 载入国务院放假安排（.csv、holiday-cn 的 .json，
      或含「放假安排」表的 .xlsx，可重复；appeals、duties 同样适用），工作簿中的「放假安排」表自动载入；
      未载入的年份按法定节假日和周末计算（未含调休），并注明。
      例：bank-assess results 2025Q4.xlsx --history 2025Q3.xlsx --published 2026-01-09 --out 结果.xlsx`,
  "cli.help.appeals": `  bank-assess appeals <排名.xlsx> --out <申诉登记.xlsx>
  bank-assess appeals <排名.xlsx> --register <申诉登记.xlsx> [--published 2026-01-09] [--apply --out <更正.xlsx>] [--json]
      申诉：不带 --register 时生成空白「申诉登记」（状态、结论下拉，日期列）；带 --register 时逐条检查
      （期间、工号、指标、逾期、各状态所需内容、更正值），指出单元格；--apply 把「已答复」且结论为「更正」
      的申诉代入原评分数据重新排名，写出「排名 2025Q4 更正1」和「变动」，原排名表不变。
      例：bank-assess appeals 排名.xlsx --register 申诉登记.xlsx --apply --out 更正.xlsx`,
  "cli.help.verify": `  bank-assess verify <工作簿.xlsx> [--forms <评价表文件或文件夹…>] [--json] [--lang zh-CN|en-US]
      核验：按工作簿自带的「权重模板」和评分数据重算每张排名表，逐格报告差异（模板指纹、输入哈希、
      综合得分、各范围名次、等级、否决）。--forms 给出员工评价汇总所用的评价表时，先核对其合并哈希与
      审计日志中 reviews 记录一致，再重算评分表中由评价填入的单元格并逐格报告差异。只读。
      退出码 0 全部可重现，1 有差异，2 无法核验。
      例：bank-assess verify 排名.xlsx；bank-assess verify 评价汇总.xlsx --forms 评价表/`,
  "cli.help.duties": `  bank-assess duties --new --out <岗责.xlsx> [--template <t>]
  bank-assess duties <岗责.xlsx> [--template <t>] [--as-of 2025-12-31] [--out <体检报告.xlsx>] [--json]
      岗位责任体系：--new 生成空白岗责工作簿（岗位说明书、权责矩阵、职责变更，下拉与说明；--template
      预填模板岗位）。检查时逐条指出权责空白、多头决策、不相容职责、说明书缺项或过期、变更逾期等问题
      及单元格；--out 写出「岗位责任体检 2025Q4」报告。检查日默认今天；权重模板默认取工作簿中的「权重模板」。
      例：bank-assess duties 岗责.xlsx --template 权重模板.json --as-of 2025-12-31 --out 体检报告.xlsx`,
  "cli.help.reviews": `  bank-assess reviews --new --template <t> [--roster <人员.xlsx>] --out <评价表.xlsx>
  bank-assess reviews <评价表文件或文件夹…> --scores <评分表.xlsx> --out <评价汇总.xlsx> [--template <t>]
                      [--overwrite] [--json] [--lang zh-CN|en-US]
      员工自评与互评：--new 生成评价表（评价人工号、姓名，每行一人，评价关系下拉，各项目 0–100）；
      --roster 用人员名单或评分表预填人员。汇总时逐份检查交回的评价表（评价人工号、评价关系、分值、
      人员、同一评价人多份），按模板的 reviews 设置计算，写出新工作簿：评分表（填入目标指标，已有的值
      仅在 --overwrite 时替换）、「评价汇总」（不含评价人身份和单人分值）、「评价表情况」和审计日志。
      例：bank-assess reviews 评价表/ --template 权重模板.json --scores 评分表.xlsx --out 评价汇总.xlsx`,
  "cli.help.survey": `  bank-assess survey <调查导出.xlsx|.csv> --scores <评分表.xlsx> --indicator <指标编号> --out <调查汇总.xlsx>
                     [--template <t>] [--scale 5] [--measure mean|satisfied] [--overwrite] [--json]
      客户满意度调查：导出文件每行一份答卷，含被评对象的「工号」（或「机构」）和「评分」（1 到 --scale 分，
      空白为未作答）。mean 将平均分折算为百分制（1 分为 0，满分为 100）；satisfied 取满意及以上
      （≥ 满分 − 1）的占比。不足 30 份答卷照常填入并提示「样本不足 30」。指标须为模板中直接录入（direct）
      的指标。写出新工作簿：评分表（填入该指标，已有的值仅在 --overwrite 时替换）、「调查汇总」和审计日志。
      退出码 0 全部填入且无提示，1 有需要处理的问题，2 无法运行。
      例：bank-assess survey 调查导出.csv --scores 评分表.xlsx --indicator customer_satisfaction --out 调查汇总.xlsx`,
  "cli.help.version": `bank-assess --version 显示版本号；bank-assess --help 显示本说明。`,
  "cli.help.footer": `退出码：0 正常；1 数据需要处理（有错误或未能排名的行）；2 无法运行（文件无法读取或参数错误）。
--json 时标准输出只有 JSON，其余信息写到标准错误。`,
  "cli.moreIssues": "……另有 {more} 条问题未在此列出（共 {total} 条）：完整清单请加 --json 输出。",
  "cli.validated": "{sheet}：{rows} 行，{errors} 个错误，{warnings} 个警告。",
  "cli.ranked": "已排名 {ranked} 行，{unranked} 行未能排名；排名表「{sheet}」已写入 {file}",
  "cli.liveSlow":
    "--live 共 {rows} 行：这类公式的计算量随行数平方增长，在 Excel 中会很慢，建议去掉 --live 改写数值。",
  "cli.templateWritten": "评分模板已写入 {file}（工作表：{sheets}）。",
  "cli.failed": "运行失败：{reason}",
  "ui.tab.validate": "校验",
  "ui.tab.rank": "排名",
  "ui.busy": "正在处理…",
  "ui.empty.noTemplate": "请先载入权重模板。",
  "ui.empty.noWorkbook": "请先打开一个评分工作簿（.xlsx），或使用示例评分表。",
  "ui.source.sample": "示例模板",
  "ui.source.file": "从文件打开",
  "ui.source.workbook": "从工作簿读取",
  "ui.template.write": "写入工作簿",
  "ui.template.generate": "生成评分模板",
  "ui.template.written": "已把权重模板写入「权重模板」工作表。",
  "ui.template.generated": "评分模板已生成（{file}）。",
  "ui.userSheet":
    "工作簿中已有您自己的「{sheet}」工作表；为免覆盖，未写入。请先将它改名或删除，再试一次。",
  "ui.protectedSheet":
    "「{sheet}」工作表设有密码保护，加载项无法写入。请先撤消工作表保护（审阅 › 撤消工作表保护），再试一次。",
  "ui.validate.notMarked":
    "{rows} 行 · {errors} 个错误 · {warnings} 个警告。「{sheet}」设有工作表保护，问题单元格未在表中标出；撤消保护（审阅 › 撤消工作表保护）后再校验即可标出。",
  "ui.validate.marksUnreadable":
    "{rows} 行 · {errors} 个错误 · {warnings} 个警告。Excel 未能读取「{sheet}」已有的条件格式，问题单元格未在表中标出；校验结果不受影响，可点击下方问题定位到单元格。",
  "ui.template.sum": "权重合计 {sum}",
  "ui.template.problems": "模板有 {count} 处问题，修正后才能写入或生成：",
  "ui.template.loaded": "已载入「{name}」（版本 {version}）。",
  // Template editor: methods, parameters and the places problems are in (describe-place.ts)
  "methodName.ratio": "完成率法",
  "methodName.efficacy": "功效系数法",
  "methodName.linear": "区间插值法",
  "methodName.deduction": "扣分法",
  "methodName.peer": "排名计分法",
  "methodName.direct": "直接打分",
  "methodHint.ratio":
    "完成率 = 实际值 ÷ 目标值（逆向为 目标值 ÷ 实际值），得分 = 满分 × 完成率，完成率最多按封顶系数计。",
  "methodHint.efficacy":
    "实际值在不允许值与满意值之间按比例得分：恰为不允许值得基础分，达到满意值得满分，差于不允许值得 0 分。",
  "methodHint.linear": "按下面各区间点（实际值，得分）连成的折线计分，两点之间按比例计算。",
  "methodHint.deduction": "从满分起，每发生一次扣一次分，扣到最低分为止；评分表中填写发生次数。",
  "methodHint.peer":
    "在同一岗位的人员之间比较：实际值最好者得满分，最差者得最低分，其余按实际值比例计算。",
  "methodHint.direct": "评分人直接填写得分，须在 0 到满分 {full} 之间。",
  "field.template": "模板",
  "field.id": "编号",
  "field.name": "名称",
  "field.nameEn": "英文名称",
  "field.version": "版本号",
  "field.period": "考核期",
  "field.fullScore": "满分",
  "field.precision": "保留小数位数",
  "field.grades": "等级",
  "field.posts": "岗位",
  "field.dimensions": "维度",
  "field.bonusCap": "加分上限",
  "field.indicators": "指标",
  "field.unit": "单位",
  "field.weight": "权重",
  "field.dimension": "所属维度",
  "field.direction": "方向",
  "field.scoring": "计分方法",
  "field.veto": "一票否决",
  "field.vetoOp": "否决条件",
  "field.vetoValue": "否决阈值",
  "field.bonus": "加分项",
  "field.label": "等级名称",
  "field.labelEn": "英文名称",
  "field.gradeMin": "下限",
  "field.maxShare": "最高占比",
  "field.post": "岗位「{name}」",
  "field.indicator": "指标「{name}」",
  "field.dimensionItem": "维度「{name}」",
  "field.grade": "等级「{name}」",
  "field.postAt": "第 {n} 个岗位",
  "field.indicatorAt": "第 {n} 个指标",
  "field.dimensionAt": "第 {n} 个维度",
  "field.gradeAt": "第 {n} 个等级",
  "param.target": "目标值",
  "param.cap": "封顶系数",
  "param.floor": "不允许值",
  "param.satisfactory": "满意值",
  "param.base": "基础分",
  "param.span": "浮动分",
  "param.points": "区间点",
  "param.point": "第 {n} 个区间点",
  "param.pointX": "实际值",
  "param.pointY": "得分",
  "param.below": "首点之前得分",
  "param.per": "每次扣分",
  "param.deductionFloor": "最低分",
  "param.min": "最低分",
  "paramHint.target": "完成率为 100% 时的实际值",
  "paramHint.cap": "完成率最多按此倍数计；留空为 1",
  "paramHint.floor": "差于此值得 0 分",
  "paramHint.satisfactory": "达到即得满分",
  "paramHint.base": "恰为不允许值时的得分；留空为 {value}",
  "paramHint.span": "达到满意值时比基础分多得的分；留空为 {value}",
  "paramHint.points": "实际值须严格递增或严格递减；超过最后一点按最后一点得分",
  "paramHint.below": "实际值在第一个点之前时的得分；留空为 0",
  "paramHint.per": "每发生一次扣的分",
  "paramHint.deductionFloor": "最多扣到此分；留空为 0",
  "paramHint.min": "同岗位实际值最差者的得分；留空为 0",
  "unit.%": "%",
  "unit.days": "天",
  "unit.minutes": "分钟",
  "unit.count": "次",
  "unit.score": "分",
  "unit.amount": "金额",
  "unit.times": "倍",
  "ui.editor.unit": "单位：{unit}",
  "ui.editor.percentUnit": "单位：%，按小数填写（0.12 即 12%）",
  "ui.editor.percentValue": "即 {percent}",
  "ui.editor.postRule": "各指标权重合计应恰为 100（加分项不计入）。",
  "ui.editor.dimensionRule":
    "本岗位分维度考核：各维度权重合计应恰为 100，每个维度内的指标权重合计也应恰为 100。",
  "ui.editor.dimensionsSum": "维度权重合计 {sum}",
  "ui.editor.groupSum": "指标合计 {sum}",
  "ui.editor.dimensionWeight": "维度权重",
  "ui.editor.noDimension": "未归入维度",
  "ui.editor.noDimensionHint": "本岗位设有维度，以下指标须选定所属维度。",
  "ui.editor.chooseDimension": "（请选择）",
  "ui.editor.bonusGroup": "加分项",
  "ui.editor.bonusRule": "加分项不计权重，得分直接加到综合得分上；本岗位加分合计不超过 {cap} 分。",
  "ui.editor.bonusBadge": "加分项",
  "ui.editor.vetoBadge": "一票否决",
  "ui.editor.indicatorCount": "{count} 项指标",
  "ui.editor.problemCount": "{count} 处问题",
  "ui.editor.direction": "方向",
  "ui.editor.higher": "正向（越高越好）",
  "ui.editor.lower": "逆向（越低越好）",
  "ui.editor.efficacyUp": "满意值高于不允许值：越高越好。",
  "ui.editor.efficacyDown": "满意值低于不允许值：越低越好。",
  "ui.editor.veto": "一票否决",
  "ui.editor.vetoHint": "满足条件时综合得分记 0 分、评为最低等级，仍参与排名。",
  "ui.editor.vetoOp.>=": "≥ 不低于",
  "ui.editor.vetoOp.>": "> 高于",
  "ui.editor.vetoOp.<=": "≤ 不高于",
  "ui.editor.vetoOp.<": "< 低于",
  "ui.editor.vetoOp.=": "= 等于",
  "ui.editor.addPoint": "添加区间点",
  "ui.editor.removePoint": "删除第 {n} 个区间点",
  "ui.editor.pointX": "第 {n} 个区间点的实际值",
  "ui.editor.pointY": "第 {n} 个区间点的得分",
  "ui.editor.reviews.title": "员工评价（自评与互评）",
  "ui.editor.reviews.none":
    "本模板没有员工评价设置。需要用上级、同事、下级和本人的评价分填入指标时，请添加。",
  "ui.editor.reviews.add": "添加员工评价设置",
  "ui.editor.reviews.remove": "删除员工评价设置",
  "ui.editor.reviews.items": "评价项目",
  "ui.editor.reviews.itemsHint": "评价人对每个项目打 0–100 分，不打即为未评。",
  "ui.editor.reviews.idHead": "编号",
  "ui.editor.reviews.nameHead": "名称",
  "ui.editor.reviews.itemId": "第 {n} 个评价项目的编号",
  "ui.editor.reviews.itemName": "第 {n} 个评价项目的名称",
  "ui.editor.reviews.addItem": "添加评价项目",
  "ui.editor.reviews.removeItem": "删除第 {n} 个评价项目",
  "ui.editor.reviews.raters": "各类评价人权重",
  "ui.editor.reviews.ratersHint":
    "按比例计算，不必合计 100；某类评价人缺席时，其权重按比例分给其他各类。留空即不采用该类评价。",
  "ui.editor.reviews.rater.superior": "上级",
  "ui.editor.reviews.rater.peer": "同事",
  "ui.editor.reviews.rater.subordinate": "下级",
  "ui.editor.reviews.rater.self": "本人",
  "ui.editor.reviews.trimAt": "去掉最高最低分",
  "ui.editor.reviews.trimAtHint":
    "同一类评价人达到此人数时，去掉一个最高分和一个最低分再求平均（本人评价除外）。留空按 5 人。",
  "ui.editor.reviews.minPeers": "最少同事人数",
  "ui.editor.reviews.minPeersHint":
    "同事或下级评价人少于此人数时不采用（人太少无法保证匿名），结果中注明原因。留空按 3 人。",
  "ui.editor.reviews.selfGap": "自评差异提醒",
  "ui.editor.reviews.selfGapHint": "本人自评与他人评价相差达到此分数时提醒。留空按 15 分。",
  "ui.editor.reviews.people": "人",
  "ui.editor.reviews.points": "分",
  "ui.editor.reviews.targets": "填入的指标",
  "ui.editor.reviews.targetsHint":
    "评价结果填入评分表的哪项指标：取所选评价项目得分的平均。只能选直接打分的指标。",
  "ui.editor.reviews.target": "第 {n} 个填入的指标",
  "ui.editor.reviews.targetItems": "「{indicator}」取哪些评价项目",
  "ui.editor.reviews.indicatorOption": "{name}（{id}）",
  "ui.editor.reviews.addTarget": "添加填入的指标",
  "ui.editor.reviews.removeTarget": "删除第 {n} 个填入的指标",
  "ui.editor.reviews.noDirect": "本模板没有直接打分的指标，评价结果无处可填。",
  "ui.editor.calibration.title": "校准",
  "ui.editor.calibration.hint":
    "校准分析按机构（或部门等）分组，比较每组与其余人员的平均分，看评分是否偏松或偏严。两项都留空即按默认值，模板中不写校准设置。",
  "ui.editor.calibration.gap": "差距阈值",
  "ui.editor.calibration.gapHint":
    "组平均分比其余人员高出（或低于）此分数时判为偏松（或偏严），单位是综合得分的分。留空按 {value} 分。",
  "ui.editor.calibration.minGroup": "最小组人数",
  "ui.editor.calibration.minGroupHint":
    "人数少于此数的组不判定偏松偏严，至少 2 人。留空按 {value} 人。",
  "ui.editor.calibration.default": "默认 {value}",
  "ui.editor.calibration.points": "分",
  "ui.editor.calibration.people": "人",
  // The pane's 互评 part (reviews.md §2–§4): make the forms, read the returned ones, write the sheets
  "ui.tab.reviews": "互评",
  "ui.reviews.noWorkbook": "请先打开评分表：评价表按评分表中的人员预填。",
  "ui.reviews.noReviews":
    "评分表的权重模板没有员工评价设置：请在「模板」中添加评价项目和各类评价人权重，再载入该模板。",
  "ui.reviews.noScoreSheet":
    "找不到「评分表」工作表（表头需有「工号」列）：请打开本工具生成的评分表。",
  "ui.reviews.makeHead": "1. 生成评价表",
  "ui.reviews.makeHint":
    "每位评价人一份，按评分表的人员预填。在浏览器中逐份下载，在 Excel 中逐份打开为新工作簿。",
  "ui.reviews.make": "生成评价表",
  "ui.reviews.making": "正在生成评价表 {done} / {total} 份…",
  "ui.reviews.made": "已生成 {count} 份评价表：请分发给各评价人，填好后收回。",
  "ui.reviews.madeCancelled": "已取消：生成了 {done} / {total} 份评价表。",
  "ui.reviews.collectHead": "2. 收回评价表",
  "ui.reviews.pick": "选择交回的评价表",
  "ui.reviews.cancel": "取消",
  "ui.reviews.readCancelled": "已取消：读取了 {done} / {total} 份评价表，未汇总。",
  "ui.reviews.read": "已读取全部 {total} 份评价表。",
  "ui.reviews.forms": "评价表",
  "ui.reviews.state": "状态",
  "ui.reviews.stateRead": "已读取",
  "ui.reviews.summary":
    "{forms} 份评价表：{accepted} 份已接收，{attention} 份需处理；{people} 人获评，{unreviewed} 人未收到评价。",
  "ui.reviews.nothingRead": "没有一份评价表可以采用：请查看下面各评价表的情况。",
  "ui.reviews.peopleHead": "3. 每人的评价结果",
  "ui.reviews.peopleHint": "只显示人数和汇总结果，不显示评价人及其打分。",
  "ui.reviews.raterCount": "{type} {count} 人",
  "ui.reviews.value": "{name} {value}",
  "ui.reviews.blank": "未得出",
  "ui.reviews.tooFew": "人数不足",
  "ui.reviews.gap": "自评差异大",
  "ui.reviews.straightLiners":
    "{count} 份评价表所有分值完全相同（可能未认真评价），已在评价表列表中标出，请核实。",
  "ui.reviews.unreviewed": "未收到评价：{people}",
  "ui.reviews.overwrite": "评价结果替换评分表中已有的值",
  "ui.reviews.writeHint":
    "确认后生成新工作簿：评分表（填入评价结果）、评价汇总和评价表情况；打开的评分表不改动。",
  "ui.reviews.write": "生成评分表和评价汇总",
  "ui.reviews.written": "已生成「{file}」：评分表填入 {filled} 格，附评价汇总和评价表情况。",
  "ui.reviews.noFormSheet": "缺少「{sheet}」工作表：请确认交回的是「互评」中生成的评价表",
  "ui.reviews.keptValue":
    "工号 {id} 的「{indicator}」已有 {old}，评价结果为 {value}：保留原值（勾选「评价结果替换评分表中已有的值」可替换）",
  "ui.reviews.twoForms": "同一评价人交回了多份评价表（{files}），均未采用，请核实后只交一份",
  "ui.validate.run": "校验评分表",
  "ui.validate.sheet": "工作表",
  "ui.validate.summary": "{rows} 行 · {errors} 个错误 · {warnings} 个警告",
  "ui.validate.clean": "未发现问题，可以排名。",
  "ui.validate.highlight": "在工作表中标出问题单元格",
  "ui.validate.auto": "修改后自动重新校验",
  "ui.validate.select": "选中单元格 {cell}",
  "ui.rank.period": "考核期",
  "ui.rank.method": "排名方法",
  "ui.rank.dense": "中国式排名（并列不占位）",
  "ui.rank.competition": "竞争排名（同 RANK.EQ）",
  "ui.rank.average": "平均排名（同 RANK.AVG）",
  "ui.rank.live": "排名表使用实时公式（行数多时较慢）",
  "ui.rank.run": "生成排名表",
  "ui.rank.done": "已生成「{sheet}」（考核期 {period}）：{ranked} 行排名，{unranked} 行未能排名。",
  "ui.rank.grades": "等级分布",
  "ui.rank.top": "前五名",
  "ui.rank.bottom": "后五名",
  "ui.rank.download": "下载结果工作簿",
  "ui.file.open": "打开工作簿",
  "ui.file.opened": "已打开「{file}」。",
  "ui.file.sample": "使用示例评分表",
  "ui.damaged": "工作簿已损坏，其中的工作表无法读取：请在 Excel 中打开，另存为 .xlsx 后重试。",
  "ui.tooManyRows": "工作表有超过 {limit} 行数据，超过读取上限：请按机构拆分后再处理。",
  "ui.error.generic": "操作未完成：{reason}",
  "ui.error.excelTooOld":
    "此 Excel 版本过旧：考核面板需要 ExcelApi {version}，即 Microsoft 365、Office 2021 及以上版本（含批量许可版）、Excel 网页版或 Mac 版 Excel 16.24 及以上；批量许可版 Office 2016、2019 无法打开面板。不用此 Excel 也能完成考核工作：在浏览器中打开本加载项的独立页面（taskpane.html），或使用命令行工具 bank-assess。",
  "ui.error.noSheet": "找不到可校验的工作表。",
  "ui.kind.value": "数值有误",
  "ui.kind.missing": "缺少必填项",
  "ui.kind.identity": "工号与岗位",
  "ui.kind.columns": "表头与列",
  "ui.kind.template": "模板版本",
  "ui.kind.percent": "百分比写法",
  "ui.kind.other": "其他",
  "collect.accepted": "已接收 {accepted} 行",
  "collect.withErrors": "已接收 {accepted} 行；{errors} 行有错误未接收",
  "collect.wrongTemplate":
    "使用了另一版本的权重模板（指纹 {found}，应为 {expected}），本文件各行不参与排名",
  "collect.templateChanged":
    "「权重模板」工作表被改动过（内容与记录的指纹不一致），本文件各行不参与排名",
  "collect.unreadable": "无法读取：{reason}",
  "collect.notWorkbook": "不是 .xlsx 工作簿",
  "collect.encrypted":
    "文件已加密（设置了打开密码）或为旧版 .xls，请去掉密码并另存为 .xlsx 后重新提交",
  "collect.noRows": "没有填写任何数据行：文件中没有可汇总的对象，请确认提交的是填好的评分表。",
  "collect.noHeader":
    "找不到评分表的表头（机构、工号、岗位及各指标列）：请使用下发的评分模板填写后重新提交。",
  "collect.damaged": "文件已损坏，无法解压",
  "collect.tooLarge": "文件过大（{size} MB，上限 {limit} MB），未读取",
  "collect.bomb": "解压后过大（{size} MB，上限 {limit} MB），疑似恶意压缩文件，未读取",
  "collect.duplicate": "与「{file}」内容完全相同，未重复计入",
  "collect.noScoreSheet": "缺少「评分表」工作表",
  "collect.crossBranch": "工号「{id}」同时出现在 {places}，这些行均未接收，请核实",
  "collect.missingBranch": "未提交",
  "collect.moreErrors": "另有 {count} 处错误未列出：用 bank-assess validate 检查该文件可看到全部。",
  "collect.seeStatusSheet":
    "各文件、各机构的接收情况和未接收的原因，见该工作簿的「{sheet}」工作表。",
  "collect.branchOk": "已接收",
  "collect.branchAttention": "需处理",
  "collect.majorityTemplate":
    "未指定权重模板：按多数提交文件所用的模板「{name}」（版本 {version}，指纹 {fingerprint}）汇总。",
  "collect.progress": "正在读取 {done} / {total} 个文件…",
  "collect.cancelled": "已取消：读取了 {done} / {total} 个文件，未写入任何内容。",
  "collect.summary":
    "{files} 个文件：接收 {accepted} 个，需处理 {attention} 个；共接收 {rows} 行。",
  "collect.nothing": "没有可读取的提交文件。",
  "cli.collected": "汇总完成：{rows} 行；已写入 {file}",
  "ui.tab.collect": "汇总",
  "ui.collect.pick": "选择提交文件",
  "ui.collect.roster": "机构名单（可选，.csv / .xlsx）",
  "ui.collect.cancel": "取消",
  "ui.collect.write": "写入汇总、提交情况和排名表",
  "ui.collect.written": "已写入「汇总」「提交情况」和「{sheet}」（考核期 {period}）。",
  "ui.collect.files": "文件",
  "ui.collect.branches": "机构",
  "ui.collect.state": "状态",
  "ui.collect.pending": "等待中",
  "ui.collect.rosterLoaded": "名单中有 {count} 个机构。",
  "ui.collect.missing": "未提交：{branches}",
  "ui.collect.read": "已读取全部 {total} 个文件。",
  "ui.rank.vetoed": "一票否决：{reason}",
  "ui.rank.unranked": "未能排名",
  "ui.rank.periodExample": "如 2025Q4（季度）或 2025（年度）",
  "ui.collect.noTemplate":
    "没有可用的权重模板：请先在「模板」中载入，或确认提交文件含「权重模板」工作表。",
  // Ranking and grades (scoring.md §4–§5)
  "dist.violation":
    "等级「{label}」有 {count} 人，占已排名 {total} 人的 {share}，超过强制分布上限 {maxShare}。",
  "sheet.confidential": "内部资料 注意保密",
  "sheet.rank.title": "{period} 运营考核排名",
  "sheet.rank.provenance":
    "模板：{name} v{version} · 指纹 {fingerprint} · 来源：{source} · 生成于 {time}",
  "sheet.col.rank": "名次",
  "sheet.col.branch": "机构",
  "sheet.col.department": "部门",
  "sheet.col.id": "工号",
  "sheet.col.name": "姓名",
  "sheet.col.post": "岗位",
  "sheet.col.composite": "综合得分",
  "sheet.col.grade": "等级",
  "sheet.col.rankInPost": "岗位内名次",
  "sheet.col.rankInBranch": "机构内名次",
  "sheet.col.bonus": "加分",
  "sheet.col.veto": "否决原因",
  "sheet.col.dimension": "{name}（维度）",
  "sheet.col.score": "{name}（得分）",
  "sheet.col.weight": "{name}（权重）",
  "sheet.col.denseShare.overall": "名次辅助：全行并列份额",
  "sheet.col.denseShare.post": "名次辅助：岗位内并列份额",
  "sheet.col.denseShare.branch": "名次辅助：机构内并列份额",
  "sheet.col.reason": "原因",
  "sheet.summary": "汇总",
  "sheet.count": "排名人数",
  "sheet.mean": "平均分",
  "sheet.median": "中位数",
  "sheet.max": "最高分",
  "sheet.min": "最低分",
  "sheet.people": "人数",
  "sheet.share": "占比",
  "sheet.maxShare": "强制分布上限",
  "sheet.distCheck": "分布检查",
  "sheet.distOk": "符合",
  "sheet.unranked": "未能排名（{count} 行）",
  "sheet.details.title": "{period} 运营考核排名明细",
  "sheet.details.note":
    "各岗位只列本岗位的指标；总排名见「{ranking}」。\n模板：{name} v{version} · 指纹 {fingerprint} · 生成于 {time}",
  "sheet.details.post": "【{post}】 {count} 人",
  "sheet.details.dimension": "{name}\n维度 · 权重 {weight}",
  "sheet.details.indicator": "{name}\n权重 {weight}",
  "sheet.details.indicatorIn": "{name}\n权重 {weight} · {dimension}",
  "state.file.accepted": "已接收",
  "state.file.partial": "部分接收",
  "state.file.wrongTemplate": "模板不符",
  "state.file.unreadable": "无法读取",
  "state.file.duplicate": "重复提交",
  "state.file.refused": "已拒收",
  "state.branch.accepted": "已接收",
  "state.branch.attention": "需处理",
  "state.branch.missing": "未提交",
  "state.branch.notOnRoster": "不在名单中",
  "sheet.status.title": "提交情况（{period}）",
  "sheet.templateLine": "权重模板 {name} v{version} · 指纹 {fingerprint} · 生成于 {time}",
  "sheet.col.file": "文件",
  "sheet.col.state": "状态",
  "sheet.col.rows": "行数",
  "sheet.col.accepted": "接收行数",
  "sheet.col.errorRows": "错误行数",
  "sheet.col.note": "说明",
  "sheet.col.hash": "内容哈希",
  "sheet.crossBranch": "跨机构重复工号",
  "sheet.instructions.title": "填写说明：{name}（版本 {version}）",
  "sheet.instructions.1":
    "1. 在「{sheet}」中从第 4 行起填写，每行一人（或一个机构、部门）。「工号」和「岗位」必填，岗位请从下拉列表中选择。",
  "sheet.instructions.2":
    "2. 每个岗位只填写本岗位的指标列，其他列留空；加分项没有可留空（按 0 分计）。",
  "sheet.instructions.3":
    "3. 比率类指标（单位为 %）请填小数，如 0.12 表示 12%；也可先把单元格设为百分比格式再输入 12%。不要输入文本「12%」。",
  "sheet.instructions.4":
    "4. 不要增删或改名表头，不要修改「权重模板」工作表：系统按模板指纹核对，改动过的模板或评分表会被标记。",
  "sheet.instructions.5":
    "5. 填好后交回运营管理部门。可用加载项的「校验」检查：每个问题都会指出单元格，并说明应如何修改。",
  "sheet.instructions.posts": "岗位：{posts}",
  "sheet.instructions.grades": "等级：{grades}",
  "sheet.instructions.fingerprint": "模板指纹：{fingerprint}",
  "sheet.instructions.time": "生成时间：{time}",
  "sheet.summary.title": "汇总：{name}（{period}）",
  "sheet.summary.source":
    "权重模板 {name} · 版本 {version} · 指纹 {fingerprint} · {files} 个提交文件 · 生成于 {time}",
  "sheet.submittedFiles": "{count} 个提交文件",
  // Reviews (reviews.md): the review form, reading returned forms, the aggregation and its sheets
  "reviews.tooFewRaters": "{type}评价人数不足 {min} 人（{count} 人），未采用",
  "reviews.targetMissingItem": "「{indicator}」未填：评价项目「{item}」没有得分",
  "reviews.noFormSheet":
    "缺少「{sheet}」工作表：请确认交回的是评价表（bank-assess reviews --new 生成）",
  "reviews.noRater": "未填写「{label}」：评价人工号必填，该评价表未采用，请补填后重新提交",
  "reviews.formAccepted": "已接收 {rows} 行评价",
  "reviews.formWithErrors": "已接收 {rows} 行评价；{errors} 处错误未采用",
  "reviews.noFormHeader": "找不到表头（工号、评价关系）：请勿删除或改名评价表的表头",
  "reviews.missingItemColumn": "缺少评价项目「{item}」列：该项目视为未评",
  "reviews.badValue": "「{item}」应为 0 到 100 之间的数字，当前为「{value}」，该分值未采用",
  "reviews.noPerson": "该行有评分但没有工号，未采用",
  "reviews.unknownPerson": "工号「{id}」不在评分表中，该行未采用",
  "reviews.badRelation": "评价关系应为 上级/同事/下级/本人 之一，当前为「{value}」，该行未采用",
  "reviews.personTwice": "工号「{id}」在本评价表中出现两次，后一行未采用",
  "reviews.twoForms": "评价人 {rater} 交回了多份评价表（{files}），均未采用，请核实后只交一份",
  "reviews.straightLiner": "「{file}」所有分值完全相同（可能未认真评价），请核实",
  "reviews.noTargetColumn": "评分表没有指标「{indicator}」列，评价结果未能填入",
  "reviews.keptValue":
    "工号 {id} 的「{indicator}」已有 {old}，评价结果为 {value}：保留原值（加 --overwrite 可替换）",
  "reviews.replacedValue": "工号 {id} 的「{indicator}」原为 {old}，已替换为评价结果 {value}",
  "reviews.noReview": "没有收到任何评价",
  "reviews.selfGap": "自评与他评相差 {gap} 分（提示阈值 {limit} 分）",
  "reviews.auditSummary": "{forms} 份评价表，{people} 人获评，填入评分表 {filled} 格",
  "sheet.reviews.formTitle": "评价表：{name}（版本 {version}）",
  "sheet.reviews.formInstructions":
    "请先在第 3 行填写评价人工号和姓名；每行一人，评价关系选 {relations}，各项目填 0–100 的分数，不了解的项目留空。每位评价人只交一份。模板指纹 {fingerprint} · 生成于 {time}",
  "sheet.reviews.relationPrompt": "选择你与被评价人的关系",
  "sheet.reviews.relationError": "请从下拉列表中选择：上级、同事、下级或本人",
  "sheet.reviews.valueError": "请输入 0 到 100 之间的数字",
  "sheet.reviews.line":
    "权重模板 {name} · 版本 {version} · 指纹 {fingerprint} · 评分表 {source} · 生成于 {time}",
  "sheet.reviews.summaryTitle": "评价汇总：{name}",
  "sheet.reviews.statusTitle": "评价表情况：{name}",
  "sheet.reviews.col.id": "工号",
  "sheet.reviews.col.name": "姓名",
  "sheet.reviews.col.branch": "机构",
  "sheet.reviews.col.post": "岗位",
  "sheet.reviews.col.raters": "{type}人数",
  "sheet.reviews.col.selfGap": "自评差异",
  "sheet.reviews.col.reasons": "说明",
  "sheet.reviews.col.rater": "评价人工号",
  "sheet.reviews.col.errors": "错误数",
  "sheet.reviews.type.superior": "上级",
  "sheet.reviews.type.peer": "同事",
  "sheet.reviews.type.subordinate": "下级",
  "sheet.reviews.type.self": "本人",
  "sheet.reviews.state.accepted": "已接收",
  "sheet.reviews.state.attention": "需处理",
  "sheet.reviews.state.refused": "未采用",
  "sheet.reviews.state.duplicate": "重复文件",
  "sheet.reviews.straightLiners": "所有分值相同的评价表",
  "sheet.reviews.unreviewed": "没有收到评价的人员",
  "sheet.reviews.none": "无",
  "cli.reviews.noReviews":
    "「{file}」的权重模板没有 reviews（评价）设置：请先在模板中设置评价项目、评价人权重和填入的指标。",
  "cli.reviews.needTemplate":
    "缺少权重模板：请用 --template <权重模板.json|.xlsx> 指定（评分工作簿中的「权重模板」表也可）。",
  "cli.reviews.missingOut.new": "缺少 --out：请用 --out <评价表.xlsx> 指定要生成的评价表。",
  "cli.reviews.missingOut.aggregate": "缺少 --out：请用 --out <评价汇总.xlsx> 指定要写出的工作簿。",
  "cli.reviews.missingForms":
    "缺少交回的评价表（文件或文件夹）。运行 bank-assess reviews --help 查看用法。",
  "cli.reviews.missingScores":
    "缺少 --scores：请用 --scores <评分表.xlsx> 指定要填入评价结果的评分工作簿。",
  "cli.reviews.rosterEmpty": "「{file}」中找不到人员（表头需有「工号」列）。",
  "cli.reviews.noScoreSheet":
    "「{file}」中没有可读的「评分表」（表头需有工号和岗位），或其中没有人员。",
  "cli.reviews.formWritten": "评价表已写入 {file}（{people} 人）。",
  "cli.reviews.nothingRead": "没有一份评价表可以采用，未写出工作簿。",
  "cli.reviews.unfilled":
    "评分表中有 {count} 人的岗位需要评价结果，但没有得到（没有评价表、同事人数不足或缺少评价项目），该指标未填：{ids}",
  "cli.reviews.written": "评价结果已写入 {file}（评分表填入 {filled} 格）。",
  "cli.reviews.seeStatus": "各评价表的情况见「{sheet}」工作表。",
  "cli.reviews.formPlace": "{file}（评价人 {rater}）",
  "cli.reviews.moreErrors": "另有 {count} 处问题未列出，见「评价表情况」。",
  "survey.badAnswer":
    "答案「{value}」不是 1 到 {scale} 之间的整数，未计入：请在导出文件中改正它，或清空（空白视为未作答）。",
  "survey.unknownObject":
    "评分表中没有「{object}」，其答卷未计入：请核对导出文件中的工号或机构，或先把该对象加入评分表。",
  "survey.fewAnswers":
    "样本不足 30：{object} 仅有 {answers} 份有效答卷，结果已照常填入，请谨慎使用。",
  "survey.noAnswers": "没有有效答卷，未填入。",
  "survey.noColumn":
    "评分表没有指标「{indicator}」列，调查结果未能填入：请用当前权重模板重新生成评分表，或在表头加上该列。",
  "survey.keptValue": "工号 {id} 的「{indicator}」已有 {old}，与调查结果 {value} 不同，保留原值。",
  "survey.replacedValue": "工号 {id} 的「{indicator}」原为 {old}，已替换为调查结果 {value}。",
  "survey.auditSummary": "{responses} 份答卷，{objects} 个对象，填入评分表 {filled} 格",
  "survey.noHeader":
    "「{sheet}」前 10 行中找不到表头：需要一列「工号」（或「机构」）和一列「评分」（或得分、分数、满意度）。请在导出文件中加上这两列的表头后重试。",
  "survey.csvQuote":
    "「{file}」第 {line} 行的引号没有闭合：请改正该行，或用 Excel 打开后重新另存为 CSV。",
  "survey.csvEncoding":
    "「{file}」第 {line} 行有无法识别的字符：请用 Excel 将其另存为「CSV UTF-8」后重试。",
  "sheet.survey.title": "调查汇总：{name}",
  "sheet.survey.line":
    "权重模板 {name} · 版本 {version} · 指纹 {fingerprint} · 调查导出 {source} · {measure}（1–{scale} 分） · 生成于 {time}",
  "sheet.survey.measure.mean": "平均分折算百分制",
  "sheet.survey.measure.satisfied": "满意及以上占比",
  "sheet.survey.col.id": "工号",
  "sheet.survey.col.branch": "机构",
  "sheet.survey.col.name": "姓名",
  "sheet.survey.col.answers": "有效答卷",
  "sheet.survey.col.notes": "说明",
  "sheet.survey.errors": "导出文件中未计入的答卷（{count} 处）",
  "sheet.survey.none": "无",
  "sheet.survey.unfilled": "评分表中没有调查结果的人员（{count} 人，该指标留空）",
  "cli.survey.needTemplate":
    "缺少权重模板：请用 --template <权重模板.json|.xlsx> 指定（评分工作簿中的「权重模板」表也可）。",
  "cli.survey.missingExport":
    "缺少调查导出文件（.xlsx 或 .csv）。运行 bank-assess survey --help 查看用法。",
  "cli.survey.oneExport": "一次只能汇总一个调查导出文件，收到了：{files}。请合并为一个文件后重试。",
  "cli.survey.missingScores":
    "缺少 --scores：请用 --scores <评分表.xlsx> 指定要填入调查结果的评分工作簿。",
  "cli.survey.missingIndicator":
    "缺少 --indicator：请用 --indicator <指标编号> 指定要填入的指标，例如 --indicator customer_satisfaction。",
  "cli.survey.missingOut": "缺少 --out：请用 --out <调查汇总.xlsx> 指定要写出的工作簿。",
  "cli.survey.unknownIndicator":
    "权重模板中没有指标「{indicator}」：请改用模板中直接录入的指标之一（{direct}），或先在模板中添加该指标。",
  "cli.survey.notDirect":
    "指标「{indicator}」的计分方式是 {method}，不是直接录入（direct）：调查结果只能填入直接录入的指标。请在模板中将其改为直接录入，或改用另一个指标。",
  "cli.survey.badExport":
    "「{file}」不是 .xlsx 或 .csv 文件：请从调查系统导出为 Excel 或 CSV 后重试。",
  "cli.survey.noScoreSheet":
    "「{file}」中没有可读的「评分表」（表头需有工号和岗位），或其中没有可对应的工号或机构。",
  "cli.survey.nothingMeasured": "「{file}」中没有一份答卷可以计入（见上面的问题），未写出工作簿。",
  "cli.survey.keptHint": "如需以调查结果替换评分表中已有的值，请加 --overwrite 重新运行。",
  "cli.survey.unfilled": "评分表中有 {count} 人没有调查结果，该指标留空：{ids}",
  "cli.survey.written":
    "调查结果已写入 {file}（评分表填入 {filled} 格），各对象的情况见「{sheet}」工作表。",
  "calibrate.noRanking":
    "{file} 中没有加载项生成的排名表（由 rank 或 collect 生成）：请先排名，再做校准。",
  "calibrate.noScores":
    "找不到「{ranking}」排名所用的评分数据（{sheet}）：校准要按评分数据的列分组。请对 rank 或 collect 生成的工作簿运行。",
  "calibrate.inputsChanged":
    "「{sheet}」的数据在「{ranking}」排名之后被改动过（输入哈希不同）：请重新排名后再校准。",
  "calibrate.unknownColumn":
    "评分数据「{sheet}」中没有「{column}」列，无法按它分组：请改按其中一列分组：{columns}。",
  "audit.summary.calibrate":
    "校准「{ranking}」按「{by}」分 {groups} 组：偏松 {lenient} 组，偏严 {harsh} 组",
  "audit.summary.calibratedRows": "；校准排名 {rows} 行",
  "sheet.calibration.name": "校准分析 {period}",
  "sheet.calibrated.name": "排名 {period} 校准",
  "sheet.calibration.title": "{period} 考核校准分析（按{by}）",
  "sheet.calibrated.title": "{period} 运营考核排名（校准后，按{by}标准化）",
  "sheet.calibration.provenance":
    "模板：{name} v{version} · 指纹 {fingerprint} · 排名表：{ranking} · 输入哈希 {hash} · 排名方法 {method} · 来源：{source} · 生成于 {time}",
  "sheet.calibration.flag.lenient": "偏松",
  "sheet.calibration.flag.harsh": "偏严",
  "sheet.calibration.flag.normal": "正常",
  "sheet.calibration.flag.tooSmall": "人数不足",
  "sheet.calibration.col.group": "组别",
  "sheet.calibration.blankGroup": "（空）",
  "sheet.calibration.col.n": "人数",
  "sheet.calibration.col.mean": "平均分",
  "sheet.calibration.col.median": "中位数",
  "sheet.calibration.col.sd": "标准差",
  "sheet.calibration.col.rest": "其余平均",
  "sheet.calibration.col.gap": "差距",
  "sheet.calibration.col.flag": "判定",
  "sheet.calibration.col.share": "{grade}占比",
  "sheet.calibration.col.excess": "{grade}超额",
  "sheet.calibration.excess": "需调出 {count} 人",
  "sheet.calibration.about.groups":
    "分组：按评分数据「{sheet}」的「{by}」列，空白归入「（空）」；共 {groups} 组 {n} 人，即「{ranking}」中已排名的全部人员（含一票否决者，其得分为 0）。组按平均分从高到低排列。",
  "sheet.calibration.about.rule":
    "判定规则：差距 = 组平均分 − 组外其余人员平均分。人数不少于 {minGroup} 人的组，差距 ≥ {gap} 分为「偏松」，≤ −{gap} 分为「偏严」，其余为「正常」；不足 {minGroup} 人的组为「人数不足」，不作判定。标准差为总体标准差（STDEV.P）。",
  "sheet.calibration.about.quota":
    "配额：对设有比例上限的等级，组内该等级人数超过 floor(上限 × 组人数) 的部分记为「需调出 k 人」。仅供参考，未改动任何结果。",
  "sheet.calibration.about.normalised":
    "标准化：校准得分 = 全行平均分 {mean} + (原得分 − 组平均分) × 全行标准差 {sd} ÷ 组标准差，按模板精度四舍五入、不低于 0；组内得分全部相同时取全行平均分；人数不足的组保留原得分；一票否决者保持 0 和最低等级。名次和等级按校准得分重新计算，见「{sheet}」；原排名表未改动。",
  "sheet.calibration.about.notNormalised": "未做标准化：原排名表和名次均未改动。",
  "sheet.calibration.about.verdict":
    "结论：偏松 {lenient} 组，偏严 {harsh} 组，人数不足 {small} 组。",
  "sheet.calibrated.col.rank": "校准名次",
  "sheet.calibrated.col.composite": "原综合得分",
  "sheet.calibrated.col.publishedRank": "原名次",
  "sheet.calibrated.col.grade": "原等级",
  "sheet.calibrated.col.calibrated": "校准得分",
  "sheet.calibrated.col.calibratedGrade": "校准等级",
  "sheet.calibrated.col.delta": "名次变化",
  "cli.missingOut.calibrate": "缺少 --out：请用 --out <校准.xlsx> 指定要写出的校准工作簿。",
  "cli.calibrated":
    "已按「{by}」校准「{ranking}」：{groups} 组，偏松 {lenient} 组，偏严 {harsh} 组，写入 {file}。",
  "cli.calibrateGroup": "{flag}：{group}（{n} 人，平均 {mean}，其余 {rest}，差距 {gap}）",
  "cli.help.calibrate": `  bank-assess calibrate <排名.xlsx> --out <校准.xlsx> [--by 机构|部门|<列名>] [--normalize]
                        [--period 2025Q4] [--json] [--lang zh-CN|en-US]
      校准：按评分数据的一列（默认「机构」）分组，比较各组与组外其余人员的平均分，判定偏松、偏严或人数不足，
      并列出各等级占比和超出比例上限「需调出 k 人」，写出「校准分析 2025Q4」；--normalize 另按全行均值和
      标准差标准化各组得分，写出「排名 2025Q4 校准」（原名次、校准名次和名次变化）。原排名表不变。
      退出码 0 无偏松偏严的组，1 有，2 无法校准。
      例：bank-assess calibrate 排名.xlsx --by 部门 --normalize --out 校准.xlsx`,
  // calibration.md §2: what-if (bank-assess whatif, 方案比较)
  "whatif.noTemplate":
    "工作簿中没有「权重模板」工作表，无法确定现行方案（A）：请指定现行权重模板（命令行用 --template），或先把它写入工作簿。",
  "audit.summary.whatif":
    "方案比较：拟议方案 {b} v{version}（指纹 {fingerprint}）；比较 {rows} 人，上升 {up}，下降 {down}，不变 {stayed}；仅 A 可排名 {onlyA}，仅 B 可排名 {onlyB}",
  "sheet.whatif.title": "{period} 权重方案比较",
  "sheet.whatif.titleNoPeriod": "权重方案比较",
  "sheet.whatif.provenance":
    "现行方案 A：{aName} v{aVersion} · 指纹 {aFingerprint} · 拟议方案 B：{bName} v{bVersion} · 指纹 {bFingerprint} · 评分数据：{sheet} · 输入哈希 {hash} · 排名方法 {method} · 来源：{source} · 生成于 {time}",
  "sheet.whatif.templateText": "{name}（{id}）v{version} · 指纹 {fingerprint}",
  "sheet.whatif.section.overview": "一、概况",
  "sheet.whatif.templateA": "现行方案（A）",
  "sheet.whatif.templateB": "拟议方案（B）",
  "sheet.whatif.method": "排名方法",
  "sheet.whatif.methodText": "{method}（两方案相同）",
  "sheet.whatif.compared": "两方案下均可排名（比较人数）",
  "sheet.whatif.up": "名次上升",
  "sheet.whatif.down": "名次下降",
  "sheet.whatif.stayed": "名次不变",
  "sheet.whatif.onlyA": "仅在现行方案 A 下可排名",
  "sheet.whatif.onlyB": "仅在拟议方案 B 下可排名",
  "sheet.whatif.deltaRule":
    "Δ名次 = A 下的名次 − B 下的名次，正数为上升；Δ综合得分 = B 下的得分 − A 下的得分。名次为全表名次，同分按同一排名方法处理。",
  "sheet.whatif.section.moves": "二、名次变动最大的 {count} 人",
  "sheet.whatif.section.movesNone": "二、名次变动：两方案下没有人的名次变动。",
  "sheet.whatif.section.transitions":
    "三、等级变化（行：现行方案 A 下的等级；列：拟议方案 B 下的等级；单元格为人数）",
  "sheet.whatif.transitions.corner": "A 等级 ＼ B 等级",
  "sheet.whatif.total": "合计",
  "sheet.whatif.section.grades": "四、各等级人数及比例上限检查（按各方案自身可排名的全部人员计）",
  "sheet.whatif.col.template": "方案",
  "sheet.whatif.col.people": "人数",
  "sheet.whatif.col.share": "占比",
  "sheet.whatif.col.maxShare": "比例上限",
  "sheet.whatif.col.check": "检查",
  "sheet.whatif.sideA": "现行 A",
  "sheet.whatif.sideB": "拟议 B",
  "sheet.whatif.check.ok": "符合",
  "sheet.whatif.check.over": "超出比例上限（{count} / {total} 人）",
  "sheet.whatif.section.oneSided": "五、仅在一个方案下可排名的人员（{count} 人，未计入比较）",
  "sheet.whatif.section.oneSidedNone": "五、两方案下可排名的人员相同。",
  "sheet.whatif.col.validUnder": "可排名的方案",
  "sheet.whatif.col.reason": "在另一方案下不能排名的原因",
  "sheet.whatif.onlyUnderA": "仅现行 A",
  "sheet.whatif.onlyUnderB": "仅拟议 B",
  "sheet.whatif.noReason": "（另一方案下未记录错误）",
  "sheet.whatif.section.weights": "六、权重不同之处（{count} 处，按岗位编号和指标编号对照）",
  "sheet.whatif.section.weightsNone": "六、两方案的权重相同。",
  "sheet.whatif.col.indicator": "指标",
  "sheet.whatif.col.weight": "权重（{side}）",
  "sheet.whatif.col.note": "说明",
  "sheet.whatif.indicatorText": "{name}（{id}）",
  "sheet.whatif.weight.indicator": "指标权重",
  "sheet.whatif.weight.dimension": "维度权重",
  "sheet.whatif.weight.added": "B 新增的{what}",
  "sheet.whatif.weight.dropped": "B 删去的{what}",
  "sheet.whatif.weight.postOnlyA": "仅在现行方案 A 中的岗位",
  "sheet.whatif.weight.postOnlyB": "仅在拟议方案 B 中的岗位",
  "sheet.whatif.section.rows":
    "七、逐人比较（{count} 人，按名次变动的绝对值从大到小，相同时按工号）",
  "sheet.whatif.col.composite": "综合得分（{side}）",
  "sheet.whatif.col.rank": "名次（{side}）",
  "sheet.whatif.col.rankInPost": "岗位内名次（{side}）",
  "sheet.whatif.col.grade": "等级（{side}）",
  "sheet.whatif.col.deltaComposite": "Δ综合得分",
  "sheet.whatif.col.deltaRank": "Δ名次",
  "cli.missingOut.whatif": "缺少 --out：请用 --out <比较.xlsx> 指定要写出的比较工作簿。",
  "cli.whatif.missingAgainst":
    "缺少 --against：请用 --against <拟议模板.json|.xlsx> 指定要与现行模板比较的拟议权重模板（B）。",
  "cli.whatif.roleA": "现行权重模板（--template，方案 A）",
  "cli.whatif.roleB": "拟议权重模板（--against，方案 B）",
  "cli.whatif.templateHint":
    "请检查{role}「{file}」：路径是否正确，是否为权重模板的 .json 文件或含「权重模板」工作表的 .xlsx 工作簿；改正后重新运行。",
  "cli.whatif.scoresHint":
    "请检查评分工作簿「{file}」：路径是否正确，是否为含评分表的 .xlsx 工作簿；改正后重新运行。",
  "cli.whatif.done":
    "已比较 {rows} 人：上升 {up}，下降 {down}，不变 {stayed}；仅 A 可排名 {onlyA}，仅 B 可排名 {onlyB}。「{sheet}」已写入 {file}",
  "cli.help.whatif": `  bank-assess whatif <评分表.xlsx> --against <拟议模板.json|.xlsx> --out <比较.xlsx> [--template <t>]
                     [--sheet <名称>] [--method dense|competition|average] [--json] [--lang zh-CN|en-US]
      方案比较：同一份评分数据分别按现行模板（--template，不给时取工作簿中的「权重模板」，方案 A）和拟议模板
      （--against，方案 B）计分、排名，逐人比较综合得分、名次和等级，写出「方案比较」：概况、名次变动最大的人员、
      等级变化表、各等级人数及比例上限、仅在一个方案下可排名的人员及原因、权重不同之处、逐人明细。
      退出码 0 已比较，2 无法比较（文件无法读取、模板无效或评分表无法读取）。
      例：bank-assess whatif 评分表.xlsx --template 现行模板.json --against 拟议模板.json --out 比较.xlsx`,
} as const;

export type MessageKey = keyof typeof zhCN;
