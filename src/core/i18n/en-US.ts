import type { MessageKey } from "./zh-CN";

/** en-US, the second language. The type makes a missing key a compile error. */
export const enUS: Record<MessageKey, string> = {
  "tpl.notJson":
    "The weight template is not valid JSON: there is a mistake near line {line}, column {column}. Check the commas, quotes and brackets there in a text editor, or open the template in the pane and export it again.",
  "tpl.required": "{where}: a required item is missing.",
  "tpl.expected": '{where}: expected {expected}, found "{value}".',
  "tpl.unknownKeys": "{where}: unknown field(s) {keys}; check the spelling.",
  "tpl.enum": '{where}: must be one of {options}, found "{value}".',
  "tpl.method": '{where}: the scoring method must be one of {options}, found "{value}".',
  "tpl.version": '{where}: the version must look like 1.0.0 (major.minor.patch), found "{value}".',
  "tpl.tooSmall": "{where}: must not be empty, or the number is too small (at least {minimum}).",
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
  "row.unknownPost": '"{id}": post "{value}" is not in the weight template.',
  "row.valueMissing": '"{id}": "{indicator}" is blank; it is required, so this row is not ranked.',
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
  "fn.calendarRange": "Date {date} is outside the holiday calendar ({from}–{to}).",
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
  "ui.tab.templates": "Templates",
  "ui.template.sample": "Sample weight template",
  "ui.template.meta":
    "Version {version} · fingerprint {fingerprint} · full marks {fullScore} · {precision} decimals",
  "ui.template.posts": "{count} posts",
  "ui.col.indicator": "Indicator",
  "ui.col.dimension": "Dimension",
  "ui.col.weight": "Weight",
  "ui.col.method": "Scoring",
  "ui.bonus": "Bonus (cap {cap} points)",
  "ui.grades": "Grades: {bands}",
  "ui.error.template": "The weight template has {count} problem(s):",
  "sheet.missing": 'There is no sheet "{sheet}". The workbook has: {sheets}.',
  "sheet.noHeader":
    'Sheet "{sheet}" has no header row in its first 10 rows (with the employee id and post columns).',
  "sheet.missingIdentity": 'The "{column}" column is missing.',
  "sheet.missingColumn":
    'The indicator column "{indicator}" is missing (post "{post}" needs it); rows of that post cannot be ranked.',
  "sheet.unknownColumn":
    'Unknown column "{value}", ignored; name indicators as the weight template does (name or id).',
  "sheet.emptyRow": "Row {row} is empty.",
  "sheet.fingerprint":
    "The score sheet was made from another version of the weight template (fingerprint {sheet}), not the current one ({template}); make the score sheet again from the current template.",
  "sheet.templateChanged":
    'The "权重模板" sheet no longer matches its recorded fingerprint (recorded {recorded}, now {actual}); the template may have been changed.',
  "sheet.noTemplate":
    'The workbook has no "权重模板" sheet; give the weight template with --template.',
  "sheet.noRows": 'Sheet "{sheet}" has no data rows.',
  "row.percentText":
    '"{indicator}" is the text "{value}"; enter the number {suggest} (or format the cell as a percentage first).',
  "row.percentScale":
    '"{indicator}" is {value} but its unit is %, entered as a fraction (0.12 for 12 %); if you meant {suggest}, correct it. The value is used as it is.',
  "row.notInPost": '"{indicator}" is not an indicator of post "{post}"; the value is not used.',
  "cli.unknownCommand": 'Unknown command "{command}". Run bank-assess --help for usage.',
  "cli.missingArg": "Missing {arg}. Run bank-assess --help for usage.",
  "cli.badOption": 'Unknown option "{option}". Run bank-assess --help for usage.',
  "cli.badValue": 'Option {option} has the invalid value "{value}"; expected {options}.',
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
  "cli.templateInvalid": 'The weight template "{file}" has {count} problem(s):',
  "cli.sameFile":
    "The output file must not be the input file: the add-in never rewrites its input.",
  "cli.reading": "Reading {file}…",
  "cli.wrote": "Wrote {file}",
  "cli.validated": "{sheet}: {rows} rows, {errors} errors, {warnings} warnings.",
  "cli.ranked":
    'Ranked {ranked} rows, {unranked} could not be ranked; the ranking tab "{sheet}" is in {file}',
  "cli.liveSlow":
    "--live over {rows} rows: such formulas cost the square of the row count and are slow in Excel; consider values (drop --live).",
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
    '{rows} rows · {errors} errors · {warnings} warnings. "{sheet}" is protected, so the problem cells are not marked in it; unprotect it (Review › Unprotect Sheet) and check again to mark them.',
  "ui.template.sum": "weights add up to {sum}",
  "ui.template.params": "Parameters",
  "ui.template.problems":
    "The template has {count} problem(s); fix them before writing or making the score template:",
  "ui.template.loaded": 'Loaded "{name}" (version {version}).',
  "ui.validate.run": "Check the score sheet",
  "ui.validate.sheet": "Sheet",
  "ui.validate.summary": "{rows} rows · {errors} errors · {warnings} warnings",
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
  "ui.rank.done": '"{sheet}" is ready: {ranked} rows ranked, {unranked} could not be ranked.',
  "ui.rank.grades": "Grades",
  "ui.rank.top": "Top five",
  "ui.rank.bottom": "Bottom five",
  "ui.rank.download": "Download the result",
  "ui.file.open": "Open a score workbook",
  "ui.file.opened": 'Opened "{file}".',
  "ui.file.sample": "Use the sample score sheet",
  "ui.error.generic": "Not done: {reason}",
  "ui.error.excelTooOld":
    "This Excel is too old (it needs ExcelApi {version}). Update to Microsoft 365 or Excel 2021 or later.",
  "ui.error.noSheet": "There is no sheet to check.",
  "ui.kind.value": "Wrong values",
  "ui.kind.missing": "Missing values",
  "ui.kind.identity": "Ids and posts",
  "ui.kind.columns": "Headers and columns",
  "ui.kind.template": "Template version",
  "ui.kind.percent": "Percentages",
  "ui.kind.other": "Other",
  "collect.accepted": "accepted: {accepted} rows",
  "collect.withErrors": "{accepted} rows accepted; {errors} rows with errors not accepted",
  "collect.wrongTemplate":
    "made with another version of the weight template (fingerprint {found}, expected {expected}); its rows are not ranked",
  "collect.templateChanged":
    'its "权重模板" sheet was changed (it no longer matches its recorded fingerprint); its rows are not ranked',
  "collect.unreadable": "cannot be read: {reason}",
  "collect.notWorkbook": "not an .xlsx workbook",
  "collect.encrypted":
    "encrypted (it has an open password) or an old .xls; remove the password, save as .xlsx and send it again",
  "collect.damaged": "damaged: it cannot be unpacked",
  "collect.tooLarge": "too large ({size} MB, the limit is {limit} MB); not read",
  "collect.bomb":
    "far too large once unpacked ({size} MB, the limit is {limit} MB), like a zip bomb; not read",
  "collect.duplicate": 'the same content as "{file}"; not counted twice',
  "collect.noScoreSheet": 'has no "评分表" sheet',
  "collect.crossBranch":
    'Employee id "{id}" was sent from {places}; none of those rows is accepted, please check',
  "collect.missingBranch": "sent nothing",
  "collect.branchOk": "accepted",
  "collect.branchAttention": "needs attention",
  "collect.majorityTemplate":
    'No weight template given: collected with the template most submissions use, "{name}" (version {version}, fingerprint {fingerprint}).',
  "collect.progress": "Reading {done} of {total} files…",
  "collect.cancelled": "Cancelled: {done} of {total} files read, nothing written.",
  "collect.summary":
    "{files} files: {accepted} accepted, {attention} need attention; {rows} rows accepted.",
  "collect.nothing": "No submission could be read.",
  "cli.collected": "Collected {rows} rows; written to {file}",
  "ui.tab.collect": "Collect",
  "ui.collect.pick": "Choose the submitted files",
  "ui.collect.roster": "Branch roster (optional, .csv / .txt)",
  "ui.collect.cancel": "Cancel",
  "ui.collect.write": "Write the summary, status and ranking tabs",
  "ui.collect.written": 'Wrote "汇总", "提交情况" and "{sheet}".',
  "ui.collect.files": "Files",
  "ui.collect.branches": "Branches",
  "ui.collect.state": "State",
  "ui.collect.pending": "waiting",
  "ui.collect.rosterLoaded": "{count} branches on the roster.",
  "ui.collect.noTemplate":
    'No weight template to collect with: load one under Templates, or check that the files carry a "权重模板" sheet.',
  "dist.violation":
    'Grade "{label}" has {count} of {total} ranked rows ({share}), above the forced-distribution limit of {maxShare}.',
};
