import { compress, zip } from "../../src/workbook/xlsx/zip/zip-write";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * An .xlsx made by hand from the XML of its sheets, as another program might write it (shared strings,
 * styles and all optional): for the reader's tests, where each case is one small piece of SpreadsheetML.
 */
export async function handmadeXlsx(options: {
  sheets: { name: string; xml: string; state?: string }[];
  sharedStrings?: string[] | string;
  styles?: string;
  /** Where the workbook part lives (another program may put it elsewhere than xl/workbook.xml). */
  workbookPart?: string;
}): Promise<Uint8Array> {
  const workbookPart = options.workbookPart ?? "xl/workbook.xml";
  const folder = workbookPart.slice(0, workbookPart.lastIndexOf("/") + 1);
  const files: { name: string; text: string }[] = [];
  const sheets = options.sheets
    .map(
      (sheet, k) =>
        `<sheet name="${sheet.name}" sheetId="${k + 1}"${sheet.state ? ` state="${sheet.state}"` : ""} r:id="rId${k + 1}"/>`
    )
    .join("");
  files.push({
    name: workbookPart,
    text: `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets}</sheets></workbook>`,
  });
  let rels = options.sheets
    .map(
      (_, k) =>
        `<Relationship Id="rId${k + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${k + 1}.xml"/>`
    )
    .join("");
  options.sheets.forEach((sheet, k) =>
    files.push({
      name: `${folder}worksheets/sheet${k + 1}.xml`,
      text: `<worksheet xmlns="${MAIN}"><sheetData>${sheet.xml}</sheetData></worksheet>`,
    })
  );
  if (options.sharedStrings !== undefined) {
    const items =
      typeof options.sharedStrings === "string"
        ? options.sharedStrings
        : options.sharedStrings.map((text) => `<si><t>${text}</t></si>`).join("");
    files.push({ name: `${folder}sharedStrings.xml`, text: `<sst xmlns="${MAIN}">${items}</sst>` });
    rels += `<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`;
  }
  if (options.styles !== undefined) {
    files.push({
      name: `${folder}styles.xml`,
      text: `<styleSheet xmlns="${MAIN}">${options.styles}</styleSheet>`,
    });
    rels += `<Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/>`;
  }
  const relsPart = `${folder}_rels/${workbookPart.slice(folder.length)}.rels`;
  files.push({
    name: relsPart,
    text: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
  });
  files.push({
    name: "_rels/.rels",
    text: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="/${workbookPart}"/></Relationships>`,
  });
  const entries = [];
  for (const file of files) entries.push({ name: file.name, entry: await compress([file.text]) });
  return zip(entries);
}
