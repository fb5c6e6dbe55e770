/** zh-CN, the default language. Placeholders in {braces}; en-US.ts must have the same keys and placeholders. */
export const zhCN = {
  // Template: structure (from the schema)
  "tpl.notJson": "权重模板不是有效的 JSON：{detail}",
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
  "sheet.missing": "找不到工作表「{sheet}」。",
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
  "cli.notWorkbook": "「{file}」不是有效的 .xlsx 工作簿（可能已损坏、加密，或是其他格式）。",
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
  // Ranking and grades (scoring.md §4–§5)
  "dist.violation":
    "等级「{label}」有 {count} 人，占已排名 {total} 人的 {share}，超过强制分布上限 {maxShare}。",
} as const;

export type MessageKey = keyof typeof zhCN;
