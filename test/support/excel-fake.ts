/* A small fake of Excel's object model for the Office adapter's tests. Reads go through office-addin-mock's
 * OfficeMockObject, which enforces load() and sync() before a property is read, as Excel does; writes are
 * recorded in a plain model of the workbook, so tests can look at what Excel would hold. */
import { OfficeMockObject } from "office-addin-mock";
import type { ExcelRunner } from "../../src/workbook/office/office-workbook";

export type FakeSheet = {
  name: string;
  /** What Excel holds: values (constants and formulas' text) by row and column. */
  cells: (string | number | boolean | null)[][];
  formats: string[][];
  types?: string[][];
  visibility: string;
  protected: boolean;
  conditionalFormats: { id: string; type: string; formula: string; fill?: string; range: string }[];
  frozenRows: number;
  activated: boolean;
  validations: { range: string; rule: unknown }[];
};

export class ExcelFake {
  sheets: FakeSheet[] = [];
  syncs = 0;
  /** Bytes of formulas and formats queued since the last sync, and the largest request seen. */
  private pending = 0;
  largestRequest = 0;
  private mocks: OfficeMockObject[] = [];
  private nextId = 1;

  addSheet(
    name: string,
    rows: (string | number | boolean | null)[][],
    options: { types?: string[][]; formats?: string[][] } = {}
  ): FakeSheet {
    const sheet: FakeSheet = {
      name,
      cells: rows.map((row) => [...row]),
      formats: options.formats ?? rows.map((row) => row.map(() => "General")),
      types: options.types,
      visibility: "Visible",
      protected: false,
      conditionalFormats: [],
      frozenRows: 0,
      activated: false,
      validations: [],
    };
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  readonly run: ExcelRunner = async (batch) =>
    batch(this.context() as unknown as Excel.RequestContext);

  private track<T extends OfficeMockObject>(mock: T): T {
    this.mocks.push(mock);
    return mock;
  }

  private context() {
    const fake = this;
    return {
      sync: async () => {
        fake.syncs++;
        fake.largestRequest = Math.max(fake.largestRequest, fake.pending);
        fake.pending = 0;
        for (const mock of fake.mocks) await mock.sync();
      },
      application: {
        suspendApiCalculationUntilNextSync: () => undefined,
        suspendScreenUpdatingUntilNextSync: () => undefined,
      },
      workbook: { worksheets: this.worksheets() },
    };
  }

  private worksheets() {
    const fake = this;
    let loaded = false;
    let synced = false;
    const collection = {
      load: () => {
        loaded = true;
        fake.mocks.push({
          sync: async () => void (synced = loaded),
        } as unknown as OfficeMockObject);
      },
      get items() {
        if (!synced) throw new Error("worksheets.items read before load() and sync()");
        return fake.sheets.map((sheet) => ({ name: sheet.name }));
      },
      getItemOrNullObject: (name: string) => fake.sheetProxy(fake.sheet(name), name),
      getItem: (name: string) => {
        const sheet = fake.sheet(name);
        if (!sheet) throw new Error(`ItemNotFound: ${name}`);
        return fake.sheetProxy(sheet, name);
      },
      add: (name: string) => fake.sheetProxy(fake.addSheet(name, []), name),
    };
    return collection;
  }

  private usedRange(sheet: FakeSheet | undefined) {
    if (!sheet || sheet.cells.every((row) => row.every((v) => v === null || v === ""))) {
      const empty = this.track(
        new OfficeMockObject({
          values: [],
          valueTypes: [],
          numberFormat: [],
          rowIndex: 0,
          columnIndex: 0,
        })
      );
      // isNullObject is readable after the sync without a load, as in Office.js.
      (empty as unknown as { isNullObject: boolean }).isNullObject = true;
      (empty as unknown as { conditionalFormats: unknown }).conditionalFormats = this.formatsOf([]);
      return empty;
    }
    const width = Math.max(...sheet.cells.map((row) => row.length));
    const values = sheet.cells.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ""));
    const types =
      sheet.types ??
      values.map((row) =>
        row.map((v) =>
          v === "" || v === null
            ? "Empty"
            : typeof v === "number"
              ? "Double"
              : typeof v === "boolean"
                ? "Boolean"
                : "String"
        )
      );
    const formats = values.map((row, r) => row.map((_, c) => sheet.formats[r]?.[c] ?? "General"));
    const items = sheet.conditionalFormats.map((f) => ({
      id: f.id,
      type: f.type,
      custom: { rule: { formula: f.formula } },
    }));
    const mock = this.track(
      new OfficeMockObject({
        values,
        valueTypes: types,
        numberFormat: formats,
        rowIndex: 0,
        columnIndex: 0,
      })
    );
    (mock as unknown as { isNullObject: boolean }).isNullObject = false;
    (mock as unknown as { conditionalFormats: unknown }).conditionalFormats = this.formatsOf(items);
    return mock;
  }

  /** A collection of conditional formats: its items can be read only after load() and sync(). */
  private formatsOf(items: unknown[]) {
    let loaded = false;
    let synced = false;
    return {
      load: () => {
        loaded = true;
        this.mocks.push({
          sync: async () => void (synced = loaded),
        } as unknown as OfficeMockObject);
      },
      get items() {
        if (!synced) throw new Error("conditionalFormats.items read before load() and sync()");
        return items;
      },
    };
  }

  private sheetProxy(sheet: FakeSheet | undefined, name: string) {
    const fake = this;
    const write = (row: number, column: number, matrix: unknown[][], into: "cells" | "formats") => {
      if (!sheet) throw new Error(`no sheet ${name}`);
      fake.pending += JSON.stringify(matrix).length;
      matrix.forEach((cells, r) => {
        const target = (sheet[into][row + r] ??= []) as unknown[];
        cells.forEach((value, c) => (target[column + c] = value));
      });
    };
    const range = (row = 0, column = 0, address = "") => ({
      set values(matrix: unknown[][]) {
        write(row, column, matrix, "cells");
      },
      set formulas(matrix: unknown[][]) {
        write(row, column, matrix, "cells");
      },
      set numberFormat(matrix: unknown[][]) {
        write(row, column, matrix, "formats");
      },
      format: { font: {}, fill: {}, protection: {}, columnWidth: 0, wrapText: false },
      dataValidation: {
        set rule(rule: unknown) {
          sheet?.validations.push({ range: address, rule });
        },
      },
      conditionalFormats: {
        add: (type: string) => {
          const format = {
            id: String(fake.nextId++),
            type,
            formula: "",
            range: address,
            fill: undefined as string | undefined,
          };
          sheet?.conditionalFormats.push(format);
          const cf = {
            custom: { rule: {}, format: { fill: {} } },
            cellValue: { format: { fill: {}, font: {} }, rule: {} },
          };
          Object.defineProperty(cf.custom.rule, "formula", {
            set: (f: string) => {
              format.formula = f;
            },
          });
          Object.defineProperty(cf.custom.format.fill, "color", {
            set: (c: string) => {
              format.fill = c;
            },
          });
          return cf;
        },
        getItemOrNullObject: (id: string) => ({
          delete: () => {
            if (sheet)
              sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => f.id !== id);
          },
        }),
      },
    });
    return {
      name,
      get isNullObject() {
        return !sheet;
      },
      getUsedRangeOrNullObject: () => fake.usedRange(sheet),
      getRangeByIndexes: (row: number, column: number) => range(row, column),
      getRange: (address = "") => range(0, 0, address),
      getRanges: (address: string) => range(0, 0, address),
      getCell: (row: number, column: number) => range(row, column),
      freezePanes: {
        freezeRows: (n: number) => sheet && (sheet.frozenRows = n),
        freezeColumns: () => undefined,
      },
      autoFilter: { apply: () => undefined },
      pageLayout: {
        setPrintTitleRows: () => undefined,
        headersFooters: { defaultForAllPages: {} },
      },
      protection: { protect: () => sheet && (sheet.protected = true) },
      activate: () => sheet && (sheet.activated = true),
      delete: () => {
        fake.sheets = fake.sheets.filter((s) => s !== sheet);
      },
      set visibility(value: string) {
        if (sheet) sheet.visibility = value;
      },
    };
  }
}

/** The Excel enums the adapter uses, as Office.js defines them (tests run without office.js). */
export function installExcelEnums(): void {
  (globalThis as unknown as { Excel: unknown }).Excel = {
    ConditionalFormatType: { custom: "Custom", cellValue: "CellValue" },
    ConditionalCellValueOperator: { equalTo: "EqualTo" },
    DataValidationOperator: { between: "Between" },
    DataValidationAlertStyle: { stop: "Stop" },
    PageOrientation: { landscape: "Landscape" },
    PaperType: { a4: "A4" },
    SheetVisibility: { veryHidden: "VeryHidden" },
  };
}
