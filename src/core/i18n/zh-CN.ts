/** zh-CN, the default language. Placeholders in {braces}; en-US.ts must have the same keys and placeholders. */
export const zhCN = {
  // Template: structure (from the schema)
  "tpl.notJson":
    "权重模板不是有效的 JSON：第 {line} 行第 {column} 列附近有误。请用文本编辑器检查该处的逗号、引号和括号，或在面板中打开模板后重新导出。",
  "tpl.required": "{where}：缺少必填项。",
  "tpl.expected": "{where}：应为{expected}，当前为「{value}」。",
  "tpl.unknownKeys": "{where}：不认识的字段 {keys}，请检查拼写。",
  "tpl.enum": "{where}：应为 {options} 之一，当前为「{value}」。",
  "tpl.method": "{where}：计分方法应为 {options} 之一，当前为「{value}」。",
  "tpl.version": "{where}：版本号应形如 1.0.0（主版本.次版本.修订号），当前为「{value}」。",
  "tpl.tooSmall": "{where}：不能为空，或数值太小（至少 {minimum}）。",
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
  "fn.calendarRange": "日期 {date} 超出节假日日历的覆盖范围（{from}–{to} 年）。",
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
  "sheet.missingIdentity": "缺少「{column}」列。",
  "sheet.missingColumn": "缺少指标列「{indicator}」（岗位「{post}」需要），该岗位的行无法排名。",
  "sheet.unknownColumn":
    "不认识的列「{value}」，已忽略；如是指标，请使用权重模板中的指标名称或编号。",
  "sheet.emptyRow": "第 {row} 行为空行。",
  "sheet.fingerprint":
    "评分表由另一版本的权重模板生成（模板指纹 {sheet}），与当前权重模板（{template}）不同，请用当前模板重新生成评分表。",
  "sheet.templateChanged":
    "「权重模板」工作表的内容与其记录的指纹不一致（记录 {recorded}，实际 {actual}），模板可能被改动过。",
  "sheet.noTemplate": "工作簿中没有「权重模板」工作表；请用 --template 指定权重模板文件。",
  "sheet.noRows": "工作表「{sheet}」中没有数据行。",
  "row.percentText":
    "「{indicator}」写成了文本「{value}」；请直接输入数字 {suggest}（或设为百分比格式后输入）。",
  "row.percentScale":
    "「{indicator}」为 {value}，单位为 %，应填小数（0.12 表示 12%）；若本意是 {suggest}，请改正。此值按原样计算。",
  "row.notInPost": "「{indicator}」不属于岗位「{post}」，该值不参与计算。",
  // The bank-assess command
  "cli.unknownCommand": "未知命令「{command}」。运行 bank-assess --help 查看用法。",
  "cli.missingArg": "缺少{arg}。运行 bank-assess --help 查看用法。",
  "cli.badOption": "不认识的选项「{option}」。运行 bank-assess --help 查看用法。",
  "cli.badValue": "选项 {option} 的值「{value}」无效，应为 {options}。",
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
  "ui.template.sum": "权重合计 {sum}",
  "ui.template.params": "参数",
  "ui.template.problems": "模板有 {count} 处问题，修正后才能写入或生成：",
  "ui.template.loaded": "已载入「{name}」（版本 {version}）。",
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
  "ui.rank.done": "已生成「{sheet}」：{ranked} 行排名，{unranked} 行未能排名。",
  "ui.rank.grades": "等级分布",
  "ui.rank.top": "前五名",
  "ui.rank.bottom": "后五名",
  "ui.rank.download": "下载结果工作簿",
  "ui.file.open": "打开评分工作簿",
  "ui.file.opened": "已打开「{file}」。",
  "ui.file.sample": "使用示例评分表",
  "ui.error.generic": "操作未完成：{reason}",
  "ui.error.excelTooOld":
    "此 Excel 版本过旧（需要 ExcelApi {version}）。请升级到 Microsoft 365 或 Excel 2021 及以上版本后再使用。",
  "ui.error.noSheet": "找不到可校验的工作表。",
  "ui.kind.value": "数值有误",
  "ui.kind.missing": "缺少必填项",
  "ui.kind.identity": "工号与岗位",
  "ui.kind.columns": "表头与列",
  "ui.kind.template": "模板版本",
  "ui.kind.percent": "百分比写法",
  "ui.kind.other": "其他",
  "collect.accepted": "已接收：{accepted} 行",
  "collect.withErrors": "已接收 {accepted} 行；{errors} 行有错误未接收",
  "collect.wrongTemplate":
    "使用了另一版本的权重模板（指纹 {found}，应为 {expected}），本文件各行不参与排名",
  "collect.templateChanged":
    "「权重模板」工作表被改动过（内容与记录的指纹不一致），本文件各行不参与排名",
  "collect.unreadable": "无法读取：{reason}",
  "collect.notWorkbook": "不是 .xlsx 工作簿",
  "collect.encrypted":
    "文件已加密（设置了打开密码）或为旧版 .xls，请去掉密码并另存为 .xlsx 后重新提交",
  "collect.damaged": "文件已损坏，无法解压",
  "collect.tooLarge": "文件过大（{size} MB，上限 {limit} MB），未读取",
  "collect.bomb": "解压后过大（{size} MB，上限 {limit} MB），疑似恶意压缩文件，未读取",
  "collect.duplicate": "与「{file}」内容完全相同，未重复计入",
  "collect.noScoreSheet": "缺少「评分表」工作表",
  "collect.crossBranch": "工号「{id}」同时出现在 {places}，这些行均未接收，请核实",
  "collect.missingBranch": "未提交",
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
  "ui.collect.roster": "机构名单（可选，.csv / .txt）",
  "ui.collect.cancel": "取消",
  "ui.collect.write": "写入汇总、提交情况和排名表",
  "ui.collect.written": "已写入「汇总」「提交情况」和「{sheet}」。",
  "ui.collect.files": "文件",
  "ui.collect.branches": "机构",
  "ui.collect.state": "状态",
  "ui.collect.pending": "等待中",
  "ui.collect.rosterLoaded": "名单中有 {count} 个机构。",
  "ui.collect.noTemplate":
    "没有可用的权重模板：请先在「模板」中载入，或确认提交文件含「权重模板」工作表。",
  // Ranking and grades (scoring.md §4–§5)
  "dist.violation":
    "等级「{label}」有 {count} 人，占已排名 {total} 人的 {share}，超过强制分布上限 {maxShare}。",
} as const;

export type MessageKey = keyof typeof zhCN;
