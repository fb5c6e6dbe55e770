import type { Locale } from "../core/i18n/messages";

/** `bank-assess --help`: every command with an example, in the user's language. */
export const HELP: Record<Locale, string> = {
  "zh-CN": `bank-assess：运营考核评价命令行工具（不改写输入文件，结果写入新工作簿）

用法：
  bank-assess template <权重模板.json|.xlsx> --out <评分模板.xlsx> [--rows 500]
      由权重模板生成下发用的评分模板（权重模板、评分表、填写说明）。
      例：bank-assess template assets/samples/ops-2025.template.json --out 评分模板.xlsx
      --out 以 .json 结尾时导出权重模板为 JSON，例：bank-assess template 评分模板.xlsx --out 权重模板.json

  bank-assess validate <评分表.xlsx> [--template <t>] [--sheet <名称>] [--json] [--lang zh-CN|en-US]
      校验评分表，逐条指出单元格与修改方法。权重模板默认取工作簿中的「权重模板」工作表。
      例：bank-assess validate 北京分行.xlsx

  bank-assess rank <评分表.xlsx> --out <排名.xlsx> [--template <t>] [--sheet <名称>] [--period 2025Q4]
                   [--method dense|competition|average] [--live] [--json] [--lang zh-CN|en-US]
      按岗位套用权重模板并排名，写出新工作簿：排名表、权重模板和评分表（数值）。
      例：bank-assess rank 北京分行.xlsx --out 排名.xlsx --period 2025Q4

  bank-assess collect <文件或文件夹…> --out <汇总.xlsx> [--template <t>] [--roster <机构名单.csv|.xlsx>]
                      [--period 2025Q4] [--method …] [--json] [--lang zh-CN|en-US]
      汇总各机构提交的评分工作簿：逐个检查（大小、损坏、加密、重复、模板版本、数据错误），
      写出「汇总」「提交情况」和排名表。不指定模板时按多数文件所用的模板。
      例：bank-assess collect 提交/ --template 权重模板.json --roster 机构名单.csv --out 汇总.xlsx

  bank-assess annual <季度排名工作簿…> --out <年度.xlsx> [--year 2025] [--template <t>] [--method …] [--json]
      由各季度的排名表（rank 或 collect 的输出）按模板的季度权重汇总年度结果，写出「年度排名 2025」：
      每季度的得分和等级、趋势、岗位变动；季度结果不足的人员列出原因。
      例：bank-assess annual 2025Q1.xlsx 2025Q2.xlsx 2025Q3.xlsx 2025Q4.xlsx --out 年度.xlsx

  bank-assess results <排名.xlsx> --out <结果.xlsx> [--history <以前的排名工作簿…>] [--published 2026-01-09]
                      [--period 2025Q4] [--sheet <评分数据>] [--calendar <放假安排>…] [--json] [--lang zh-CN|en-US]
      对一期排名生成结果应用：「反馈单」（每人一页 A4）、「结果应用」（表彰、预警及整改期限、连续不达标）、
      「整改跟踪」（状态下拉、逾期公式）和「培训需求」。期限按法定工作日计算，发布日期默认今天。
      内置节假日日历止于 2026 年；之后的年份用 --calendar 载入国务院放假安排（.csv、holiday-cn 的 .json，
      或含「放假安排」表的 .xlsx，可重复；appeals、duties 同样适用），工作簿中的「放假安排」表自动载入；
      未载入的年份按法定节假日和周末计算（未含调休），并注明。
      例：bank-assess results 2025Q4.xlsx --history 2025Q3.xlsx --published 2026-01-09 --out 结果.xlsx

  bank-assess appeals <排名.xlsx> --out <申诉登记.xlsx>
  bank-assess appeals <排名.xlsx> --register <申诉登记.xlsx> [--published 2026-01-09] [--apply --out <更正.xlsx>] [--json]
      申诉：不带 --register 时生成空白「申诉登记」（状态、结论下拉，日期列）；带 --register 时逐条检查
      （期间、工号、指标、逾期、各状态所需内容、更正值），指出单元格；--apply 把「已答复」且结论为「更正」
      的申诉代入原评分数据重新排名，写出「排名 2025Q4 更正1」和「变动」，原排名表不变。
      例：bank-assess appeals 排名.xlsx --register 申诉登记.xlsx --apply --out 更正.xlsx

  bank-assess verify <工作簿.xlsx> [--json] [--lang zh-CN|en-US]
      核验：按工作簿自带的「权重模板」和评分数据重算每张排名表，逐格报告差异（模板指纹、输入哈希、
      综合得分、各范围名次、等级、否决）。只读。退出码 0 全部可重现，1 有差异，2 无法核验。
      例：bank-assess verify 排名.xlsx

  bank-assess duties --new --out <岗责.xlsx> [--template <t>]
  bank-assess duties <岗责.xlsx> [--template <t>] [--as-of 2025-12-31] [--out <体检报告.xlsx>] [--json]
      岗位责任体系：--new 生成空白岗责工作簿（岗位说明书、权责矩阵、职责变更，下拉与说明；--template
      预填模板岗位）。检查时逐条指出权责空白、多头决策、不相容职责、说明书缺项或过期、变更逾期等问题
      及单元格；--out 写出「岗位责任体检 2025Q4」报告。检查日默认今天；权重模板默认取工作簿中的「权重模板」。
      例：bank-assess duties 岗责.xlsx --template 权重模板.json --as-of 2025-12-31 --out 体检报告.xlsx

bank-assess --version 显示版本号；bank-assess --help 显示本说明。

退出码：0 正常；1 数据需要处理（有错误或未能排名的行）；2 无法运行（文件无法读取或参数错误）。
--json 时标准输出只有 JSON，其余信息写到标准错误。`,
  "en-US": `bank-assess: the operations assessment command line (never rewrites its input; results go to a new workbook)

Usage:
  bank-assess template <template.json|.xlsx> --out <score-template.xlsx> [--rows 500]
      Makes the workbook to hand out (weight template, score sheet, instructions) from a weight template.
      e.g. bank-assess template assets/samples/ops-2025.template.json --out score-template.xlsx
      With --out ending in .json it exports the template as JSON: bank-assess template t.xlsx --out t.json

  bank-assess validate <scores.xlsx> [--template <t>] [--sheet <name>] [--json] [--lang zh-CN|en-US]
      Checks a score sheet; every problem names its cell and what to do. The template defaults to the
      workbook's own "权重模板" sheet.
      e.g. bank-assess validate beijing.xlsx --lang en-US

  bank-assess rank <scores.xlsx> --out <ranked.xlsx> [--template <t>] [--sheet <name>] [--period 2025Q4]
                   [--method dense|competition|average] [--live] [--json] [--lang zh-CN|en-US]
      Applies the template post by post and ranks; writes a new workbook with the ranking tab, the weight
      template and the score sheet (as values).
      e.g. bank-assess rank beijing.xlsx --out ranked.xlsx --period 2025Q4

  bank-assess collect <files or folders…> --out <collected.xlsx> [--template <t>] [--roster <branches.csv|.xlsx>]
                      [--period 2025Q4] [--method …] [--json] [--lang zh-CN|en-US]
      Collects the branches' score workbooks: checks each (size, damage, encryption, duplicates, template
      version, data errors) and writes "汇总", "提交情况" and the ranking tab. Without --template, the
      template most submissions use.
      e.g. bank-assess collect submissions/ --template t.json --roster branches.csv --out collected.xlsx

  bank-assess annual <quarterly ranking workbooks…> --out <annual.xlsx> [--year 2025] [--template <t>] [--method …] [--json]
      Combines the quarters' ranking tabs (written by rank or collect) with the template's quarter weights
      into the annual result, "年度排名 2025": each quarter's score and grade, the trend, post changes; ids
      short of quarters are listed with why.
      e.g. bank-assess annual 2025Q1.xlsx 2025Q2.xlsx 2025Q3.xlsx 2025Q4.xlsx --out annual.xlsx

  bank-assess results <ranking.xlsx> --out <results.xlsx> [--history <earlier ranking workbooks…>]
                      [--published 2026-01-09] [--period 2025Q4] [--sheet <score data>] [--calendar <arrangement>…]
                      [--json] [--lang zh-CN|en-US]
      Applies one period's ranking: "反馈单" (feedback, one A4 page each), "结果应用" (commendations,
      warnings with their rectification deadline, failures in a row), "整改跟踪" (a state drop-down and an
      overdue formula) and "培训需求" (training needs). Deadlines count Chinese working days from the
      publication date (default today). The bundled holiday calendar ends with 2026: load later years'
      State Council arrangement with --calendar (a .csv, a holiday-cn .json or an .xlsx with a 放假安排
      sheet; repeatable; also for appeals and duties); a workbook's own 放假安排 sheet is read by itself; a
      year nobody loaded counts statutory holidays and weekends (no make-up days), and says so.
      e.g. bank-assess results 2025Q4.xlsx --history 2025Q3.xlsx --published 2026-01-09 --out results.xlsx

  bank-assess appeals <ranking.xlsx> --out <register.xlsx>
  bank-assess appeals <ranking.xlsx> --register <register.xlsx> [--published 2026-01-09] [--apply --out <corrected.xlsx>] [--json]
      Appeals: without --register, writes an empty "申诉登记" (drop-downs for state and conclusion, date
      columns); with it, checks each appeal (period, id, indicator, lateness, what each state needs, the
      corrected value) and names the cell; --apply ranks again with the answered corrections and writes
      "排名 2025Q4 更正1" and "变动"; the published tab never changes.
      e.g. bank-assess appeals ranked.xlsx --register register.xlsx --apply --out corrected.xlsx

  bank-assess verify <workbook.xlsx> [--json] [--lang zh-CN|en-US]
      Recomputes every ranking tab from the workbook's own 权重模板 and score data and reports each
      difference with its cell (template fingerprint, input hash, composite, ranks, grade, veto). Read only.
      Exit 0 when everything is reproduced, 1 with differences, 2 when it cannot run.
      e.g. bank-assess verify ranked.xlsx

  bank-assess duties --new --out <duties.xlsx> [--template <t>]
  bank-assess duties <duties.xlsx> [--template <t>] [--as-of 2025-12-31] [--out <checkup.xlsx>] [--json]
      The responsibility system: --new writes an empty duties workbook (岗位说明书, 权责矩阵, 职责变更 with
      drop-downs and instructions; --template fills in the template's posts). The check names every gap,
      double decider, incompatible duty, incomplete or stale description and overdue change with its cell;
      --out writes the report tab "岗位责任体检 2025Q4". The check date defaults to today; the template to the
      workbook's own "权重模板".
      e.g. bank-assess duties duties.xlsx --template t.json --as-of 2025-12-31 --out checkup.xlsx

bank-assess --version shows the version; bank-assess --help shows this text.

Exit codes: 0 fine; 1 the data needs attention (errors, or rows that could not be ranked); 2 could not run
(unreadable file or wrong arguments). With --json, stdout carries only JSON; everything else goes to stderr.`,
};
