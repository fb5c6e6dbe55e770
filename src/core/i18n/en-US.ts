import type { MessageKey } from "./zh-CN";

/** en-US, the second language. The type makes a missing key a compile error. */
export const enUS: Record<MessageKey, string> = {
  "tpl.notJson":
    "The weight template is not valid JSON: there is a mistake near line {line}, column {column}. Check the commas, quotes and brackets there in a text editor, or open the template in the pane and export it again.",
  "tpl.tooDeep":
    "Not a weight template: nested {depth} levels deep, where a template nests at most {maximum}. Check that this is the template's .json file, or open the template in the pane and export it again.",
  "tpl.required": "{where}: a required item is missing.",
  "tpl.expected": '{where}: expected {expected}, found "{value}".',
  "tpl.unknownKeys": "{where}: the template has no field called {keys}; check the spelling.",
  "tpl.enum": '{where}: must be one of {options}, found "{value}".',
  "tpl.method": '{where}: the scoring method must be one of {options}, found "{value}".',
  "tpl.version": '{where}: the version must look like 1.0.0 (major.minor.patch), found "{value}".',
  "tpl.tooSmall": "{where}: must not be empty, or the number is too small (at least {minimum}).",
  "tpl.tooLong": "{where}: the text is too long (at most {maximum} characters).",
  "tpl.tooMany": "{where}: too many items (at most {maximum}).",
  "tpl.tooBig": "{where}: the number is too large (at most {maximum}).",
  "tpl.integer": '{where}: must be a whole number, found "{value}".',
  "tpl.invalid": "{where}: invalid value ({detail}).",
  "tpl.duplicatePostId": 'Post id "{postId}" is used twice; every post needs its own id.',
  "tpl.postNameClash":
    'Post "{post}" has the same name or id as post "{other}", so a score sheet\'s post cannot be matched to one of them.',
  "tpl.duplicateIndicatorId": 'Post "{post}": indicator id "{indicatorId}" is used twice.',
  "tpl.duplicateDimensionId": 'Post "{post}": dimension id "{dimensionId}" is used twice.',
  "tpl.weightMissing":
    'Post "{post}": indicator "{indicator}" has no weight; mark a bonus item with bonus: true.',
  "tpl.weightInvalid":
    'Post "{post}": indicator "{indicator}" has weight {value}; a weight must be a number greater than 0.',
  "tpl.bonusHasWeight":
    'Post "{post}": bonus item "{indicator}" must not have a weight (bonus items count in no sum).',
  "tpl.bonusHasDimension":
    'Post "{post}": bonus item "{indicator}" must not belong to a dimension.',
  "tpl.weightsSum":
    'Post "{post}": the indicator weights add up to {sum}; they must add up to exactly 100 (nothing is rescaled).',
  "tpl.dimensionWeightInvalid":
    'Post "{post}": dimension "{dimension}" has weight {value}; a weight must be a number greater than 0.',
  "tpl.dimensionWeightsSum":
    'Post "{post}": the dimension weights add up to {sum}; they must add up to exactly 100.',
  "tpl.dimensionIndicatorsSum":
    'Post "{post}", dimension "{dimension}": the indicator weights add up to {sum}; they must add up to exactly 100.',
  "tpl.dimensionMissing":
    'Post "{post}" has dimensions, so indicator "{indicator}" must name its dimension.',
  "tpl.dimensionUnknown":
    'Post "{post}": indicator "{indicator}" names dimension "{dimensionId}", which does not exist.',
  "tpl.dimensionUnexpected":
    'Post "{post}" has no dimensions, but indicator "{indicator}" names dimension "{dimensionId}".',
  "tpl.gradesOrder":
    'Grade "{label}": its minimum {min} must be strictly below the minimum {previousMin} of grade "{previous}".',
  "cli.annualWritten":
    'Annual ranking of {ranked}, {short} short of quarters; "{sheet}" written to {file}',
  "sheet.feedback.title": "Assessment feedback · {period}",
  "sheet.feedback.indicator": "Indicator",
  "sheet.feedback.weight": "Weight",
  "sheet.feedback.actual": "Actual",
  "sheet.feedback.target": "Target",
  "sheet.feedback.score": "Score",
  "sheet.feedback.contribution": "Weighted",
  "sheet.feedback.postMean": "Post mean",
  "sheet.feedback.postBest": "Post best",
  "sheet.feedback.bonus": "Bonus",
  "sheet.feedback.strengths": "Strengths: {list}",
  "sheet.feedback.weaknesses": "To improve: {list}",
  "sheet.feedback.trend": "Results so far: {list}",
  "sheet.feedback.outcome": "Outcome: {text}",
  "sheet.feedback.training": "Training: {list}",
  "sheet.feedback.appeal": "To appeal against this result, write before {date}.",
  "sheet.feedback.veto": "Vetoed: {reason}; the composite counts as 0.",
  "sheet.feedback.none": "none",
  "sheet.feedback.noResult": "no result",
  "sheet.feedback.reward": "Commended.",
  "sheet.feedback.passed": "Passed.",
  "sheet.feedback.warning": "Failed: a warning; rectify before {date}.",
  "sheet.feedback.penalty": " Failed {count} periods in a row: handled under the policy.",
  "sheet.results.provenance":
    "Basis: {template} (version {version}, fingerprint {fingerprint}); published {published}; appeals until {deadline}; generated {generatedAt}",
  "sheet.results.outcomesTitle": "Results applied · {period}",
  "sheet.results.rectificationTitle": "Warnings and rectification · {period}",
  "sheet.results.trainingTitle": "Training needs · {period}",
  "sheet.results.verdict": "Verdict",
  "sheet.results.reward": "Commended",
  "sheet.results.deadline": "Rectify by",
  "sheet.results.failures": "Failures in a row",
  "sheet.results.penalty": "Penalty",
  "sheet.results.strengths": "Strengths",
  "sheet.results.weaknesses": "To improve",
  "sheet.results.training": "Training",
  "sheet.results.passed": "Passed",
  "sheet.results.failed": "Failed",
  "sheet.results.noResult": "No result",
  "sheet.results.vetoed": "Vetoed",
  "sheet.results.yes": "Yes",
  "sheet.results.no": "No",
  "sheet.results.none": "Nobody was assessed in this period.",
  "sheet.results.noWarning": "Nobody was warned in this period: nothing to rectify.",
  "sheet.results.noTraining":
    "No training needs in this period (no weak indicator names a course).",
  "sheet.results.state": "State",
  "sheet.results.doneOn": "Done on",
  "sheet.results.overdue": "Overdue",
  "sheet.results.state.todo": "Not started",
  "sheet.results.state.doing": "In progress",
  "sheet.results.state.done": "Done",
  "sheet.results.statePrompt":
    "Choose Not started, In progress or Done; when done, fill in the date.",
  "sheet.results.stateError": "The state is one of Not started, In progress or Done.",
  "sheet.results.course": "Course",
  "sheet.results.indicators": "Indicators",
  "sheet.results.total": "People",
  "sheet.results.noBranch": "(no branch)",
  "results.noRanking":
    "{file} has no ranking tab written by the add-in (by rank or collect): rank first, then make the results.",
  "results.noPeriod": "{file} has no ranking tab for {period}; it has: {periods}.",
  "results.templateChanged":
    'The weight template "{sheet}" was ranked with (fingerprint {recorded}) is not the workbook\'s 权重模板 now (fingerprint {actual}): use the template of the ranking, or rank again.',
  "results.noScores":
    'The score data "{ranking}" was ranked from ({sheet}) is not in the workbook: feedback needs each indicator\'s actual value. Run on a workbook written by rank or collect, or name the data sheet with --sheet.',
  "results.inputsChanged":
    'The data in "{sheet}" changed after "{ranking}" was ranked (the input hash differs): rank again, then make the results.',
  "calendar.statutory":
    "The {years} holiday arrangement is not loaded: deadlines count the statutory holidays and weekends, without make-up working days; load the State Council's notice and generate again.",
  "results.outOfCalendar":
    "The date {date} is beyond the holiday calendar ({from}–{to}): working-day deadlines cannot be computed.",
  "cli.resultsWritten":
    "{period}: {objects|object|objects}, {reward} commended, {warning} warned ({penalty} penalised), {none} with no result; appeals until {deadline}; written to {file}",
  "cli.badDate": 'The value "{value}" of {option} is not a date: write it as 2026-01-09.',
  "sheet.audit.title": "Audit log (appended by the add-in; do not edit)",
  "sheet.audit.time": "Time",
  "sheet.audit.job": "Job",
  "sheet.audit.who": "Who",
  "sheet.audit.template": "Template",
  "sheet.audit.version": "Version",
  "sheet.audit.fingerprint": "Template fingerprint",
  "sheet.audit.inputHash": "Input hash",
  "sheet.audit.written": "Sheets written",
  "sheet.audit.summary": "Summary",
  "audit.summary.rank": "{ranked|row|rows} ranked, {unranked} not ranked",
  "audit.summary.collect": "{files|file|files}, {rows|row|rows} collected, {ranked} ranked",
  "audit.summary.annual": "{ranked} ranked for the year, {short} short of quarters",
  "audit.summary.results":
    "{period}: {objects|object|objects}, {reward} commended, {warning} warned, {penalty} failed repeatedly",
  "audit.summary.template": "{posts|post|posts}, {indicators|indicator|indicators}",
  "verify.noRanking": "The workbook has no ranking tab written by the add-in: nothing to verify.",
  "verify.noScores":
    'The score data "{sheet}" was ranked from (评分表 or 汇总) is not in the workbook, so it cannot be recomputed: verify a workbook written by rank or collect.',
  "verify.blank": "blank",
  "verify.difference": "{where}: {what} is {recorded}, recomputed {recomputed}",
  "verify.what.templateFingerprint":
    "template fingerprint (the 权重模板 changed after the ranking)",
  "verify.what.inputHash": "input hash (the score data changed after the ranking)",
  "verify.what.composite": "composite",
  "verify.what.rank.overall": "rank",
  "verify.what.rank.post": "rank in post",
  "verify.what.rank.branch": "rank in branch",
  "verify.what.grade": "grade",
  "verify.what.veto": "veto",
  "verify.what.extraRow": "extra row (not ranked when recomputed)",
  "verify.what.appeals":
    "applied appeals (not in the register, or no longer an answered correction)",
  "verify.what.missingRow": "missing row (ranked when recomputed)",
  "verify.what.reviewed": '{id}\'s "{indicator}" (review result)',
  "verify.what.reviewsTemplate": "template fingerprint (the 权重模板 changed after the reviews)",
  "verify.reviews.noBlock":
    "The 权重模板 has no reviews block: there is nothing to verify against the forms.",
  "verify.reviews.noAudit":
    "The 审计日志 has no reviews row: check against the forms a workbook the reviews wrote (or one ranked after it).",
  "verify.reviews.noScoreSheet":
    'The workbook has no readable "{sheet}": the review results cannot be verified.',
  "verify.reviews.otherForms":
    "These are not the forms the reviews were computed from: their combined hash is {given}, the 审计日志 records {recorded}. Give every form the reviews read (the same files or folder), no more and no fewer.",
  "cli.verifiedReviews":
    "Recomputed {cells|review result cell|review result cells} of the score sheet from {forms|form|forms}: {count|difference|differences}.",
  "cli.verified":
    "Verified {tabs|ranking tab|ranking tabs} ({rows|row|rows}): every result is reproduced.",
  "cli.verifyDifferences":
    "Verified {tabs|ranking tab|ranking tabs} ({rows|row|rows}): {count|difference|differences} found.",
  "appeal.where": "{where} (appeal {appeal}): {text}",
  "appeal.unreadable":
    "The cell's content cannot be read: write dates as dates (e.g. 2026-01-12) and the corrected value as a number.",
  "appeal.required": '"{field}" is required.',
  "appeal.duplicateId":
    "The number is used twice (first in row {first}): each appeal needs its own.",
  "appeal.unknownPeriod":
    'There is no ranking tab for the period "{period}": write a published period, e.g. 2025Q4.',
  "appeal.unknownId": 'The id "{id}" is not in the ranking of {period}: check the id.',
  "appeal.unknownIndicator":
    '"{indicator}" is not an indicator of {id}\'s post: write its id or name, or leave it blank to appeal the whole result.',
  "appeal.late":
    "Submitted after the appeal deadline {deadline} (late): the assessing unit may still accept it.",
  "appeal.badState": 'The state "{value}" is not one of 已登记, 调查中, 待审批, 已答复.',
  "appeal.backwards": 'A state cannot go back: it was "{before}", now "{now}".',
  "appeal.needs": 'In the state "{state}", "{field}" is required.',
  "appeal.badConclusion": 'The conclusion "{value}" is not 维持 (uphold) or 更正 (correct).',
  "appeal.dateOrder": '"{field}" cannot be before "{after}".',
  "appeal.correctionNeedsIndicator": "A correction (更正) needs the indicator it corrects.",
  "appeal.correctionNeedsValue": "A correction (更正) needs the corrected actual value.",
  "appeal.badValue":
    'The corrected value {value} is not an actual value the method of "{indicator}" accepts.',
  "appeal.twoCorrections":
    "This id's indicator is already corrected in this period ({first}): merge them into one.",
  "appeal.upheldWithValue": "An upheld appeal (维持) has no corrected value.",
  "sheet.duties.descriptionsHelp":
    "One key post per row. All four elements (duties, requirements, workflow, assessment standard) must be filled. Post IDs and names must be unique. The assessment standard names the post of the weight template (ID or name). Type the last revision as a date; a description not revised within 12 months is flagged. The grey row marked 示例 is an example and is not read.",
  "sheet.duties.matrixHelp":
    'One core process per row. The first three columns are the process ID, name and business line; every further column is a post (its header a post ID or name from 岗位说明书). A cell holds the post\'s roles in the process: {roles}, several joined with "、" or "/", blank for none. Every process needs an initiator, exactly one decider and a supervisor; no post may both decide and supervise.',
  "sheet.duties.changesHelp":
    'One change that requires updating post descriptions per row. The type is 业务变化 (business change, 15 working days to revise) or 监管变化 (regulatory change, 7 working days); join several posts with "、". The due date and state are formulas on the Chinese official calendar with its make-up working days (do not overwrite them; past the prepared rows Excel carries the formulas on to the rows you type, or copy the two cells down from the row above). When the revision is done, fill in the completion date and update the description\'s last revision date too.',
  "sheet.duties.exampleDescription":
    "Counter manager|Operations|Organises, reviews and authorises counter business; manages teller rotas and cash transfers.|Bachelor's degree, three years at the counter, operations supervisor qualification.|Morning meeting → review → authorisation → end-of-day balancing → reports.|Weight template: 柜面经理|2025-06-30",
  "sheet.duties.exampleProcess": "Personal account opening (example)",
  "sheet.duties.exampleLine": "Retail",
  "sheet.duties.exampleChange": "New AML customer identification rules|柜面经理",
  "sheet.duties.standardLink": "Weight template: {post}",
  "sheet.duties.rolePrompt":
    '发起, 协作, 决策 or 监督; join several with "、" (e.g. "发起、协作").',
  "sheet.duties.roleError":
    'A role is 发起, 协作, 决策 or 监督, several joined with "、". Keep this entry anyway?',
  "sheet.duties.typePrompt": "业务变化: revise within 15 working days; 监管变化: within 7.",
  "sheet.duties.typeError": "The type is either 业务变化 or 监管变化.",
  "sheet.duties.datePrompt": "Type a date, e.g. 2025-10-09.",
  "sheet.duties.dateError": "Type a date between 2000 and 2099.",
  "sheet.duties.calendarHeader":
    "Working days ({from}–{to}, on the official holiday and make-up day calendar)",
  "sheet.arrangement.title": "Holiday arrangement {year}",
  "sheet.arrangement.help":
    "Fill this in from the State Council General Office's notice on the {year} holidays (国务院办公厅关于{year}年部分节假日安排的通知, usually published on www.gov.cn in November of the year before): one row per day off, type 休; one row per make-up working day (a Saturday or Sunday worked), type 班. Type dates as dates, such as {year}-01-01; the note may name the holiday. The grey example row only shows the format and is never read; leave unused rows blank. The add-in counts working days from this sheet: its dates come before the built-in calendar.",
  "sheet.arrangement.example": "Example: New Year's Day (this row is never read)",
  "sheet.arrangement.kindPrompt":
    "休: a day off; 班: a make-up working day (a Saturday or Sunday worked).",
  "sheet.arrangement.kindError": "The type is 休 (day off) or 班 (make-up working day).",
  "sheet.arrangement.datePrompt": "Type a date, such as {year}-10-01.",
  "sheet.arrangement.dateError": "Type a date between 2000 and 2099.",
  "arrangement.missingHeaders":
    '"{sheet}" has no header row ({missing}). The headers must be on one row within the first 10: 日期 (date), 类型 (type) and, if wanted, 说明 (note).',
  "arrangement.badDate":
    'The date "{text}" is not valid. Type a date that exists, between 2000 and 2099, such as 2027-01-01, 2027/1/1 or 2027年1月1日.',
  "arrangement.badKind":
    'The type "{text}" is not valid. A day off is 休, a make-up working day is 班 (休息/上班 or off/work also do).',
  "arrangement.required":
    '"{field}" is required: one day a row, with its date and its type (休 or 班). Clear a row you do not use entirely.',
  "arrangement.conflict":
    '{date} is given twice with different types: "{firstKind}" at {first}, "{secondKind}" at {second}. Check the State Council notice and correct or delete one of the two.',
  "arrangement.text.badDate":
    '{where}: the date "{text}" is not valid. Type a date that exists, between 2000 and 2099, such as 2027-01-01, 2027/1/1 or 2027年1月1日.',
  "arrangement.text.badKind":
    '{where}: the type "{text}" is not valid. A day off is 休, a make-up working day is 班 (休息/上班 or off/work also do).',
  "arrangement.text.required":
    '{where}: "{field}" is required: one day a line, with its date and its type (休 or 班). Delete a line you do not use.',
  "arrangement.text.empty":
    "{source} has no dates. Give one day a line (date, and type 休 or 班), or check that this is the right file.",
  "arrangement.text.more":
    "{count|more problem is|more problems are} not listed: correct the ones above first, then load the file again.",
  "arrangement.csv.encoding":
    '{source}, line {line}: characters that cannot be read. The file is neither UTF-8 nor GBK/GB18030; save it from Excel as "CSV UTF-8 (Comma delimited)" and try again.',
  "arrangement.csv.quote":
    '{source}: the quote opened on line {line} is never closed. Check that the double quotes on that line come in pairs (a quote inside a field is written twice: "").',
  "arrangement.csv.noHeader":
    "{source} has no header row within its first 10 lines: one line must have the columns 日期 (date) and 类型 (type), and may have 说明 (note), such as 日期,类型,说明. One day a line follows it.",
  "arrangement.json.notJson":
    "{source} is not valid JSON: there is a mistake near line {line}, column {column}. Check the commas, quotes and brackets there, or download the file again.",
  "arrangement.json.tooDeep":
    "{source} is not a holiday arrangement: nested {depth} levels deep, where one in the holiday-cn format nests at most {maximum}. Check that this is the arrangement file, or download it again.",
  "arrangement.json.missing":
    "{source} is not a holiday arrangement in the holiday-cn format: {path} is missing (it is {expected}). The format is {example}.",
  "arrangement.json.shape":
    "{source} is not a holiday arrangement in the holiday-cn format: {path} must be {expected}. The format is {example}.",
  "dutyKind.no-initiator": "Gap: no initiator",
  "dutyKind.no-decider": "Gap: no decider",
  "dutyKind.multiple-deciders": "Several deciders",
  "dutyKind.no-supervisor": "No supervisor",
  "dutyKind.decide-and-supervise": "Incompatible: decides and supervises",
  "dutyKind.initiate-and-decide": "Incompatible: initiates and decides",
  "dutyKind.unknown-role": "Unknown role",
  "dutyKind.unknown-post": "Unknown post",
  "dutyKind.duplicate-process": "Duplicate process ID",
  "dutyKind.idle-post": "Post holds no role in any process",
  "dutyKind.incomplete-description": "Description incomplete",
  "dutyKind.duplicate-post": "Duplicate post ID or name",
  "dutyKind.description-without-template-post": "Description names no template post",
  "dutyKind.template-post-without-description": "Template post without a description",
  "dutyKind.description-not-revised": "Description not revised after a change",
  "dutyKind.change-unknown-post": "Change names an unknown post",
  "dutyKind.stale-description": "Description not revised for 12 months",
  "duties.missingSheet":
    '{file} has no sheet "{sheet}". Generate the duties workbook first (bank-assess duties --new --out duties.xlsx, or Duties → Generate the duties workbook in the task pane), or add the sheet with its headers.',
  "duties.missingHeaders":
    '"{sheet}" has no header row ({missing}). The headers must be on one row within the first 10; the workbook\'s instructions name them.',
  "duties.unreadable.date": '"{text}" in "{field}" is not a date. Type a date such as 2025-10-09.',
  "duties.unreadable.type": 'The type "{text}" is not valid: it is 业务变化 or 监管变化.',
  "duties.unreadable.required": '"{field}" is required: without it there is no due date.',
  "duties.empty":
    'The duties workbook is not filled in yet: "岗位说明书" and "权责矩阵" have no rows, so there is nothing to check. Fill in one post a row in "岗位说明书" (its ID, name, department, duties, requirements, workflow and assessment standard) and one core process a row in "权责矩阵" with each post\'s roles (initiate, assist, decide, supervise), then check again.',
  "duties.exists":
    "The workbook already has {sheets}. The add-in never writes over them; to start again, use a new workbook.",
  "audit.summary.duties":
    "{errors|error|errors}, {warnings|warning|warnings}; {overdue} overdue, {soon} due within 5 working days",
  "audit.summary.arrangement":
    "Made the {year} holiday arrangement sheet (to fill from the State Council's notice)",
  "audit.summary.dutiesWorkbook":
    "Duties workbook generated ({posts|template post|template posts} filled in)",
  "sheet.checkup.name": "岗位责任体检 {quarter}",
  "sheet.checkup.title": "{name} (checked on {asOf})",
  "sheet.checkup.provenance": "Source: {file}; weight template: {template}; generated {time}",
  "sheet.checkup.noTemplate": "none (descriptions not matched to template posts)",
  "sheet.checkup.summary":
    "1. Summary ({posts|post description|post descriptions}, {processes|process|processes}, {changes|change|changes})",
  "sheet.checkup.findings": "2. Findings ({errors|error|errors}, {warnings|warning|warnings})",
  "sheet.checkup.changes": "3. Changes overdue or due within {days} working days",
  "sheet.checkup.stale": "4. Post descriptions not revised for 12 months",
  "sheet.checkup.no": "No.",
  "sheet.checkup.severity": "Severity",
  "sheet.checkup.item": "Check",
  "sheet.checkup.count": "Count",
  "sheet.checkup.process": "Process",
  "sheet.checkup.post": "Post",
  "sheet.checkup.cell": "Cell",
  "sheet.checkup.message": "Details",
  "sheet.checkup.state": "State",
  "sheet.checkup.subject": "Subject",
  "sheet.checkup.changeId": "ID",
  "sheet.checkup.due": "Due",
  "sheet.checkup.revised": "Last revised",
  "sheet.checkup.error": "Error",
  "sheet.checkup.warning": "Warning",
  "sheet.checkup.none": "None",
  "sheet.checkup.never": "blank",
  "sheet.checkup.soon": "Due soon",
  "sheet.checkup.notChecked": "Not checked (no weight template)",
  "sheet.checkup.unreadableItem": "Unreadable cell",
  "sheet.checkup.changeDetail": "{type}, occurred {occurred}, posts {posts}",
  "cli.dutiesWorkbookWritten": "Duties workbook written to {file} ({sheets})",
  "cli.dutiesOverdue": "✗ Change {id} is overdue (due {due}, {cell})",
  "cli.dutiesSoon": "! Change {id} is due on {due} ({cell})",
  "cli.dutiesNoTemplate":
    "No weight template: descriptions were not matched to template posts (use --template).",
  "cli.dutiesChecked":
    "Checked as of {asOf}: {posts|post description|post descriptions}, {processes|process|processes}, {changes|change|changes}; {errors|error|errors}, {warnings|warning|warnings}.",
  "cli.dutiesReportWritten": '"{sheet}" written to {file}',
  "sheet.appeals.title": "Appeals register {period}",
  "sheet.appeals.instructions":
    "One appeal a row. 编号 is unique (e.g. SS-2025Q4-001); 期间 and 工号 must be a row of a published ranking; 指标 is an indicator id or name, blank to appeal the whole result. States only move forward: {states}. 待审批 needs 调查记录 and 处理意见; 已答复 needs 结论, 审批人, 审批日期 (not before 提交日期), 答复日期 (not before 审批日期) and 答复理由. With 更正, write the indicator's corrected actual value; with 维持, leave it blank. Type dates as dates, e.g. 2026-01-12.",
  "sheet.appeals.statePrompt": "已登记 → 调查中 → 待审批 → 已答复, forward only.",
  "sheet.appeals.stateError": "The state is one of 已登记, 调查中, 待审批, 已答复.",
  "sheet.appeals.conclusionPrompt": "维持: upheld; 更正: corrected (write the corrected value).",
  "sheet.appeals.datePrompt": "Type a date, e.g. 2026-01-12.",
  "sheet.appeals.dateError": "Type a date between 2000 and 2099.",
  "sheet.changes.title": 'Changes: "{published}" → "{corrected}"',
  "sheet.changes.note":
    "{count|object|objects} whose composite, rank (any scope) or grade changed with the corrections; generated {time}",
  "sheet.changes.before": "{what} before",
  "sheet.changes.after": "{what} after",
  "sheet.changes.cause": "Cause (appeals)",
  "sheet.changes.others": "因他人更正 (moved by others' corrections)",
  "sheet.changes.none": "The corrections changed nobody's composite, rank or grade.",
  "sheet.rank.correctedTitle": "Operations assessment ranking · {period} ({suffix})",
  "appeals.noRegister":
    "There is no 申诉登记 sheet: give the register with --register, or make an empty one first.",
  "appeals.noRanking":
    "{file} has no ranking tab written by the add-in (by rank or collect): appeals are against a published ranking, so rank first, then register appeals.",
  "appeals.notRegister":
    "The 申诉登记 sheet lacks headers ({missing}): use the register the add-in makes, or add them.",
  "sheet.rank.correctionSuffix": "更正{n}",
  "cli.appealsChecked":
    "{appeals|appeal|appeals}: {errors|error|errors}, {warnings|warning|warnings}.",
  "cli.appealsApplied":
    '{period}: {count|correction|corrections} applied, "{sheet}" made, {changes|object|objects} changed; written to {file}',
  "cli.appealsNothing":
    "No correction to apply (an appeal must be 已答复 with the conclusion 更正 and no error).",
  "cli.registerWritten": "An empty 申诉登记 written to {file}",
  "audit.summary.appeals":
    "{appeals|appeal|appeals}, {corrections|correction|corrections} applied, {changes|object|objects} changed",
  "appeals.notRankingRow":
    'Select the appellant\'s row (below the header) in the ranking tab "{sheet}" first.',
  "appeals.needsWho": "Give the period and the id, or select the appellant's row in a ranking tab.",
  "appeals.userRegister":
    '"{sheet}" is a sheet of your own, which the add-in never rewrites: register and edit appeals there.',
  "appeals.cannotAdvance":
    "The appeal {id} is already answered (已答复), or it is not in the register.",
  "audit.summary.registered": "Appeal {id} registered ({period}, id {employeeId})",
  "audit.summary.advanced": 'Appeal {id} moved on to "{state}"',
  "duty.no-initiator": "Process {process}: no post initiates it.",
  "duty.no-decider": "Process {process}: no post decides.",
  "duty.multiple-deciders": "Process {process}: more than one post decides ({posts}); name one.",
  "duty.no-supervisor": "Process {process}: no post supervises it.",
  "duty.decide-and-supervise":
    'Process {process}: "{post}" both decides and supervises (incompatible duties).',
  "duty.initiate-and-decide":
    'Process {process}: "{post}" both initiates and decides (no separation of handling and approval).',
  "duty.unknown-role":
    'Process {process}: the role "{text}" of "{post}" is not 发起, 协作, 决策 or 监督 (several joined with "、" or "/").',
  "duty.unknown-post": 'The post column "{post}" is not in 岗位说明书.',
  "duty.duplicate-process": "The process number {process} is used twice (first in row {first}).",
  "duty.idle-post": '"{post}" holds no role in any process.',
  "duty.incomplete-description": 'The description of "{post}" lacks: {missing}.',
  "duty.duplicate-post": 'The post "{post}" is described twice (first in row {first}).',
  "duty.description-without-template-post":
    'The 考核标准 of "{post}" names no post of the weight template.',
  "duty.template-post-without-description":
    'The weight template\'s post "{post}" has no description.',
  "duty.description-not-revised":
    'Change {change} ({occurred}) is done, but the description of "{post}" was not revised with it.',
  "duty.change-unknown-post": 'Change {change} names "{post}", which is not in 岗位说明书.',
  "duty.stale-description":
    'The description of "{post}" was not revised in the last 12 months (last revised {revised}).',
  "duty.stale-description.blank": 'The description of "{post}" has no last revision date.',
  "annual.noTemplate":
    "{file} has no 权重模板 sheet: give the current weight template with --template.",
  "annual.noRanking":
    "{file} has no ranking tab written by the add-in (by rank or collect): rank each quarter first, then make the annual result.",
  "annual.notQuarterly":
    "{file} holds only the ranking of {periods}, no quarterly ranking: the annual result is built from the quarters' rankings, so rank each quarter (periods {year}Q1 to {year}Q4) and make the annual result from those.",
  "annual.filePeriods": "The periods of the rankings each file holds: {files}.",
  "annual.fileHolds": "{file}: {periods}",
  "annual.period.year": "{period} (a year)",
  "annual.period.invalid": '"{period}" (not a valid period)',
  "annual.period.none": "no ranking tab",
  "sheet.annual.name": "年度排名 {year}",
  "sheet.annual.title": "Operations assessment ranking · {year} (from the quarters)",
  "sheet.annual.quarterScore": "{quarter} score",
  "sheet.annual.quarterGrade": "{quarter} grade",
  "sheet.annual.trend": "Trend",
  "sheet.annual.postChange": "Post change",
  "sheet.annual.postChanged": "Post change: {posts}",
  "cycle.duplicatePeriod":
    "The period {period} appears twice: {first} and {second}. Give one ranking per period.",
  "cycle.otherTemplate":
    "{source} was ranked with another weight template ({id}) than the current one ({expected}); they cannot be combined.",
  "cycle.notQuarterOf": "The period {period} of {source} is not a quarter of {year}.",
  "cycle.short": "Too few quarterly results: {count}, at least {needed} needed.",
  "tpl.annualWeights":
    "The annual quarter weights (annual.quarterWeights) must be 4 numbers of at least 0, not all 0; found {value}.",
  "tpl.annualMinQuarters":
    "The quarters needed for an annual result (annual.minQuarters) must be a whole number from 1 to 4; found {value}.",
  "tpl.rewardGrade": 'The reward grade "{label}" is not one of the template\'s grades ({grades}).',
  "tpl.workdays":
    "{field} counts working days and must be a whole number of at least 1; found {value}.",
  "tpl.consecutiveFailures":
    "The failures in a row for a penalty (outcomes.penalty.consecutiveFailures) must be a whole number of at least 1; found {value}.",
  "tpl.reviews.duplicateItem":
    'The review item id "{itemId}" is used twice; each review item needs an id of its own.',
  "tpl.reviews.ratersAllZero":
    "The rater weights (superior, peer, subordinate, self) cannot all be 0; at least one must be above 0.",
  "tpl.reviews.targetUnknown":
    'The reviews fill indicator "{indicatorId}", but no post of the template has an indicator with that id.',
  "tpl.reviews.targetNotDirect":
    'The reviews fill indicator "{indicator}" ({indicatorId}) of post "{post}", which is not scored directly; reviews can only fill indicators scored directly.',
  "tpl.reviews.itemUnknown":
    'Indicator "{indicatorId}" takes the review item "{itemId}", which is not one of the review items.',
  "tpl.reviews.place.block": "the reviews",
  "tpl.reviews.place.item": 'review item "{name}"',
  "tpl.reviews.place.itemAt": "review item {n}",
  "tpl.reviews.place.items": "review items",
  "tpl.reviews.place.raters": "rater weights",
  "tpl.reviews.place.superior": "superior's weight",
  "tpl.reviews.place.peer": "peers' weight",
  "tpl.reviews.place.subordinate": "subordinates' weight",
  "tpl.reviews.place.self": "self weight",
  "tpl.reviews.place.trimAt": "raters needed to drop the highest and lowest",
  "tpl.reviews.place.minPeers": "fewest peers or subordinates",
  "tpl.reviews.place.selfGapWarning": "self-gap warning",
  "tpl.reviews.place.targets": "indicators filled",
  "tpl.reviews.place.target": 'indicator filled "{id}"',
  "tpl.calibration.gap":
    '{where}: must be a number greater than 0 (in composite points; default {default}), found "{value}".',
  "tpl.calibration.minGroup":
    '{where}: must be a whole number from 2 to {maximum} (people; default {default}), found "{value}".',
  "tpl.calibration.place.block": "calibration settings",
  "tpl.calibration.place.gap": "flagging gap",
  "tpl.calibration.place.minGroup": "smallest group",
  "tpl.gradesLastZero": 'The last grade "{label}" must have minimum 0, found {min}.',
  "tpl.duplicateGrade": 'Grade label "{label}" is used twice.',
  "tpl.ratioTarget":
    'Post "{post}": indicator "{indicator}" (ratio) has target {value}; it must be greater than 0.',
  "tpl.ratioCap":
    'Post "{post}": indicator "{indicator}" (ratio) has cap {value}; it must be at least 1.',
  "tpl.efficacyEqual":
    'Post "{post}": indicator "{indicator}" (efficacy) has floor equal to satisfactory ({value}).',
  "tpl.efficacyBaseSpan":
    'Post "{post}": indicator "{indicator}" (efficacy) must not have a negative base or span.',
  "tpl.linearCount": 'Post "{post}": indicator "{indicator}" (linear) needs at least two points.',
  "tpl.linearOrder":
    'Post "{post}": indicator "{indicator}" (linear) needs point values strictly increasing or strictly decreasing.',
  "tpl.linearNegative":
    'Post "{post}": indicator "{indicator}" (linear) must not have a negative score.',
  "tpl.deductionPer":
    'Post "{post}": indicator "{indicator}" (deduction) deducts {value} per unit; it must be greater than 0.',
  "tpl.deductionFloor":
    'Post "{post}": indicator "{indicator}" (deduction) has floor {value}; it must lie between 0 and full marks {full}.',
  "tpl.peerMin":
    'Post "{post}": indicator "{indicator}" (peer) has minimum {value}; it must lie between 0 and full marks {full}.',
  "tpl.bonusCap": 'Post "{post}": the bonus cap is {value}; it must not be negative.',
  "row.idMissing": "Row {row} has no employee or unit id and cannot be ranked.",
  "row.duplicateId": 'Id "{id}" appears more than once (rows {rows}); check and keep one row.',
  "row.postMissing": '"{id}" has no post, so no weight template applies.',
  "row.unknownPost": 'The post "{value}" of "{id}" is not in the weight template.',
  "row.valueMissing":
    '"{indicator}" of "{id}" is blank; it is required, so this row is not ranked.',
  "row.notNumber": '"{indicator}" must be a number, found "{value}".',
  "row.excelError": '"{indicator}" is the error value {value}; fix the formula or data first.',
  "row.directRange":
    '"{indicator}" is {value}; a direct score must lie between 0 and full marks {full}.',
  "row.deductionCount":
    '"{indicator}" is {value}; a deduction count must be a whole number of at least 0.',
  "fn.blank": "Argument {arg} is blank; enter a number.",
  "fn.notNumber": 'Argument {arg} must be a number, found "{value}".',
  "fn.rangeNotNumber":
    'Argument {arg}, row {row}, column {column}: must be a number, found "{value}".',
  "fn.negative": "Argument {arg} must not be negative.",
  "fn.outOfRange": "Argument {arg} is out of the allowed range.",
  "fn.choice": 'Argument {arg} must be one of {options}, found "{value}".',
  "fn.shape":
    "{first} and {second} differ in shape ({firstShape} vs {secondShape}); select ranges of the same size.",
  "fn.blankScore": "Score {index} of {arg} is blank; fill it in first.",
  "fn.postNotFound": 'Post "{post}" is not in the weight table.',
  "fn.headerNotFound": 'Post "{post}": indicator "{indicator}" is not among the headers.',
  "fn.indicatorBlank": 'Post "{post}": the score of indicator "{indicator}" is blank.',
  "fn.columns": "Argument {arg} must be a range of at least {count} columns.",
  "fn.pointsCount": "Argument points needs at least two points (two columns: actual value, score).",
  "fn.pointsOrder":
    "The actual values in points must be strictly increasing or strictly decreasing.",
  "fn.valueNotInRange": "{value} is not in the range being ranked.",
  "fn.bandsOrder": "Grade minimums must run from highest to lowest, the last being 0.",
  "fn.belowBands": "{value} is below every grade's minimum.",
  "fn.calendarRange":
    "Date {date} is outside the built-in holiday calendar ({from}–{to}): pass that year's holiday arrangement (放假安排) as the third argument.",
  "fn.calendarBeyond":
    "Date {date} cannot be counted: the built-in holiday calendar covers {from}–{to}, the arrangement given has no day of that year, and statutory holidays are worked out for {first}–{last} only.",
  "fn.arrangementColumns":
    "Argument {arg} must be one column (days off) or two columns (date, type: 休/班 or off/work).",
  "fn.arrangementDate":
    'Argument {arg}, row {row}: "{value}" is not a date (a date, or text such as 2027-02-06).',
  "fn.arrangementKind":
    'Argument {arg}, row {row}: the type "{value}" must be 休 or 班 (also 休息 / 上班 / off / work).',
  "fn.arrangementConflict":
    "Argument {arg}, row {row}: {date} contradicts row {first} (one says off, the other work).",
  "fn.divZero": "The denominator is 0.",
  "fn.overflow": "The result is too large to represent.",
  "fn.partExceedsWhole": "{part} must not exceed {whole}.",
  "method.direct": "Direct score",
  "method.ratio": "Ratio (target {target}, cap {cap})",
  "method.efficacy":
    "Efficacy (floor {floor}, satisfactory {satisfactory}, base {base}, span {span})",
  "method.linear": "Linear ({points})",
  "method.deduction": "Deduction ({per} per item, floor {floor})",
  "method.peer": "Peer (minimum {min})",
  "direction.higher": "higher is better",
  "direction.lower": "lower is better",
  "veto.rule": "Veto: actual value {op} {value}",
  "ui.title": "Operations assessment",
  "ui.part.loading": "Loading…",
  "ui.part.loadFailed":
    "This part did not load (the network may have dropped). Check the connection, then choose Retry. The open workbook is not affected.",
  "ui.part.failed":
    "This part failed to show. Choose Retry; if it fails again, close and reopen the pane. The open workbook is not affected.",
  "ui.part.retry": "Retry",
  "ui.group.duties": "Duties",
  "ui.tab.duties": "Responsibilities",
  "ui.duties.workbook": "Duties workbook",
  "ui.duties.generateHint":
    "Makes the three sheets (with instructions, drop-downs and a grey example row). In Excel they go into the open workbook; in a browser into a new file to download. The weight template open in Templates fills in the posts.",
  "ui.duties.sheet.descriptions":
    "岗位说明书: each post's duties, requirements, workflow, assessment standard and last revision",
  "ui.duties.sheet.matrix":
    "权责矩阵: each post's role in each process (initiates, collaborates, decides, supervises)",
  "ui.duties.sheet.changes":
    "职责变更: changes that require revising descriptions; due dates and states are formulas",
  "ui.duties.generate": "Generate the duties workbook",
  "ui.duties.fileName": "duties.xlsx",
  "ui.duties.generated": "Generated {sheets} ({posts|template post|template posts} filled in).",
  "ui.duties.generatedFile":
    "Generated {file} ({sheets}; {posts|template post|template posts} filled in).",
  "ui.duties.notGenerated": "The duties workbook was not generated.",
  "ui.duties.checkup": "Responsibility check-up",
  "ui.duties.asOf": "Check date",
  "ui.duties.check": "Check",
  "ui.duties.writeReport": "Write the check-up report",
  "ui.duties.reportWritten": 'Wrote "{sheet}".',
  "ui.duties.failed": "The duties workbook could not be checked.",
  "ui.duties.summary":
    "{posts|post|posts}, {processes|process|processes}, {changes|change|changes}: {errors|error|errors}, {warnings|warning|warnings}.",
  "ui.duties.clean": "The responsibility system passed the check: no errors or warnings.",
  "ui.duties.notMarked":
    "Checked ({errors|error|errors}, {warnings|warning|warnings}), but a sheet is protected with a password, so the cells were not marked.",
  "ui.duties.marksUnreadable":
    "Checked ({errors|error|errors}, {warnings|warning|warnings}). Excel could not read the conditional formats already on a sheet, so the cells were not marked; the findings stand: click one below to go to its cell.",
  "ui.duties.noTemplate": "No weight template: descriptions were not matched to template posts.",
  "ui.duties.findings": "Findings",
  "ui.duties.changes": "Changes overdue or due soon",
  "ui.duties.noChanges": "No change is overdue or due within 5 working days.",
  "ui.duties.overdue": "Overdue",
  "ui.duties.soon": "Due soon",
  "ui.duties.due": "Due {date}",
  "ui.group.label": "Areas",
  "ui.group.assess": "Assessment",
  "ui.group.results": "Results",
  "ui.tab.annual": "Annual",
  "ui.tab.results": "Outcomes",
  "ui.annual.hint":
    "Combines the workbook's quarterly ranking tabs (written by the add-in) into the annual ranking, with the template's quarter weights.",
  "ui.annual.year": "Year",
  "ui.annual.yearDefault": "Blank: the latest year of the ranking tabs",
  "ui.annual.badYear": "Write a four-digit year, e.g. 2025.",
  "ui.annual.run": "Make the annual ranking",
  "ui.annual.done": '"{sheet}" written: {ranked} ranked, {short} short of quarters.',
  "ui.annual.failed": "The annual ranking cannot be made:",
  "ui.annual.short": "Short of quarters",
  "ui.arrangement.exists":
    "The workbook already has a 放假安排 sheet: fill it in or change it there; the add-in never overwrites it.",
  "ui.arrangement.make": "Add a holiday arrangement sheet",
  "ui.arrangement.made":
    'Added "{sheet}": fill it in day by day (休 off or 班 work) from the State Council\'s notice for {year}, then make the results again; the deadlines then follow it.',
  "ui.arrangement.hint":
    "The built-in holiday calendar covers {from}–{to}; for later years load the State Council's notice into the workbook's 放假安排 sheet. Until then deadlines count the statutory holidays and weekends, without make-up working days.",
  "ui.results.hint":
    "Makes the feedback pages, outcomes, rectification tracking and training needs of one period's ranking; the workbook's other ranking tabs are its history (trend, failures in a row).",
  "ui.results.period": "Ranking period",
  "ui.results.periodDefault": "Blank: the latest ranking tab",
  "ui.results.published": "Publication date",
  // The pane's date fields (yyyy-mm-dd whatever the browser's locale), and what it says instead of a
  // command-line option (the pane never tells its user to open a terminal).
  "ui.date.placeholder": "yyyy-mm-dd",
  "ui.date.empty": "Enter a date as yyyy-mm-dd, for example 2026-01-09.",
  "ui.date.format": '"{value}" is not a date in the form yyyy-mm-dd: write it as 2026-01-09.',
  "ui.date.noSuchMonth": '"{value}" is not a date: the month must be 01 to 12.',
  "ui.date.noSuchDay": '"{value}" is not a date: month {month} of {year} has no day {day}.',
  "ui.duties.missingSheet":
    '{file} has no sheet "{sheet}". Use "Generate the duties workbook" (in a browser it downloads a new duties workbook: open that one and check it), or add the sheet with its headers.',
  "ui.duties.missingSheets":
    '{file} has no sheet {sheets}. Use "Generate the duties workbook" below (in a browser it downloads a new duties workbook: open that one and check it), or add the missing sheets with their headers.',
  "ui.results.noScores":
    'The score data "{ranking}" was ranked from ({sheet}) is not in the workbook: feedback needs each indicator\'s actual value. Run it on the workbook where Rank or Collect made that ranking tab.',
  "ui.appeals.noRegister":
    'This workbook has no "申诉登记" sheet yet: registering the first appeal with "Register the appeal" above makes it.',
  "ui.annual.noTemplate":
    '{file} has no "权重模板" sheet: load the current weight template in Templates, choose "Write into the workbook", then try again.',
  "ui.sheet.noTemplate":
    'The workbook has no "权重模板" sheet: load the weight template in Templates, choose "Write into the workbook", then try again.',
  "ui.results.run": "Make feedback and outcomes",
  "ui.results.done":
    '"{sheets}" written: {objects|object|objects}, {warning} warned; appeals until {deadline}.',
  "ui.results.failed": "The results cannot be made:",
  "ui.results.counts": "Outcomes",
  "ui.results.reward": "Commended",
  "ui.results.passed": "Passed (incl. commended)",
  "ui.results.warning": "Warned (failed)",
  "ui.results.penalty": "of whom failed repeatedly",
  "ui.results.noResult": "No result",
  "ui.results.appeal": "Appeals until {date}",
  "ui.results.toWarn": "People to warn",
  "ui.results.noWarn": "Nobody to warn in this period.",
  "ui.results.rectifyBy": "Rectify by {date}",
  "ui.results.penaltyNote": "Failures in a row: {count}, handled under the policy",
  "ui.results.failuresNote": "Failures in a row: {count}",
  "ui.tab.verify": "Verify",
  "ui.verify.hint":
    "Recomputes every ranking tab from this workbook's own 权重模板 and score data and compares each composite, rank, grade and veto; changes no data, and records the verification in the audit log.",
  "ui.verify.run": "Verify this workbook",
  "ui.verify.failed": "The workbook cannot be verified:",
  "ui.verify.tabs": "Ranking tabs verified",
  "ui.verify.tab": '"{sheet}": {rows|row|rows}, {count|difference|differences}',
  "ui.verify.differences": "Differences",
  // Results → Calibrate (calibration.md §1) and Templates → Compare (§2): the pane's own words.
  "ui.tab.calibrate": "Calibrate",
  "ui.calibrate.hint":
    'Groups the ranked rows by a column of the score data ("机构" by default) and compares each group\'s mean with the rest of the bank: a group far above or below is lenient or harsh, and the people over a grade\'s quota are counted. Analyse first; nothing is written until you click "Write into the workbook", and the ranking tab is never changed.',
  "ui.calibrate.period": "Ranking tab",
  "ui.calibrate.latest": "The latest",
  "ui.calibrate.latestOf": "The latest ({period})",
  "ui.calibrate.by": "Group by",
  "ui.calibrate.byHint": "A column of the score data, such as 机构 or 部门.",
  "ui.calibrate.normalize": "Make the calibrated ranking",
  "ui.calibrate.normalizeHint":
    "Scales each group's composites to the bank's mean and standard deviation, ranks and grades them again, and writes them to a tab of their own.",
  "ui.calibrate.run": "Analyse the groups",
  "ui.calibrate.done":
    '"{ranking}" by "{by}": {groups|group|groups}, {lenient} lenient, {harsh} harsh, {small} too small. Nothing written yet.',
  "ui.calibrate.failed": "Could not calibrate:",
  "ui.calibrate.groups": "Groups",
  "ui.calibrate.flag.lenient": "Lenient",
  "ui.calibrate.flag.harsh": "Harsh",
  "ui.calibrate.flag.normal": "Normal",
  "ui.calibrate.flag.tooSmall": "Too small",
  "ui.calibrate.line": "{n|person|people} · mean {mean} · rest {rest} · gap {gap}",
  "ui.calibrate.alone":
    "{n|person|people} · mean {mean} (everyone is in this group: nothing to compare)",
  "ui.calibrate.excess": '"{grade}": {count|person|people} must move out',
  "ui.calibrate.rows": "Calibrated ranking: {rows|person|people}, of whom {moved} change rank.",
  "ui.calibrate.writeHead": "Write the calibration",
  "ui.calibrate.writeOne":
    'Writes the "校准分析" tab and a line of the audit log; the ranking tab is not changed.',
  "ui.calibrate.writeBoth":
    'Writes the "校准分析" tab, the calibrated ranking tab and a line of the audit log; the ranking tab is not changed.',
  "ui.calibrate.write": "Write into the workbook",
  "ui.calibrate.written": 'Written: "{sheets}".',
  "ui.calibrate.noRanking":
    '{file} has no ranking tab made by the add-in: rank it in "Rank" or "Collect" first, then calibrate.',
  "ui.calibrate.noScores":
    'The score data of the ranking "{ranking}" ({sheet}) is not in this workbook: calibration groups rows by its columns. Run it in the workbook "Rank" or "Collect" made that ranking tab in.',
  "ui.calibrate.unknownColumn":
    'The score data "{sheet}" has no column "{column}" to group by: pick one of its columns in "Group by": {columns}.',
  "ui.template.view.edit": "Edit",
  "ui.template.view.compare": "Compare",
  "ui.whatif.hint":
    'Takes the workbook\'s "权重模板" as the current template and scores the same data under the proposed one, to see whose rank and grade would change. Compare first; "方案比较" is written only when you click "Write into the workbook".',
  "ui.whatif.proposed": "Proposed template",
  "ui.whatif.fromEditor": "The template being edited",
  "ui.whatif.editorName": '"{name}" version {version}',
  "ui.whatif.noEditor": 'Load a template in "Edit" first, with no problems left.',
  "ui.whatif.fromFile": "A template file (.json)",
  "ui.whatif.pick": "Choose a template file",
  "ui.whatif.noFile": "No file chosen yet.",
  "ui.whatif.picked": '"{file}": {name} version {version}',
  "ui.whatif.run": "Compare",
  "ui.whatif.done":
    "{rows|person|people} compared: {up} moved up, {down} moved down, {stayed} stayed. Nothing written yet.",
  "ui.whatif.failed": "Could not compare the templates:",
  "ui.whatif.moved": "Rank changes",
  "ui.whatif.up": "Up",
  "ui.whatif.down": "Down",
  "ui.whatif.stayed": "Same",
  "ui.whatif.only":
    "{a} ranked under the current template only, {b} under the proposed one only (why: see the written tab).",
  "ui.whatif.movers": "The {count} largest moves",
  "ui.whatif.col.id": "ID",
  "ui.whatif.col.name": "Name",
  "ui.whatif.col.rank": "Rank",
  "ui.whatif.col.delta": "Change",
  "ui.whatif.transitions": "Grade changes",
  "ui.whatif.transitionsHint":
    "Rows: grade under the current template; columns: under the proposed one; cells: people.",
  "ui.whatif.gradeA": "Current \\ proposed",
  "ui.whatif.write": "Write into the workbook",
  "ui.whatif.writeHint":
    'Writes the "方案比较" tab and a line of the audit log; the score sheet and ranking tabs are not changed.',
  "ui.whatif.written": 'Written: "{sheets}".',
  "ui.whatif.noTemplate":
    'The workbook has no "权重模板" sheet, so there is no current template to compare with: load the current template in "Edit", click "Write into the workbook", then compare.',
  "ui.tab.appeals": "Appeals",
  "ui.appeals.hint":
    "Register an appeal: give the period and the id (the ranking appealed must be in this workbook). The register 申诉登记 is made with the first appeal; write the investigation, decision, conclusion, approval and answer in the sheet.",
  "ui.appeals.hintExcel":
    "Select the appellant's row in a ranking tab and press Register, or give the period and the id. Write the investigation, decision, conclusion, approval and answer in the 申诉登记 sheet.",
  "ui.appeals.period": "Period",
  "ui.appeals.employeeId": "Id",
  "ui.appeals.indicator": "Indicator",
  "ui.appeals.indicatorHint": "Its id or name; blank to appeal the whole result.",
  "ui.appeals.reason": "Grounds",
  "ui.appeals.submitted": "Received on",
  "ui.appeals.register": "Register the appeal",
  "ui.appeals.check": "Check the register",
  "ui.appeals.apply": "Apply approved corrections",
  "ui.appeals.list": "Appeals",
  "ui.appeals.noState": "(no state)",
  "ui.appeals.advance": 'Move on to "{state}"',
  "ui.appeals.moved": "Moved by the corrections",
  "ui.appeals.change": "composite {before} → {after}, rank {rankBefore} → {rankAfter}",
  "ui.appeals.registered": "Appeal {id} registered ({period}, id {employeeId}).",
  "ui.appeals.applied": '"{sheets}" written: {changes|object|objects} changed.',
  "ui.appeals.failed": "The appeals cannot be processed:",
  "ui.tab.templates": "Templates",
  "ui.template.sample": "Sample weight template",
  "ui.template.meta":
    "Version {version} · fingerprint {fingerprint} · full marks {fullScore} · {precision} decimals",
  "ui.template.posts": "{count|post|posts}",
  "ui.col.indicator": "Indicator",
  "ui.col.dimension": "Dimension",
  "ui.col.weight": "Weight",
  "ui.col.method": "Scoring",
  "ui.bonus": "Bonus (cap {cap} points)",
  "ui.grades": "Grades: {bands}",
  "ui.error.template": "The weight template has {count|problem|problems}:",
  "sheet.missing": 'There is no sheet "{sheet}". The workbook has: {sheets}.',
  "sheet.noHeader":
    'Sheet "{sheet}" has no header row in its first 10 rows (with the employee id and post columns).',
  "sheet.notScoreSheet":
    '"{sheet}" is not a score sheet ({why}), so it cannot be checked or ranked. The score sheets of this workbook: {sheets}.',
  "sheet.notScoreSheetNone":
    '"{sheet}" is not a score sheet ({why}), so it cannot be checked or ranked. This workbook has no score sheet: fill in the "评分表" of the score template handed out, then try again.',
  "sheet.why.owned": "it is a sheet the add-in wrote, not score data",
  "sheet.why.noHeader": "no header row with the employee id and post columns in its first 10 rows",
  "sheet.missingIdentity": 'The "{column}" column is missing.',
  "sheet.missingColumn":
    'The indicator column "{indicator}" is missing (post "{post}" needs it); rows of that post cannot be ranked.',
  "sheet.unknownColumn":
    'Unknown column "{value}", ignored; name indicators as the weight template does (name or id).',
  "sheet.textCut":
    "the text is longer than Excel's {limit} characters and was cut (marked at its end): check the original file.",
  "sheet.emptyRow": "Row {row} is empty.",
  "sheet.emptyRows":
    "Rows {from}–{to} are empty ({count|row|rows}): if data was typed far below, move it up into the table.",
  "sheet.fingerprint":
    "The score sheet was made from another version of the weight template (fingerprint {sheet}), not the current one ({template}); make the score sheet again from the current template.",
  "sheet.templateChanged":
    'The "权重模板" sheet no longer matches its recorded fingerprint (recorded {recorded}, now {actual}); the template may have been changed.',
  "sheet.unfinished":
    '"{sheet}" was being written when the add-in was interrupted (a lost connection, a closed pane): it is incomplete and cannot be used. Run again the job that writes it (rank, collect, outcomes…), then try again.',
  "sheet.noTemplate":
    'The workbook has no "权重模板" sheet; give the weight template with --template.',
  "sheet.noRows": 'Sheet "{sheet}" has no data rows.',
  "row.percentText":
    '"{indicator}" is the text "{value}"; enter the number {suggest} (or format the cell as a percentage first).',
  "row.percentScale":
    '"{indicator}" is {value}, but it is a percentage and is entered as a fraction (0.12 for 12%). If you meant {suggest}, correct the cell; until then {value} is used as it is.',
  "row.percentTextScore":
    '"{indicator}" is the text "{value}"; it is a score from 0 to {full}: enter the number {suggest}, without %.',
  "row.percentTextPoints":
    '"{indicator}" is the text "{value}"; it is entered in points: enter the number {suggest}, without %.',
  "row.percentTextUnit":
    '"{indicator}" is the text "{value}"; its unit is {unit}, not a percentage: enter the number, without %.',
  "row.percentTextEither":
    '"{indicator}" is the text "{value}"; enter a number, without %: {fraction} if it is a ratio, {points} if it is in points.',
  "row.notInPost": '"{indicator}" is not an indicator of post "{post}"; the value is not used.',
  "cli.unknownCommand": 'Unknown command "{command}". Run bank-assess --help for usage.',
  "cli.missingArg": "Missing {what}. Run bank-assess {command} --help for usage.",
  "cli.arg.scores": "the score workbook (<scores.xlsx>)",
  "cli.arg.template": "the weight template (<template.json|.xlsx>)",
  "cli.arg.workbook": "the workbook to verify (<workbook.xlsx>)",
  "cli.arg.ranking": "the ranking workbook (<ranking.xlsx>, written by rank or collect)",
  "cli.arg.quarters":
    "the quarters' ranking workbooks (<quarterly ranking workbooks…>, written by rank or collect)",
  "cli.arg.submissions":
    "the branches' score workbooks, or the folders holding them (<files or folders…>)",
  "cli.arg.duties":
    "the duties workbook to check (<duties.xlsx>); to write an empty one, use --new --out <duties.xlsx>",
  "cli.missingValue":
    "The option {option} needs a value after it. Run bank-assess --help to see how each option is written.",
  "cli.missingOut.template":
    "Missing --out: name the score template to write, e.g. --out <score-template.xlsx> (or --out <template.json> to export the template as JSON).",
  "cli.missingOut.rank":
    "Missing --out: name the ranking workbook to write, e.g. --out <ranked.xlsx> (the input is never rewritten).",
  "cli.missingOut.collect":
    "Missing --out: name the collected workbook to write, e.g. --out <collected.xlsx> (not inside a folder being collected).",
  "cli.missingOut.annual":
    "Missing --out: name the annual ranking workbook to write, e.g. --out <annual.xlsx>.",
  "cli.missingOut.results":
    "Missing --out: name the results workbook to write, e.g. --out <results.xlsx>.",
  "cli.missingOut.appeals":
    "Missing --out: --apply writes the corrected ranking to a new workbook; name it, e.g. --out <corrected.xlsx>.",
  "cli.missingOut.duties":
    "Missing --out: name the empty duties workbook to write, e.g. --out <duties.xlsx>.",
  "cli.missingRegister":
    "Missing --register or --out: give --register <register.xlsx> to check the appeals, or --out <register.xlsx> to write an empty register.",
  "cli.badOption": 'Unknown option "{option}". Run bank-assess --help for usage.',
  "cli.badValue": 'Option {option} has the invalid value "{value}"; expected {options}.',
  "cli.badPeriod":
    'The value "{value}" of {option} is not a period: write a year as YYYY (2025) or a quarter as YYYYQ1 to YYYYQ4 (2025Q4); nothing else is accepted.',
  "cli.period.quarterNeeded":
    "The weight template's period is the year {year}, but it assesses by quarter (the year's result is built from the four quarters' rankings): give the quarter with --period, such as --period {year}Q4.",
  "cli.period.templateInvalid":
    'The weight template\'s period "{text}" is not a period (write 2025 or 2025Q4): give one with --period, such as --period 2025Q4.',
  "cli.period.missing":
    "The weight template has no period: give one with --period, such as --period 2025Q4 (a quarter) or --period 2025 (a year).",
  "cli.periodUsed.typed": "Period: {period} (from --period).",
  "cli.periodUsed.template": "Period: {period} (the weight template's; --period gives another).",
  "period.invalid":
    'The period "{text}" is not valid: write a year as YYYY (2025) or a quarter as YYYYQ1 to YYYYQ4 (2025Q4).',
  "period.quarterNeeded":
    "Enter the period: the weight template's period is the year {year}, but it assesses by quarter (the year's result is built from the four quarters' rankings), so enter the quarter, such as {year}Q4.",
  "period.templateInvalid":
    'Enter the period: the weight template\'s period "{text}" is not a period; enter a year (2025) or a quarter (2025Q4).',
  "period.missing": "Enter the period: a year (2025) or a quarter (2025Q4).",
  "cli.tooLarge":
    '"{file}" is {size} MB, over the {limit} MB limit: check that it is the right file.',
  "cli.replaced": "Replaced the existing file {file}.",
  "cli.outIsInput":
    'The output "{file}" is one of the inputs (a submission, the template, the roster) or lies inside a collected folder. The add-in never writes over its inputs: choose another place.',
  "cli.damaged":
    '"{file}" is damaged and its sheets cannot be read: open it in Excel, save it as .xlsx and try again.',
  "cli.tooLargeUnpacked":
    '"{file}" would unpack to {size} MB, over the {limit} MB limit (it may be a zip bomb): check where it came from.',
  "cli.tooManyRows":
    'A sheet of "{file}" has more than {limit} filled rows, over what the add-in reads: check the file, or split it by branch and collect the parts.',
  "collect.tooManyRows":
    "more than {limit} filled rows, over what is read: split it by branch and send it again.",
  "cli.calendarUnreadable":
    'Cannot load the holiday arrangement "{file}"; correct these, then try again:',
  "cli.calendarNoSheet":
    '"{file}" has no sheet named 放假安排: give a workbook with one, or a .csv or .json file.',
  "cli.calendarKind":
    '"{file}" is not a holiday arrangement: give a .csv, a .json (holiday-cn format) or an .xlsx with a 放假安排 sheet.',
  "cli.cannotRead": 'Cannot read "{file}": {reason}',
  "cli.cannotWrite": 'Cannot write "{file}": {reason}',
  "cli.notWorkbook":
    '"{file}" is not a valid .xlsx workbook (it may be damaged). Open it in Excel, save it as "Excel Workbook (*.xlsx)" and try again.',
  "cli.notXlsxOle":
    '"{file}" is an old .xls file or a workbook with an open password. Open it in Excel (remove the password under File › Info › Protect Workbook if it has one), save it as "Excel Workbook (*.xlsx)" and try again.',
  "cli.notXlsxText":
    '"{file}" is a text (CSV) file, not a workbook. Open it in Excel, save it as "Excel Workbook (*.xlsx)" and try again.',
  "cli.noFolder":
    'Cannot write "{file}": the folder "{folder}" does not exist. Create it first, or give --out a file in a folder that exists.',
  "cli.outExtension":
    'The output file "{file}" should end in {extensions}, for example {suggestion}.',
  "cli.notTemplate":
    '"{file}" is not a weight template: give a .json file or an .xlsx workbook with a "权重模板" sheet.',
  "cli.templateInvalid": 'The weight template "{file}" has {count|problem|problems}:',
  "cli.sameFile":
    "The output file must not be the input file: the add-in never rewrites its input.",
  "cli.reading": "Reading {file}…",
  "cli.wrote": "Wrote {file}",
  // bank-assess --help: the intro, each command's usage, description and example, the exit codes
  "cli.help.usage": "Usage:",
  "cli.help.more": "Every command: bank-assess --help",
  "cli.help.intro": `bank-assess: the operations assessment command line (never rewrites its input; results go to a new workbook)`,
  "cli.help.template": `  bank-assess template <template.json|.xlsx> --out <score-template.xlsx> [--rows 500]
      Makes the workbook to hand out (weight template, score sheet, instructions) from a weight template.
      e.g. bank-assess template assets/samples/ops-2025.template.json --out score-template.xlsx
      With --out ending in .json it exports the template as JSON: bank-assess template t.xlsx --out t.json`,
  "cli.help.validate": `  bank-assess validate <scores.xlsx> [--template <t>] [--sheet <name>] [--json] [--lang zh-CN|en-US]
      Checks a score sheet; every problem names its cell and what to do. The template defaults to the
      workbook's own "权重模板" sheet.
      e.g. bank-assess validate beijing.xlsx --lang en-US`,
  "cli.help.rank": `  bank-assess rank <scores.xlsx> --out <ranked.xlsx> [--template <t>] [--sheet <name>] [--period 2025Q4]
                   [--method dense|competition|average] [--live] [--json] [--lang zh-CN|en-US]
      Applies the template post by post and ranks; writes a new workbook with the ranking tab, the weight
      template and the score sheet (as values). --period is 2025Q4 (a quarter) or 2025 (a year); without it,
      the template's period, except that a quarter must be given when the template assesses by quarter and
      its period is a year.
      e.g. bank-assess rank beijing.xlsx --out ranked.xlsx --period 2025Q4`,
  "cli.help.collect": `  bank-assess collect <files or folders…> --out <collected.xlsx> [--template <t>] [--roster <branches.csv|.xlsx>]
                      [--period 2025Q4] [--method …] [--json] [--lang zh-CN|en-US]
      Collects the branches' score workbooks: checks each (size, damage, encryption, duplicates, template
      version, data errors) and writes "汇总", "提交情况" and the ranking tab. Without --template, the
      template most submissions use. --period as for rank.
      e.g. bank-assess collect submissions/ --template t.json --roster branches.csv --out collected.xlsx --period 2025Q4`,
  "cli.help.annual": `  bank-assess annual <quarterly ranking workbooks…> --out <annual.xlsx> [--year 2025] [--template <t>] [--method …] [--json]
      Combines the quarters' ranking tabs (written by rank or collect) with the template's quarter weights
      into the annual result, "年度排名 2025": each quarter's score and grade, the trend, post changes; ids
      short of quarters are listed with why.
      e.g. bank-assess annual 2025Q1.xlsx 2025Q2.xlsx 2025Q3.xlsx 2025Q4.xlsx --out annual.xlsx`,
  "cli.help.results": `  bank-assess results <ranking.xlsx> --out <results.xlsx> [--history <earlier ranking workbooks…>]
                      [--published 2026-01-09] [--period 2025Q4] [--sheet <score data>] [--calendar <arrangement>…]
                      [--json] [--lang zh-CN|en-US]
      Applies one period's ranking: "反馈单" (feedback, one A4 page each), "结果应用" (commendations,
      warnings with their rectification deadline, failures in a row), "整改跟踪" (a state drop-down and an
      overdue formula) and "培训需求" (training needs). Deadlines count Chinese working days from the
      publication date (default today). The bundled holiday calendar ends with 2026: load later years'
      State Council arrangement with --calendar (a .csv, a holiday-cn .json or an .xlsx with a 放假安排
      sheet; repeatable; also for appeals and duties); a workbook's own 放假安排 sheet is read by itself; a
      year nobody loaded counts statutory holidays and weekends (no make-up days), and says so.
      e.g. bank-assess results 2025Q4.xlsx --history 2025Q3.xlsx --published 2026-01-09 --out results.xlsx`,
  "cli.help.appeals": `  bank-assess appeals <ranking.xlsx> --out <register.xlsx>
  bank-assess appeals <ranking.xlsx> --register <register.xlsx> [--published 2026-01-09] [--apply --out <corrected.xlsx>] [--json]
      Appeals: without --register, writes an empty "申诉登记" (drop-downs for state and conclusion, date
      columns); with it, checks each appeal (period, id, indicator, lateness, what each state needs, the
      corrected value) and names the cell; --apply ranks again with the answered corrections and writes
      "排名 2025Q4 更正1" and "变动"; the published tab never changes.
      e.g. bank-assess appeals ranked.xlsx --register register.xlsx --apply --out corrected.xlsx`,
  "cli.help.verify": `  bank-assess verify <workbook.xlsx> [--forms <forms…|folder>] [--json] [--lang zh-CN|en-US]
      Recomputes every ranking tab from the workbook's own 权重模板 and score data and reports each
      difference with its cell (template fingerprint, input hash, composite, ranks, grade, veto). With
      --forms, the review forms' combined hash must be the one the 审计日志's reviews row records; the
      score sheet's reviewed cells are then recomputed from them, each difference with its cell. Read only.
      Exit 0 when everything is reproduced, 1 with differences, 2 when it cannot run.
      e.g. bank-assess verify ranked.xlsx; bank-assess verify reviewed.xlsx --forms forms/`,
  "cli.help.duties": `  bank-assess duties --new --out <duties.xlsx> [--template <t>]
  bank-assess duties <duties.xlsx> [--template <t>] [--as-of 2025-12-31] [--out <checkup.xlsx>] [--json]
      The responsibility system: --new writes an empty duties workbook (岗位说明书, 权责矩阵, 职责变更 with
      drop-downs and instructions; --template fills in the template's posts). The check names every gap,
      double decider, incompatible duty, incomplete or stale description and overdue change with its cell;
      --out writes the report tab "岗位责任体检 2025Q4". The check date defaults to today; the template to the
      workbook's own "权重模板".
      e.g. bank-assess duties duties.xlsx --template t.json --as-of 2025-12-31 --out checkup.xlsx`,
  "cli.help.reviews": `  bank-assess reviews --new --template <t> [--roster <people.xlsx>] --out <form.xlsx>
  bank-assess reviews <forms or folders…> --scores <scores.xlsx> --out <reviews.xlsx> [--template <t>]
                      [--overwrite] [--json] [--lang zh-CN|en-US]
      Self, peer and superior reviews: --new makes the review form (the rater's ID and name, one person a
      row, a relation drop-down, each item 0–100); --roster pre-fills the people from a staff list or a score
      sheet. Aggregating checks each returned form (rater ID, relation, values, people, two forms from one
      rater), applies the template's reviews block and writes a new workbook: the score sheet with the target
      indicators filled (values already there replaced only with --overwrite), 评价汇总 (no rater's identity
      or single value), 评价表情况 and the audit log.
      e.g. bank-assess reviews forms/ --template template.json --scores scores.xlsx --out reviews.xlsx`,
  "cli.help.survey": `  bank-assess survey <export.xlsx|.csv> --scores <scores.xlsx> --indicator <indicator id> --out <survey.xlsx>
                     [--template <t>] [--scale 5] [--measure mean|satisfied] [--overwrite] [--json]
      Customer surveys: one response a row, with the object's employee ID (工号, or its branch, 机构) and a
      score (评分) from 1 to --scale (a blank is no answer). mean maps the mean answer to 0–100 (1 → 0, the
      scale → 100); satisfied is the share of answers ≥ scale − 1. Fewer than 30 answers: the value is filled
      with the warning 样本不足 30. The indicator must be one of the template's, scored direct. Writes a new
      workbook: the score sheet with the indicator filled (values already there replaced only with
      --overwrite), 调查汇总 and the audit log. Exit 0 all filled without warning, 1 something needs
      attention, 2 cannot run.
      e.g. bank-assess survey export.csv --scores scores.xlsx --indicator customer_satisfaction --out survey.xlsx`,
  "cli.help.version": `bank-assess --version shows the version; bank-assess --help shows this text.`,
  "cli.help.footer": `Exit codes: 0 fine; 1 the data needs attention (errors, or rows that could not be ranked); 2 could not run
(unreadable file or wrong arguments). With --json, stdout carries only JSON; everything else goes to stderr.`,
  "cli.moreIssues":
    "… and {more|more problem|more problems} not listed here ({total} in all): add --json for the full list.",
  "cli.validated": "{sheet}: {rows|row|rows}, {errors|error|errors}, {warnings|warning|warnings}.",
  "cli.ranked":
    'Ranked {ranked|row|rows}, {unranked} could not be ranked; the ranking tab "{sheet}" is in {file}',
  "cli.liveSlow":
    "--live over {rows|row|rows}: such formulas cost the square of the row count and are slow in Excel; consider values (drop --live).",
  "cli.templateWritten": "The score template is in {file} (sheets: {sheets}).",
  "cli.failed": "Failed: {reason}",
  "ui.tab.validate": "Validate",
  "ui.tab.rank": "Rank",
  "ui.busy": "Working…",
  "ui.empty.noTemplate": "Load a weight template first.",
  "ui.empty.noWorkbook": "Open a score workbook (.xlsx) first, or use the sample score sheet.",
  "ui.source.sample": "Sample template",
  "ui.source.file": "Open a file",
  "ui.source.workbook": "From the workbook",
  "ui.template.write": "Write into the workbook",
  "ui.template.generate": "Make the score template",
  "ui.template.written": 'The template is in the "权重模板" sheet.',
  "ui.template.generated": "The score template is ready ({file}).",
  "ui.userSheet":
    'The workbook has a sheet of your own named "{sheet}"; to keep it, nothing was written. Rename or delete it, then try again.',
  "ui.protectedSheet":
    'The sheet "{sheet}" is protected with a password, so the add-in cannot write to it. Unprotect it (Review › Unprotect Sheet), then try again.',
  "ui.validate.notMarked":
    '{rows|row|rows} · {errors|error|errors} · {warnings|warning|warnings}. "{sheet}" is protected, so the problem cells are not marked in it; unprotect it (Review › Unprotect Sheet) and check again to mark them.',
  "ui.validate.marksUnreadable":
    '{rows|row|rows} · {errors|error|errors} · {warnings|warning|warnings}. Excel could not read the conditional formats already on "{sheet}", so the problem cells are not marked in it; the check stands: click an issue below to go to its cell.',
  "ui.template.sum": "weights add up to {sum}",
  "ui.template.problems":
    "The template has {count|problem|problems} to fix before it can be written or the score template made:",
  "ui.template.loaded": 'Loaded "{name}" (version {version}).',
  "methodName.ratio": "Completion ratio",
  "methodName.efficacy": "Efficacy coefficient",
  "methodName.linear": "Linear interpolation",
  "methodName.deduction": "Deduction",
  "methodName.peer": "Peer ranking",
  "methodName.direct": "Direct score",
  "methodHint.ratio":
    "Completion = actual ÷ target (lower is better: target ÷ actual); score = full marks × completion, counting completion up to the cap.",
  "methodHint.efficacy":
    "Between the unacceptable and the satisfactory value the score is in proportion: the unacceptable value scores the base score, the satisfactory value full marks, anything worse than the unacceptable value 0.",
  "methodHint.linear":
    "Scored on the line through the points below (actual value, score), in proportion between two points.",
  "methodHint.deduction":
    "Starts at full marks and deducts points for each occurrence, down to the minimum score; the score sheet takes the number of occurrences.",
  "methodHint.peer":
    "Compared among the staff of the post: the best actual value scores full marks, the worst the minimum score, the others in proportion.",
  "methodHint.direct": "The assessor enters the score itself, between 0 and full marks ({full}).",
  "field.template": "template",
  "field.id": "id",
  "field.name": "name",
  "field.nameEn": "English name",
  "field.version": "version",
  "field.period": "period",
  "field.fullScore": "full marks",
  "field.precision": "decimal places",
  "field.grades": "grades",
  "field.posts": "posts",
  "field.dimensions": "dimensions",
  "field.bonusCap": "bonus cap",
  "field.indicators": "indicators",
  "field.unit": "unit",
  "field.weight": "weight",
  "field.dimension": "dimension",
  "field.direction": "direction",
  "field.scoring": "scoring method",
  "field.veto": "veto",
  "field.vetoOp": "veto condition",
  "field.vetoValue": "veto threshold",
  "field.bonus": "bonus",
  "field.label": "label",
  "field.labelEn": "English label",
  "field.gradeMin": "minimum",
  "field.maxShare": "maximum share",
  "field.post": 'post "{name}"',
  "field.indicator": 'indicator "{name}"',
  "field.dimensionItem": 'dimension "{name}"',
  "field.grade": 'grade "{name}"',
  "field.postAt": "post {n}",
  "field.indicatorAt": "indicator {n}",
  "field.dimensionAt": "dimension {n}",
  "field.gradeAt": "grade {n}",
  "param.target": "target",
  "param.cap": "cap",
  "param.floor": "unacceptable value",
  "param.satisfactory": "satisfactory value",
  "param.base": "base score",
  "param.span": "span",
  "param.points": "points",
  "param.point": "point {n}",
  "param.pointX": "actual value",
  "param.pointY": "score",
  "param.below": "score before the first point",
  "param.per": "points per occurrence",
  "param.deductionFloor": "minimum score",
  "param.min": "minimum score",
  "paramHint.target": "The actual value at 100% completion",
  "paramHint.cap": "Completion counts up to this multiple; blank means 1",
  "paramHint.floor": "Anything worse scores 0",
  "paramHint.satisfactory": "Reaching it scores full marks",
  "paramHint.base": "The score at the unacceptable value; blank means {value}",
  "paramHint.span": "Added to the base score at the satisfactory value; blank means {value}",
  "paramHint.points":
    "Actual values must strictly increase or strictly decrease; past the last point, its score applies",
  "paramHint.below": "The score before the first point; blank means 0",
  "paramHint.per": "Deducted for each occurrence",
  "paramHint.deductionFloor": "Deductions stop at this score; blank means 0",
  "paramHint.min": "The score of the worst actual value in the post; blank means 0",
  "unit.%": "%",
  "unit.days": "days",
  "unit.minutes": "min",
  "unit.count": "count",
  "unit.score": "points",
  "unit.amount": "amount",
  "unit.times": "times",
  "ui.editor.unit": "Unit: {unit}",
  "ui.editor.percentUnit": "Unit: %, entered as a fraction (0.12 for 12%)",
  "ui.editor.percentValue": "= {percent}",
  "ui.editor.postRule": "The indicator weights must add up to exactly 100 (bonus items aside).",
  "ui.editor.dimensionRule":
    "This post is assessed by dimension: the dimension weights must add up to exactly 100, and so must the indicator weights within each dimension.",
  "ui.editor.dimensionsSum": "dimensions add up to {sum}",
  "ui.editor.groupSum": "indicators add up to {sum}",
  "ui.editor.dimensionWeight": "Dimension weight",
  "ui.editor.noDimension": "In no dimension",
  "ui.editor.noDimensionHint":
    "This post has dimensions: choose the dimension of each indicator below.",
  "ui.editor.chooseDimension": "(choose one)",
  "ui.editor.bonusGroup": "Bonus items",
  "ui.editor.bonusRule":
    "Bonus items carry no weight: their score is added to the composite, up to a total of {cap} for this post.",
  "ui.editor.bonusBadge": "Bonus",
  "ui.editor.vetoBadge": "Veto",
  "ui.editor.indicatorCount": "{count|indicator|indicators}",
  "ui.editor.problemCount": "{count|problem|problems}",
  "ui.editor.direction": "Direction",
  "ui.editor.higher": "Higher is better",
  "ui.editor.lower": "Lower is better",
  "ui.editor.efficacyUp": "The satisfactory value is above the unacceptable one: higher is better.",
  "ui.editor.efficacyDown":
    "The satisfactory value is below the unacceptable one: lower is better.",
  "ui.editor.veto": "Veto",
  "ui.editor.vetoHint":
    "When the condition holds, the composite is 0 and the grade the lowest; the row is still ranked.",
  "ui.editor.vetoOp.>=": "≥ at least",
  "ui.editor.vetoOp.>": "> above",
  "ui.editor.vetoOp.<=": "≤ at most",
  "ui.editor.vetoOp.<": "< below",
  "ui.editor.vetoOp.=": "= equal to",
  "ui.editor.addPoint": "Add a point",
  "ui.editor.removePoint": "Remove point {n}",
  "ui.editor.pointX": "Point {n}: actual value",
  "ui.editor.pointY": "Point {n}: score",
  "ui.editor.reviews.title": "Reviews (self and peer)",
  "ui.editor.reviews.none":
    "This template has no review settings. Add them to fill indicators from superior, peer, subordinate and self reviews.",
  "ui.editor.reviews.add": "Add review settings",
  "ui.editor.reviews.remove": "Remove review settings",
  "ui.editor.reviews.items": "Review items",
  "ui.editor.reviews.itemsHint": "Raters score each item from 0 to 100; a blank is not rated.",
  "ui.editor.reviews.idHead": "Id",
  "ui.editor.reviews.nameHead": "Name",
  "ui.editor.reviews.itemId": "Id of review item {n}",
  "ui.editor.reviews.itemName": "Name of review item {n}",
  "ui.editor.reviews.addItem": "Add a review item",
  "ui.editor.reviews.removeItem": "Remove review item {n}",
  "ui.editor.reviews.raters": "Weight of each kind of rater",
  "ui.editor.reviews.ratersHint":
    "Weights are relative and need not add up to 100; when a kind of rater is missing, its weight is shared among the others. Leave one blank not to use that kind.",
  "ui.editor.reviews.rater.superior": "Superior",
  "ui.editor.reviews.rater.peer": "Peers",
  "ui.editor.reviews.rater.subordinate": "Subordinates",
  "ui.editor.reviews.rater.self": "Self",
  "ui.editor.reviews.trimAt": "Drop the highest and lowest",
  "ui.editor.reviews.trimAtHint":
    "With at least this many raters of one kind, the single highest and lowest scores are dropped before the mean (not for self reviews). Blank: 5.",
  "ui.editor.reviews.minPeers": "Fewest peers",
  "ui.editor.reviews.minPeersHint":
    "Peers or subordinates fewer than this are not used (too few to stay anonymous), and the result says so. Blank: 3.",
  "ui.editor.reviews.selfGap": "Self-gap warning",
  "ui.editor.reviews.selfGapHint":
    "A warning when the self score differs from the others' by at least this many points. Blank: 15.",
  "ui.editor.reviews.people": "people",
  "ui.editor.reviews.points": "points",
  "ui.editor.reviews.targets": "Indicators filled",
  "ui.editor.reviews.targetsHint":
    "Which indicator of the score sheet each result fills: the mean of the items chosen. Only indicators scored directly can be chosen.",
  "ui.editor.reviews.target": "Indicator filled {n}",
  "ui.editor.reviews.targetItems": 'Items for "{indicator}"',
  "ui.editor.reviews.indicatorOption": "{name} ({id})",
  "ui.editor.reviews.addTarget": "Add an indicator to fill",
  "ui.editor.reviews.removeTarget": "Remove indicator filled {n}",
  "ui.editor.reviews.noDirect":
    "The template has no indicator scored directly for the reviews to fill.",
  "ui.editor.calibration.title": "Calibration",
  "ui.editor.calibration.hint":
    "Calibration groups the ranked rows by branch (or department, or another column) and compares each group's mean with everyone else's, to see who marked leniently or harshly. Leave both blank for the defaults: the template then has no calibration settings.",
  "ui.editor.calibration.gap": "Flagging gap",
  "ui.editor.calibration.gapHint":
    "A group whose mean is this many composite points above (or below) everyone else's is lenient (or harsh). Blank: {value}.",
  "ui.editor.calibration.minGroup": "Smallest group",
  "ui.editor.calibration.minGroupHint":
    "Groups with fewer people than this are never flagged; at least 2. Blank: {value}.",
  "ui.editor.calibration.default": "default {value}",
  "ui.editor.calibration.points": "points",
  "ui.editor.calibration.people": "people",
  // The pane's Reviews part (reviews.md §2–§4): make the forms, read the returned ones, write the sheets
  "ui.tab.reviews": "Reviews",
  "ui.reviews.noWorkbook": "Open a score sheet first: the forms are pre-filled with its people.",
  "ui.reviews.noReviews":
    "The score sheet's template has no reviews: add review items and rater weights under Templates, then load that template.",
  "ui.reviews.noScoreSheet":
    'No "评分表" sheet (its header needs a 工号 column): open a score sheet made by this add-in.',
  "ui.reviews.makeHead": "1. Make the forms",
  "ui.reviews.makeHint":
    "One per rater, pre-filled with the score sheet's people. In a browser each is downloaded; in Excel each opens as a new workbook.",
  "ui.reviews.make": "Make the forms",
  "ui.reviews.making": "Making form {done} of {total}…",
  "ui.reviews.made": "{count} forms made: hand them to the raters and collect them when filled.",
  "ui.reviews.madeCancelled": "Cancelled: {done} of {total} forms made.",
  "ui.reviews.collectHead": "2. Collect the forms",
  "ui.reviews.pick": "Pick the returned forms",
  "ui.reviews.cancel": "Cancel",
  "ui.reviews.readCancelled": "Cancelled: {done} of {total} forms read, nothing aggregated.",
  "ui.reviews.read": "All {total} forms read.",
  "ui.reviews.forms": "Forms",
  "ui.reviews.state": "State",
  "ui.reviews.stateRead": "Read",
  "ui.reviews.summary":
    "{forms} forms: {accepted} accepted, {attention} need attention; {people} people reviewed, {unreviewed} without a review.",
  "ui.reviews.nothingRead": "No form could be used: see each form's state below.",
  "ui.reviews.peopleHead": "3. Each person's results",
  "ui.reviews.peopleHint":
    "Counts and combined results only: no rater and no single rater's score.",
  "ui.reviews.raterCount": "{type} {count}",
  "ui.reviews.value": "{name} {value}",
  "ui.reviews.blank": "none",
  "ui.reviews.tooFew": "Too few raters",
  "ui.reviews.gap": "Large self gap",
  "ui.reviews.straightLiners":
    "{count} forms give every person the same score (perhaps not filled in with care): they are marked in the list of forms.",
  "ui.reviews.unreviewed": "No review received: {people}",
  "ui.reviews.overwrite": "Review results replace values the score sheet already holds",
  "ui.reviews.writeHint":
    "On confirmation a new workbook is made: the score sheet with the results filled in, 评价汇总 and 评价表情况. The open score sheet is not changed.",
  "ui.reviews.write": "Make the score sheet and summary",
  "ui.reviews.written":
    '"{file}" made: {filled} cells of the score sheet filled, with the review summary and the forms\' states.',
  "ui.reviews.noFormSheet": 'no "{sheet}" sheet: send back the review form made under Reviews',
  "ui.reviews.keptValue":
    '{id}\'s "{indicator}" already holds {old} and the review gives {value}: kept (tick "Review results replace values" to replace it)',
  "ui.reviews.twoForms":
    "one rater sent back several forms ({files}): none is used; check and send back only one",
  "ui.validate.run": "Check the score sheet",
  "ui.validate.sheet": "Sheet",
  "ui.validate.summary": "{rows|row|rows} · {errors|error|errors} · {warnings|warning|warnings}",
  "ui.validate.clean": "No problems found: ready to rank.",
  "ui.validate.highlight": "Mark problem cells in the sheet",
  "ui.validate.auto": "Check again after changes",
  "ui.validate.select": "Select cell {cell}",
  "ui.rank.period": "Period",
  "ui.rank.method": "Ranking method",
  "ui.rank.dense": "Dense (ties take no place)",
  "ui.rank.competition": "Competition (as RANK.EQ)",
  "ui.rank.average": "Average (as RANK.AVG)",
  "ui.rank.live": "Live formulas in the ranking tab (slow with many rows)",
  "ui.rank.run": "Make the ranking tab",
  "ui.rank.done":
    '"{sheet}" is ready (period {period}): {ranked|row|rows} ranked, {unranked} could not be ranked.',
  "ui.rank.grades": "Grades",
  "ui.rank.top": "Top five",
  "ui.rank.bottom": "Bottom five",
  "ui.rank.download": "Download the result",
  "ui.file.open": "Open a workbook",
  "ui.file.opened": 'Opened "{file}".',
  "ui.file.sample": "Use the sample score sheet",
  "ui.damaged":
    "The workbook is damaged and its sheets cannot be read: open it in Excel, save it as .xlsx and try again.",
  "ui.tooManyRows":
    "A sheet has more than {limit} filled rows, over what is read: split it by branch and try again.",
  "ui.error.generic": "Not done: {reason}",
  "ui.error.excelTooOld":
    "This Excel is too old: the pane needs ExcelApi {version}, which Microsoft 365, Office 2021 or later (volume-licensed too), Excel on the web and Excel on Mac 16.24 or later have; volume-licensed Office 2016 and 2019 cannot open it. The work can be done without this Excel: open the add-in's standalone page (taskpane.html) in a browser, or use the bank-assess command line.",
  "ui.error.noSheet": "There is no sheet to check.",
  "ui.kind.value": "Wrong values",
  "ui.kind.missing": "Missing values",
  "ui.kind.identity": "Ids and posts",
  "ui.kind.columns": "Headers and columns",
  "ui.kind.template": "Template version",
  "ui.kind.percent": "Percentages",
  "ui.kind.other": "Other",
  "collect.accepted": "{accepted|row|rows} accepted",
  "collect.withErrors": "{accepted|row|rows} accepted; {errors|row|rows} with errors not accepted",
  "collect.wrongTemplate":
    "made with another version of the weight template (fingerprint {found}, expected {expected}); its rows are not ranked",
  "collect.templateChanged":
    'its "权重模板" sheet was changed (it no longer matches its recorded fingerprint); its rows are not ranked',
  "collect.unreadable": "cannot be read: {reason}",
  "collect.notWorkbook": "not an .xlsx workbook",
  "collect.encrypted":
    "encrypted (it has an open password) or an old .xls; remove the password, save as .xlsx and send it again",
  "collect.noRows":
    "no filled row: the file has nothing to collect; check that the filled score sheet was sent.",
  "collect.noHeader":
    "the score sheet's header (branch, ID, post and the indicator columns) is not there: fill in the score template handed out and send it again.",
  "collect.damaged": "damaged: it cannot be unpacked",
  "collect.tooLarge": "too large ({size} MB, the limit is {limit} MB); not read",
  "collect.bomb":
    "far too large once unpacked ({size} MB, the limit is {limit} MB), like a zip bomb; not read",
  "collect.duplicate": 'the same content as "{file}"; not counted twice',
  "collect.noScoreSheet": 'has no "评分表" sheet',
  "collect.crossBranch":
    'Employee id "{id}" was sent from {places}; none of those rows is accepted, please check',
  "collect.missingBranch": "sent nothing",
  "collect.moreErrors":
    "and {count|more error|more errors} not listed: run bank-assess validate on the file to see them all.",
  "collect.seeStatusSheet":
    "Each file's and each branch's state, and why rows were not accepted, is on the \"{sheet}\" sheet of that workbook.",
  "collect.branchOk": "accepted",
  "collect.branchAttention": "needs attention",
  "collect.majorityTemplate":
    'No weight template given: collected with the template most submissions use, "{name}" (version {version}, fingerprint {fingerprint}).',
  "collect.progress": "Reading {done} of {total|file|files}…",
  "collect.cancelled": "Cancelled: {done} of {total|file|files} read, nothing written.",
  "collect.summary":
    "{files|file|files}: {accepted} accepted, {attention} need attention; {rows|row|rows} accepted.",
  "collect.nothing": "No submission could be read.",
  "cli.collected": "Collected {rows|row|rows}; written to {file}",
  "ui.tab.collect": "Collect",
  "ui.collect.pick": "Choose the submitted files",
  "ui.collect.roster": "Branch roster (optional, .csv / .xlsx)",
  "ui.collect.cancel": "Cancel",
  "ui.collect.write": "Write the summary, status and ranking tabs",
  "ui.collect.written": 'Wrote "汇总", "提交情况" and "{sheet}" (period {period}).',
  "ui.collect.files": "Files",
  "ui.collect.branches": "Branches",
  "ui.collect.state": "State",
  "ui.collect.pending": "waiting",
  "ui.collect.rosterLoaded": "{count|branch|branches} on the roster.",
  "ui.collect.missing": "Sent nothing: {branches}",
  "ui.collect.read": "All {total|file|files} read.",
  "ui.rank.vetoed": "Vetoed: {reason}",
  "ui.rank.unranked": "Not ranked",
  "ui.rank.periodExample": "Such as 2025Q4 (a quarter) or 2025 (a year)",
  "ui.collect.noTemplate":
    'No weight template to collect with: load one under Templates, or check that the files carry a "权重模板" sheet.',
  "dist.violation":
    'Grade "{label}" has {count} of {total|ranked row|ranked rows} ({share}), above the forced-distribution limit of {maxShare}.',
  "sheet.confidential": "Internal · Confidential",
  "sheet.rank.title": "Operations assessment ranking · {period}",
  "sheet.rank.provenance":
    "Template: {name} v{version} · fingerprint {fingerprint} · source: {source} · made {time}",
  "sheet.col.rank": "Rank",
  "sheet.col.branch": "Branch",
  "sheet.col.department": "Department",
  "sheet.col.id": "Id",
  "sheet.col.name": "Name",
  "sheet.col.post": "Post",
  "sheet.col.composite": "Composite",
  "sheet.col.grade": "Grade",
  "sheet.col.rankInPost": "Rank in post",
  "sheet.col.rankInBranch": "Rank in branch",
  "sheet.col.bonus": "Bonus",
  "sheet.col.veto": "Veto reason",
  "sheet.col.dimension": "{name} (dimension)",
  "sheet.col.score": "{name} (score)",
  "sheet.col.weight": "{name} (weight)",
  "sheet.col.denseShare.overall": "Rank helper: tie share, all",
  "sheet.col.denseShare.post": "Rank helper: tie share within post",
  "sheet.col.denseShare.branch": "Rank helper: tie share within branch",
  "sheet.col.reason": "Reason",
  "sheet.summary": "Summary",
  "sheet.count": "Ranked",
  "sheet.mean": "Mean",
  "sheet.median": "Median",
  "sheet.max": "Highest",
  "sheet.min": "Lowest",
  "sheet.people": "People",
  "sheet.share": "Share",
  "sheet.maxShare": "Limit",
  "sheet.distCheck": "Distribution",
  "sheet.distOk": "within the limits",
  "sheet.unranked": "Not ranked ({count|row|rows})",
  "sheet.details.title": "Ranking details · {period}",
  "sheet.details.note":
    'Each post shows only its own indicators; the overall ranking is on "{ranking}".\nTemplate: {name} v{version} · fingerprint {fingerprint} · made {time}',
  "sheet.details.post": "[{post}] {count|person|people}",
  "sheet.details.dimension": "{name}\ndimension · weight {weight}",
  "sheet.details.indicator": "{name}\nweight {weight}",
  "sheet.details.indicatorIn": "{name}\nweight {weight} · {dimension}",
  "state.file.accepted": "accepted",
  "state.file.partial": "partly accepted",
  "state.file.wrongTemplate": "wrong template",
  "state.file.unreadable": "unreadable",
  "state.file.duplicate": "duplicate",
  "state.file.refused": "refused",
  "state.branch.accepted": "accepted",
  "state.branch.attention": "needs attention",
  "state.branch.missing": "sent nothing",
  "state.branch.notOnRoster": "not on the roster",
  "sheet.status.title": "Submissions ({period})",
  "sheet.templateLine": "Template {name} v{version} · fingerprint {fingerprint} · made {time}",
  "sheet.col.file": "File",
  "sheet.col.state": "State",
  "sheet.col.rows": "Rows",
  "sheet.col.accepted": "Accepted",
  "sheet.col.errorRows": "Rows with errors",
  "sheet.col.note": "Why",
  "sheet.col.hash": "Content hash",
  "sheet.crossBranch": "Ids sent by two branches",
  "sheet.instructions.title": "How to fill in: {name} (version {version})",
  "sheet.instructions.1":
    '1. In "{sheet}", start at row 4, one person (or one branch or department) a row. Id (工号) and post (岗位) are required; pick the post from the drop-down list.',
  "sheet.instructions.2":
    "2. Fill in only the indicator columns of each row's own post and leave the others empty; a bonus you do not have may stay empty (it counts as 0).",
  "sheet.instructions.3":
    '3. Enter percentages as fractions, 0.12 for 12% (or format the cell as a percentage first and type 12%). Do not type the text "12%".',
  "sheet.instructions.4":
    '4. Do not add, remove or rename headers, and do not change the "权重模板" sheet: the add-in checks the template\'s fingerprint and marks a changed template or score sheet.',
  "sheet.instructions.5":
    "5. Send the filled workbook back to operations management. The add-in's Validate tab checks it first: each problem names its cell and says how to fix it.",
  "sheet.instructions.posts": "Posts: {posts}",
  "sheet.instructions.grades": "Grades: {grades}",
  "sheet.instructions.fingerprint": "Template fingerprint: {fingerprint}",
  "sheet.instructions.time": "Made: {time}",
  "sheet.summary.title": "Collected scores: {name} ({period})",
  "sheet.summary.source":
    "Template {name} · version {version} · fingerprint {fingerprint} · {files|file|files} · made {time}",
  "sheet.submittedFiles": "{count|submitted file|submitted files}",
  // Reviews (reviews.md): the review form, reading returned forms, the aggregation and its sheets
  "reviews.tooFewRaters": "fewer than {min} {type} raters ({count}): not used",
  "reviews.targetMissingItem": '"{indicator}" left blank: the item "{item}" has no score',
  "reviews.noFormSheet":
    'no "{sheet}" sheet: send back the review form made by bank-assess reviews --new',
  "reviews.noRater":
    '"{label}" is blank: the rater\'s employee ID is required; this form was not used, fill it in and send it again',
  "reviews.formAccepted": "{rows|review row|review rows} accepted",
  "reviews.formWithErrors":
    "{rows|review row|review rows} accepted; {errors|error|errors} not used",
  "reviews.noFormHeader":
    "no header (工号, 评价关系) found: do not delete or rename the form's header",
  "reviews.missingItemColumn": 'no column for the item "{item}": taken as not rated',
  "reviews.badValue":
    '"{item}" must be a number from 0 to 100, not "{value}"; this value was not used',
  "reviews.noPerson": "this row has scores but no employee ID; not used",
  "reviews.unknownPerson": 'employee ID "{id}" is not in the score sheet; this row was not used',
  "reviews.badRelation":
    'the relation must be one of 上级/同事/下级/本人, not "{value}"; this row was not used',
  "reviews.personTwice":
    'employee ID "{id}" appears twice on this form; the later row was not used',
  "reviews.twoForms":
    "rater {rater} sent more than one form ({files}); none was used: check and send one",
  "reviews.straightLiner":
    'every value of "{file}" is the same (possibly not rated with care): check it',
  "reviews.noTargetColumn":
    'the score sheet has no column for "{indicator}"; the review results could not be filled in',
  "reviews.keptValue":
    '{id}\'s "{indicator}" already holds {old} and the review gives {value}: kept (--overwrite replaces it)',
  "reviews.replacedValue": '{id}\'s "{indicator}" was {old}, replaced by the review result {value}',
  "reviews.noReview": "no review received",
  "reviews.selfGap": "self review differs from the others by {gap} points (warning at {limit})",
  "reviews.auditSummary":
    "{forms|review form|review forms}, {people|person|people} reviewed, {filled|score cell|score cells} filled",
  "sheet.reviews.formTitle": "Review form: {name} (version {version})",
  "sheet.reviews.formInstructions":
    "First fill in your employee ID and name in row 3; one person a row, pick the relation ({relations}), score each item 0–100 and leave blank what you cannot judge. Each rater sends one form. Template fingerprint {fingerprint} · made {time}",
  "sheet.reviews.relationPrompt": "Pick your relation to the person rated",
  "sheet.reviews.relationError": "Pick from the list: 上级, 同事, 下级 or 本人",
  "sheet.reviews.valueError": "Enter a number from 0 to 100",
  "sheet.reviews.line":
    "Template {name} · version {version} · fingerprint {fingerprint} · score sheet {source} · made {time}",
  "sheet.reviews.summaryTitle": "Review summary: {name}",
  "sheet.reviews.statusTitle": "Review forms: {name}",
  "sheet.reviews.col.id": "Employee ID",
  "sheet.reviews.col.name": "Name",
  "sheet.reviews.col.branch": "Branch",
  "sheet.reviews.col.post": "Post",
  "sheet.reviews.col.raters": "{type} raters",
  "sheet.reviews.col.selfGap": "Self gap",
  "sheet.reviews.col.reasons": "Notes",
  "sheet.reviews.col.rater": "Rater ID",
  "sheet.reviews.col.errors": "Errors",
  "sheet.reviews.type.superior": "Superior",
  "sheet.reviews.type.peer": "Peer",
  "sheet.reviews.type.subordinate": "Subordinate",
  "sheet.reviews.type.self": "Self",
  "sheet.reviews.state.accepted": "Accepted",
  "sheet.reviews.state.attention": "Needs attention",
  "sheet.reviews.state.refused": "Refused",
  "sheet.reviews.state.duplicate": "Duplicate file",
  "sheet.reviews.straightLiners": "Forms whose every value is the same",
  "sheet.reviews.unreviewed": "People with no review",
  "sheet.reviews.none": "None",
  "cli.reviews.noReviews":
    'The template of "{file}" has no reviews block: set the review items, the raters\' weights and the indicators they fill first.',
  "cli.reviews.needTemplate":
    "Missing the weight template: give it with --template <template.json|.xlsx> (or the score workbook's 权重模板 sheet).",
  "cli.reviews.missingOut.new":
    "Missing --out: name the review form to make with --out <form.xlsx>.",
  "cli.reviews.missingOut.aggregate":
    "Missing --out: name the workbook to write with --out <reviews.xlsx>.",
  "cli.reviews.missingForms":
    "Missing the returned review forms (files or folders). Run bank-assess reviews --help for the usage.",
  "cli.reviews.missingScores":
    "Missing --scores: name the score workbook to fill with --scores <scores.xlsx>.",
  "cli.reviews.rosterEmpty":
    'No people found in "{file}" (its header needs an employee ID column).',
  "cli.reviews.noScoreSheet":
    '"{file}" has no readable 评分表 (its header needs 工号 and 岗位), or no people in it.',
  "cli.reviews.formWritten": "Review form written to {file} ({people|person|people}).",
  "cli.reviews.nothingRead": "No review form could be used; no workbook was written.",
  "cli.reviews.unfilled":
    "{count|person|people} of the score sheet whose post needs a review result got none (no forms, too few peers or an item missing); the indicator is left blank: {ids}",
  "cli.reviews.written":
    "Review results written to {file} ({filled|score cell|score cells} filled).",
  "cli.reviews.seeStatus": 'Each form\'s state is in the "{sheet}" sheet.',
  "cli.reviews.formPlace": "{file} (rater {rater})",
  "cli.reviews.moreErrors": "{count|more problem|more problems} not listed: see 评价表情况.",
  "survey.badAnswer":
    'the answer "{value}" is not a whole number from 1 to {scale} and is not counted: correct it in the export, or clear it (a blank is no answer)',
  "survey.unknownObject":
    'the score sheet has no "{object}"; its answers are not counted: check the employee ID or branch in the export, or add it to the score sheet first',
  "survey.fewAnswers":
    "样本不足 30 (sample under 30): {object} has only {answers|valid answer|valid answers}; the value is filled in, use it with care",
  "survey.noAnswers": "no valid answer; nothing filled in",
  "survey.noColumn":
    'the score sheet has no column for "{indicator}"; the survey results could not be filled in: make the score sheet again from the current template, or add the column to its header',
  "survey.keptValue":
    '{id}\'s "{indicator}" already holds {old} and the survey gives {value}: kept.',
  "survey.replacedValue": '{id}\'s "{indicator}" was {old}, replaced by the survey result {value}',
  "survey.auditSummary":
    "{responses|response|responses}, {objects|object|objects}, {filled|score sheet cell|score sheet cells} filled",
  "survey.noHeader":
    '"{sheet}" has no header in its first 10 rows: it needs an employee ID column (工号, or 机构 for branches) and a score column (评分, 得分, 分数 or 满意度). Add both headers to the export and try again.',
  "survey.csvQuote":
    '"{file}" line {line}: a quote is never closed: correct that line, or open the file in Excel and save it as CSV again',
  "survey.csvEncoding":
    '"{file}" line {line} has characters that cannot be read: save it from Excel as "CSV UTF-8" and try again',
  "sheet.survey.title": "Survey summary: {name}",
  "sheet.survey.line":
    "Template {name} · version {version} · fingerprint {fingerprint} · survey export {source} · {measure} (1–{scale}) · made {time}",
  "sheet.survey.measure.mean": "mean answer on 0–100",
  "sheet.survey.measure.satisfied": "share satisfied or better",
  "sheet.survey.col.id": "Employee ID",
  "sheet.survey.col.branch": "Branch",
  "sheet.survey.col.name": "Name",
  "sheet.survey.col.answers": "Valid answers",
  "sheet.survey.col.notes": "Notes",
  "sheet.survey.errors": "Answers of the export not counted ({count})",
  "sheet.survey.none": "None",
  "sheet.survey.unfilled":
    "People of the score sheet with no survey result ({count}; the indicator left blank)",
  "cli.survey.needTemplate":
    "No weight template: give one with --template <template.json|.xlsx> (the score workbook's 权重模板 sheet also works).",
  "cli.survey.missingExport":
    "No survey export (.xlsx or .csv) given. Run bank-assess survey --help for the usage.",
  "cli.survey.oneExport":
    "One survey export at a time; got: {files}. Put the responses into one file and try again.",
  "cli.survey.missingScores":
    "Missing --scores: give the score workbook to fill with --scores <scores.xlsx>.",
  "cli.survey.missingIndicator":
    "Missing --indicator: name the indicator to fill, e.g. --indicator customer_satisfaction.",
  "cli.survey.missingOut": "Missing --out: name the workbook to write with --out <survey.xlsx>.",
  "cli.survey.unknownIndicator":
    'The weight template has no indicator "{indicator}": use one of its directly entered indicators ({direct}), or add it to the template first.',
  "cli.survey.notDirect":
    'The indicator "{indicator}" is scored by {method}, not entered directly (direct): survey results can only fill a direct indicator. Make it direct in the template, or use another indicator.',
  "cli.survey.badExport":
    '"{file}" is not an .xlsx or .csv file: export the survey as Excel or CSV and try again.',
  "cli.survey.noScoreSheet":
    '"{file}" has no readable 评分表 (its header needs 工号 and 岗位), or none of its employee IDs or branches.',
  "cli.survey.nothingMeasured":
    'No answer of "{file}" could be counted (see the problems above); no workbook written.',
  "cli.survey.keptHint":
    "To replace the values the score sheet already holds with the survey's, run again with --overwrite.",
  "cli.survey.unfilled":
    "{count|person|people} of the score sheet got no survey result; the indicator is left blank: {ids}",
  "cli.survey.written":
    "Survey results written to {file} ({filled|score sheet cell|score sheet cells} filled); each object is in the {sheet} sheet.",
  "calibrate.noRanking":
    "{file} has no ranking tab the add-in wrote (rank or collect writes one): rank first, then calibrate.",
  "calibrate.noScores":
    'The score data the ranking "{ranking}" was made from ({sheet}) is not there: calibration groups rows by a column of it. Run it on a workbook written by rank or collect.',
  "calibrate.inputsChanged":
    'The data of "{sheet}" changed after the ranking "{ranking}" (its input hash differs): rank again, then calibrate.',
  "calibrate.unknownColumn":
    'The score data "{sheet}" has no column "{column}" to group by: group by one of its columns instead: {columns}.',
  "audit.summary.calibrate":
    'Calibrated "{ranking}" by "{by}" in {groups|group|groups}: {lenient} lenient, {harsh} harsh',
  "audit.summary.calibratedRows": "; {rows|calibrated row|calibrated rows}",
  "sheet.calibration.name": "Calibration {period}",
  "sheet.calibrated.name": "Ranking {period} calibrated",
  "sheet.calibration.title": "{period} assessment calibration (by {by})",
  "sheet.calibrated.title": "{period} operations ranking (calibrated by {by})",
  "sheet.calibration.provenance":
    "Template: {name} v{version} · fingerprint {fingerprint} · ranking: {ranking} · input hash {hash} · rank method {method} · source: {source} · generated {time}",
  "sheet.calibration.flag.lenient": "Lenient",
  "sheet.calibration.flag.harsh": "Harsh",
  "sheet.calibration.flag.normal": "Normal",
  "sheet.calibration.flag.tooSmall": "Too small",
  "sheet.calibration.col.group": "Group",
  "sheet.calibration.blankGroup": "(blank)",
  "sheet.calibration.col.n": "People",
  "sheet.calibration.col.mean": "Mean",
  "sheet.calibration.col.median": "Median",
  "sheet.calibration.col.sd": "Std dev",
  "sheet.calibration.col.rest": "Rest mean",
  "sheet.calibration.col.gap": "Gap",
  "sheet.calibration.col.flag": "Verdict",
  "sheet.calibration.col.share": "{grade} share",
  "sheet.calibration.col.excess": "{grade} excess",
  "sheet.calibration.excess": "{count} to move out",
  "sheet.calibration.about.groups":
    'Groups: by the "{by}" column of the score data "{sheet}", blanks under "（空）"; {groups|group|groups} of {n|person|people} in all, every ranked row of "{ranking}" (vetoed rows included, at 0). Groups come by mean, highest first.',
  "sheet.calibration.about.rule":
    "Rule: gap = the group's mean − the mean of everyone outside it. A group of at least {minGroup} people is lenient when the gap is ≥ {gap}, harsh when ≤ −{gap}, else normal; a group of fewer than {minGroup} is too small and never flagged. Standard deviations are population ones (STDEV.P).",
  "sheet.calibration.about.quota":
    "Quota: for each grade with a maximum share, the group's count in it above floor(maximum × group size) is the number to move out. Reported only; no result was changed.",
  "sheet.calibration.about.normalised":
    'Normalisation: calibrated = bank mean {mean} + (composite − group mean) × bank std dev {sd} ÷ group std dev, rounded to the template\'s precision and never below 0; a group whose composites are all equal gets the bank mean; too-small groups keep their composites; vetoed rows keep 0 and the lowest grade. Ranks and grades on the calibrated composites are in "{sheet}"; the published ranking is unchanged.',
  "sheet.calibration.about.notNormalised":
    "Not normalised: the published ranking and its ranks are unchanged.",
  "sheet.calibration.about.verdict":
    "Verdict: {lenient} lenient, {harsh} harsh, {small} too small.",
  "sheet.calibrated.col.rank": "Calibrated rank",
  "sheet.calibrated.col.composite": "Published composite",
  "sheet.calibrated.col.publishedRank": "Published rank",
  "sheet.calibrated.col.grade": "Published grade",
  "sheet.calibrated.col.calibrated": "Calibrated composite",
  "sheet.calibrated.col.calibratedGrade": "Calibrated grade",
  "sheet.calibrated.col.delta": "Rank change",
  "cli.missingOut.calibrate":
    "Missing --out: give --out <calibration.xlsx>, the calibration workbook to write.",
  "cli.calibrated":
    'Calibrated "{ranking}" by "{by}": {groups|group|groups}, {lenient} lenient, {harsh} harsh; written to {file}.',
  "cli.calibrateGroup": "{flag}: {group} ({n|person|people}, mean {mean}, rest {rest}, gap {gap})",
  "cli.help.calibrate": `  bank-assess calibrate <ranking.xlsx> --out <calibration.xlsx> [--by 机构|部门|<column>] [--normalize]
                        [--period 2025Q4] [--json] [--lang zh-CN|en-US]
      Calibration: groups the ranked rows by a column of the score data (default 机构, the branch),
      compares each group's mean with everyone else's, flags lenient, harsh or too-small groups, and lists
      each grade's share and the people to move out of a grade over its maximum share, in "校准分析 2025Q4"
      ("Calibration 2025Q4" in English); --normalize also rescales each group to the bank's mean and
      standard deviation into "排名 2025Q4 校准" (published and calibrated ranks, rank change). The published
      ranking is never changed. Exit codes: 0 no group lenient or harsh, 1 some, 2 cannot calibrate.
      e.g. bank-assess calibrate ranking.xlsx --by 部门 --normalize --out calibration.xlsx`,
  // calibration.md §2: what-if (bank-assess whatif, 方案比较)
  "whatif.noTemplate":
    'The workbook has no "权重模板" sheet, so the current template (A) is unknown: give the current weight template (--template on the command line), or write it into the workbook first.',
  "audit.summary.whatif":
    "Template comparison: proposed {b} v{version} (fingerprint {fingerprint}); {rows} compared, {up} up, {down} down, {stayed} unchanged; {onlyA} ranked under A only, {onlyB} under B only",
  "sheet.whatif.title": "Weight template comparison, {period}",
  "sheet.whatif.titleNoPeriod": "Weight template comparison",
  "sheet.whatif.provenance":
    "Current template A: {aName} v{aVersion} · fingerprint {aFingerprint} · proposed template B: {bName} v{bVersion} · fingerprint {bFingerprint} · score data: {sheet} · input hash {hash} · rank method {method} · source: {source} · generated {time}",
  "sheet.whatif.templateText": "{name} ({id}) v{version} · fingerprint {fingerprint}",
  "sheet.whatif.section.overview": "1. Overview",
  "sheet.whatif.templateA": "Current template (A)",
  "sheet.whatif.templateB": "Proposed template (B)",
  "sheet.whatif.method": "Rank method",
  "sheet.whatif.methodText": "{method} (the same for both)",
  "sheet.whatif.compared": "Ranked under both (compared)",
  "sheet.whatif.up": "Moved up",
  "sheet.whatif.down": "Moved down",
  "sheet.whatif.stayed": "Same rank",
  "sheet.whatif.onlyA": "Ranked under the current A only",
  "sheet.whatif.onlyB": "Ranked under the proposed B only",
  "sheet.whatif.deltaRule":
    "Δrank = rank under A − rank under B: positive means moved up. Δcomposite = composite under B − composite under A. Ranks are over the whole sheet, ties ranked by the same method.",
  "sheet.whatif.section.moves": "2. The largest rank changes ({count|person|people})",
  "sheet.whatif.section.movesNone":
    "2. Rank changes: nobody's rank changes between the two templates.",
  "sheet.whatif.section.transitions":
    "3. Grade changes (rows: grade under the current A; columns: grade under the proposed B; people)",
  "sheet.whatif.transitions.corner": "A grade \\ B grade",
  "sheet.whatif.total": "Total",
  "sheet.whatif.section.grades":
    "4. People per grade and the maximum shares (each over all the rows its template ranks)",
  "sheet.whatif.col.template": "Template",
  "sheet.whatif.col.people": "People",
  "sheet.whatif.col.share": "Share",
  "sheet.whatif.col.maxShare": "Maximum share",
  "sheet.whatif.col.check": "Check",
  "sheet.whatif.sideA": "Current A",
  "sheet.whatif.sideB": "Proposed B",
  "sheet.whatif.check.ok": "within",
  "sheet.whatif.check.over": "over its maximum share ({count} of {total})",
  "sheet.whatif.section.oneSided":
    "5. Ranked under one template only ({count|person|people}, not compared)",
  "sheet.whatif.section.oneSidedNone": "5. The same people are ranked under both templates.",
  "sheet.whatif.col.validUnder": "Ranked under",
  "sheet.whatif.col.reason": "Why not ranked under the other template",
  "sheet.whatif.onlyUnderA": "current A only",
  "sheet.whatif.onlyUnderB": "proposed B only",
  "sheet.whatif.noReason": "(no error recorded under the other template)",
  "sheet.whatif.section.weights":
    "6. Weights that differ ({count|difference|differences}, matched by post ID and indicator ID)",
  "sheet.whatif.section.weightsNone": "6. The two templates have the same weights.",
  "sheet.whatif.col.indicator": "Indicator",
  "sheet.whatif.col.weight": "Weight ({side})",
  "sheet.whatif.col.note": "Note",
  "sheet.whatif.indicatorText": "{name} ({id})",
  "sheet.whatif.weight.indicator": "indicator weight",
  "sheet.whatif.weight.dimension": "dimension weight",
  "sheet.whatif.weight.added": "{what} added in B",
  "sheet.whatif.weight.dropped": "{what} dropped in B",
  "sheet.whatif.weight.postOnlyA": "post in the current A only",
  "sheet.whatif.weight.postOnlyB": "post in the proposed B only",
  "sheet.whatif.section.rows":
    "7. Every compared person ({count|person|people}, by the size of the rank change, largest first, ties by ID)",
  "sheet.whatif.col.composite": "Composite ({side})",
  "sheet.whatif.col.rank": "Rank ({side})",
  "sheet.whatif.col.rankInPost": "Rank in post ({side})",
  "sheet.whatif.col.grade": "Grade ({side})",
  "sheet.whatif.col.deltaComposite": "Δcomposite",
  "sheet.whatif.col.deltaRank": "Δrank",
  "cli.missingOut.whatif":
    "Missing --out: give the comparison workbook to write with --out <comparison.xlsx>.",
  "cli.whatif.missingAgainst":
    "Missing --against: give the proposed weight template (B) to compare with the current one, --against <proposed.json|.xlsx>.",
  "cli.whatif.roleA": "current weight template (--template, template A)",
  "cli.whatif.roleB": "proposed weight template (--against, template B)",
  "cli.whatif.templateHint":
    'Check the {role} "{file}": the path, and that it is a weight template .json file or an .xlsx workbook with a "权重模板" sheet; then run again.',
  "cli.whatif.scoresHint":
    'Check the score workbook "{file}": the path, and that it is an .xlsx workbook with a score sheet; then run again.',
  "cli.whatif.done":
    'Compared {rows|person|people}: {up} up, {down} down, {stayed} unchanged; {onlyA} ranked under A only, {onlyB} under B only. "{sheet}" written to {file}',
  "cli.help.whatif": `  bank-assess whatif <scores.xlsx> --against <proposed.json|.xlsx> --out <comparison.xlsx> [--template <t>]
                     [--sheet <name>] [--method dense|competition|average] [--json] [--lang zh-CN|en-US]
      What-if: scores and ranks the same score data under the current template (--template, else the
      workbook's own "权重模板": template A) and the proposed one (--against: template B) and compares each
      person's composite, rank and grade, in "方案比较": an overview, the largest rank changes, the grade
      transition table, people per grade against the maximum shares, the people ranked under one template only
      with why, the weights that differ, and every compared person.
      Exit codes: 0 compared, 2 cannot compare (a file unreadable, a template invalid, no readable score sheet).
      e.g. bank-assess whatif scores.xlsx --template current.json --against proposed.json --out comparison.xlsx`,
};
