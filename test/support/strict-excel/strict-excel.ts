/* A fake of Excel's object model for the Office adapter's tests, at least as strict as Excel where Microsoft's
 * documentation (or the office-js issue tracker) says Excel refuses something:
 * - calls are queued and run at `context.sync()`, in order; a property is read only after load() and a sync;
 * - a request or a response over 5 MB (UTF-8 JSON, every call and object counted) fails the sync
 *   (Excel on the web, RequestPayloadSizeLimitExceeded); a read over five million cells fails;
 * - a very hidden sheet, or the last visible one, cannot be deleted; `protect` fails on a protected sheet;
 *   values, formats, validations and conditional formats on a protected sheet are refused (AccessDenied);
 * - loading `items/custom/…` of a conditional-format collection that holds another type fails the sync
 *   (office-js#2180); conditional-format ids are priorities, `add` puts a format at the top;
 * - a string written into a cell is typed as Excel types what a user enters (`001234` → 1234, `TRUE` → true,
 *   `1-2` → a date) unless the cell is Text (`@`) or the string starts with an apostrophe;
 * - `values`, `formulas` and `numberFormat` take a matrix of the range's shape (a null leaves its cell as it
 *   was) or one value for every cell; null alone, a matrix of another shape, or any of them on whole columns
 *   or rows is refused; what each kind of call weighs is counted (`requestBytesByKind`);
 * - `_xlfn.` names in a formula are unknown (#NAME?); `freezeRows` and `freezeColumns` replace each other;
 * - formulas written while calculation is suspended stay stale until `application.calculate`;
 * - deleting a sheet turns formulas that point at it into #REF!;
 * - reading the items of a conditional-format collection (beyond their type) fails when two cell-value
 *   formats share one range, or when a sheet's rules are marked unreadable (office-js#6827, #6835: open bugs
 *   of Excel's, where a user's own formats make the read throw);
 * - a batch is not a transaction: a request that fails keeps the calls it ran before the failure
 *   (`failRequest` makes one fail, for the fault-injection tests).
 */
import type { ExcelRunner } from "../../../src/workbook/office/office-workbook";
import {
  cellCount,
  contains,
  MAX_COLUMNS,
  MAX_ROWS,
  intersects,
  parseArea,
  parseAreas,
  WHOLE_SHEET,
  type Area,
} from "./addresses";
import {
  formatAt,
  isLocked,
  newSheet,
  usedArea,
  type FakeConditionalFormat,
  type FakeSheet,
  type Value,
} from "./model";
import { retype } from "./retype";

export type { FakeSheet } from "./model";

/** Excel on the web: "limits requests and responses to 5 MB". */
export const PAYLOAD_LIMIT = 5_000_000;
/** "On all platforms, a range is limited to five million cells for get operations." */
export const READ_CELL_LIMIT = 5_000_000;
/** What a call and an object path weigh in a request besides their arguments (RichApi JSON). */
const ACTION_BYTES = 100;
const PATH_BYTES = 120;

export class RichApiError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(`${code}: ${message}`);
    this.name = "RichApi.Error";
  }
}

const utf8 = (value: unknown) => Buffer.byteLength(JSON.stringify(value ?? null), "utf8");

type Op = () => void;

/** A request made to fail: the `at`-th sync from now (1-based), after running its first `keep` calls. */
export type InjectedFault = { at: number; keep: number | "half" };

export class StrictExcel {
  sheets: FakeSheet[] = [];
  syncs = 0;
  /** Calls of `suspendScreenUpdatingUntilNextSync` (Microsoft: repeated calls make the window flicker). */
  screenSuspensions = 0;
  /** The next request to fail, if any (counted from when it was set). */
  private fault: (InjectedFault & { countdown: number }) | null = null;

  /** Makes the `at`-th request from now fail after its first `keep` calls (a network failure, a closed pane). */
  failRequest(fault: InjectedFault | null): void {
    this.fault = fault ? { ...fault, countdown: fault.at } : null;
  }

  /** The calls the current request may run before it fails (null: it does not fail). */
  takeFault(calls: number): number | null {
    if (!this.fault) return null;
    if (--this.fault.countdown > 0) return null;
    const { keep } = this.fault;
    this.fault = null;
    return keep === "half" ? Math.floor(calls / 2) : Math.min(keep, calls);
  }

  /** Each sync's request and response, in bytes, and how many calls the request held. */
  requests: { request: number; response: number; calls: number }[] = [];
  /**
   * Where the request bytes went, by kind of call (`values`, `formulas`, `numberFormat`, `format.fill`…,
   * `object paths`, `load`, `other`): calls and bytes since the last `resetCounts`.
   */
  requestBytesByKind = new Map<string, { calls: number; bytes: number }>();

  /** What the loaded properties weighed in the responses, by property (`values`, `numberFormat`…). */
  responseBytesByProperty = new Map<string, number>();

  countResponse(property: string, bytes: number): void {
    this.responseBytesByProperty.set(
      property,
      (this.responseBytesByProperty.get(property) ?? 0) + bytes
    );
  }

  /** Counts a call (or an object path) of a kind into `requestBytesByKind`. */
  countKind(kind: string, bytes: number): void {
    const entry = this.requestBytesByKind.get(kind) ?? { calls: 0, bytes: 0 };
    entry.calls++;
    entry.bytes += bytes;
    this.requestBytesByKind.set(kind, entry);
  }

  get largestRequest() {
    return Math.max(0, ...this.requests.map((r) => r.request));
  }
  get largestResponse() {
    return Math.max(0, ...this.requests.map((r) => r.response));
  }

  resetCounts() {
    this.syncs = 0;
    this.screenSuspensions = 0;
    this.requests = [];
    this.requestBytesByKind = new Map();
    this.responseBytesByProperty = new Map();
  }

  /** A sheet as a user made it: values typed by JS type (or as given), General unless formats are given. */
  addSheet(
    name: string,
    rows: Value[][],
    options: { types?: string[][]; formats?: string[][]; formulas?: (string | undefined)[][] } = {}
  ): FakeSheet {
    if (this.find(name)) throw new Error(`the test adds "${name}" twice`);
    const sheet = newSheet(name);
    sheet.values = rows.map((row) => row.map((v) => (v === null ? "" : v)));
    sheet.types =
      options.types ??
      rows.map((row) =>
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
    sheet.formats = options.formats ?? rows.map((row) => row.map(() => "General"));
    sheet.formulas = options.formulas ?? [];
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.find(name);
  }

  /** Sheet names are case-insensitive in Excel. */
  find(name: string): FakeSheet | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  /** What the user sees: a sheet's values as Excel holds them. */
  valuesOf(name: string): Value[][] {
    return this.find(name)?.values ?? [];
  }

  /** The user deletes a sheet (by hand: Excel's own rules apply). */
  deleteByHand(name: string): void {
    const sheet = this.find(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    this.deleteSheet(sheet);
  }

  readonly run: ExcelRunner = async (batch) =>
    batch(new FakeContext(this) as unknown as Excel.RequestContext);

  deleteSheet(sheet: FakeSheet): void {
    if (sheet.visibility === "VeryHidden")
      throw new RichApiError(
        "InvalidOperation",
        "A worksheet with a visibility of Very Hidden cannot be deleted with the delete method."
      );
    const visible = this.sheets.filter((s) => s.visibility === "Visible");
    if (sheet.visibility === "Visible" && visible.length === 1)
      throw new RichApiError(
        "InvalidOperation",
        "A workbook must contain at least one visible worksheet."
      );
    this.sheets = this.sheets.filter((s) => s !== sheet);
    // References to the deleted sheet break, as in Excel.
    const quoted = `'${sheet.name.replace(/'/g, "''")}'!`;
    const plain = `${sheet.name}!`;
    for (const other of this.sheets)
      other.formulas.forEach((row, r) =>
        row.forEach((formula, c) => {
          if (formula && (formula.includes(quoted) || formula.includes(plain))) {
            row[c] = formula.split(quoted).join("#REF!").split(plain).join("#REF!");
            other.values[r][c] = "#REF!";
            other.types[r][c] = "Error";
          }
        })
      );
  }
}

const NAME_RULES = /[[\]:*?/\\]/;

class FakeContext {
  private ops: { op: Op; response?: () => number }[] = [];
  /** Proxies made since the last sync: "Office automatically loads isNullObject when context.sync is called". */
  created: { settle(): void }[] = [];
  private requestBytes = 0;
  calculationSuspended = false;
  readonly workbook: { worksheets: Worksheets };
  readonly application: {
    suspendApiCalculationUntilNextSync(): void;
    suspendScreenUpdatingUntilNextSync(): void;
    calculate(type: string): void;
  };

  constructor(readonly excel: StrictExcel) {
    this.workbook = { worksheets: new Worksheets(this) };
    this.application = {
      suspendApiCalculationUntilNextSync: () =>
        this.enqueue(ACTION_BYTES, () => (this.calculationSuspended = true)),
      suspendScreenUpdatingUntilNextSync: () => {
        this.excel.screenSuspensions++;
        this.enqueue(ACTION_BYTES, () => undefined);
      },
      calculate: (type: string) =>
        this.enqueue(ACTION_BYTES + utf8(type), () => {
          // Calculation resumes only after the sync that suspended it.
          if (this.calculationSuspended) return;
          for (const sheet of this.excel.sheets) sheet.stale.clear();
        }),
    };
  }

  enqueue(bytes: number, op: Op, response?: () => number, kind = "other"): void {
    this.requestBytes += bytes;
    this.excel.countKind(kind, bytes);
    this.ops.push({ op, response });
  }

  charge(bytes: number): void {
    this.requestBytes += bytes;
    this.excel.countKind("object paths", bytes);
  }

  async sync(): Promise<void> {
    const ops = this.ops;
    const request = this.requestBytes;
    this.ops = [];
    this.requestBytes = 0;
    this.excel.syncs++;
    const record = { request, response: 0, calls: ops.length };
    this.excel.requests.push(record);
    if (request > PAYLOAD_LIMIT)
      throw new RichApiError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size (${request} bytes) has exceeded the limit.`
      );
    const created = this.created;
    this.created = [];
    const failAfter = this.excel.takeFault(ops.length);
    try {
      for (const [index, { op, response }] of ops.entries()) {
        if (index === failAfter)
          throw new RichApiError("GeneralException", "The request failed (injected fault).");
        op();
        if (response) record.response += response();
      }
      if (failAfter === ops.length)
        throw new RichApiError("GeneralException", "The request failed (injected fault).");
      for (const proxy of created) proxy.settle();
    } finally {
      this.calculationSuspended = false;
    }
    if (record.response > PAYLOAD_LIMIT)
      throw new RichApiError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size (${record.response} bytes) has exceeded the limit.`
      );
  }
}

/** What `load` was asked for: "a,b,items/c/d" → ["a", "b", "items/c/d"]. */
function properties(spec: string | string[] | undefined): string[] {
  if (spec === undefined) return [];
  return (Array.isArray(spec) ? spec : spec.split(",")).map((p) => p.trim()).filter(Boolean);
}

/** An Office proxy: resolved when its first queued call runs, readable only after load() and sync(). */
abstract class Proxy<T> {
  private resolved = false;
  private value: T | null = null;
  private synced = false;
  protected loaded: Record<string, unknown> = {};

  constructor(
    protected readonly ctx: FakeContext,
    private readonly resolver: () => T | null,
    protected readonly orNull: boolean,
    pathArgs: unknown = null
  ) {
    ctx.charge(PATH_BYTES + utf8(pathArgs));
    ctx.created.push(this);
  }

  /** After a sync: isNullObject is known (an *OrNullObject proxy is resolved now if no call resolved it). */
  settle(): void {
    this.synced = true;
    if (this.orNull && !this.resolved) {
      try {
        this.resolve();
      } catch {
        // a parent that does not exist: a null object too
      }
    }
  }

  protected resolve(): T | null {
    if (!this.resolved) {
      this.value = this.resolver();
      this.resolved = true;
      if (this.value === null && !this.orNull)
        throw new RichApiError("ItemNotFound", "The requested resource doesn't exist.");
    }
    return this.value;
  }

  /** The target, for a call that changes it: a null object cannot be changed. */
  protected target(): T {
    const value = this.resolve();
    if (value === null)
      throw new RichApiError(
        "ItemNotFound",
        "The requested resource doesn't exist (a null object)."
      );
    return value;
  }

  /** Queues a call on this object. */
  protected call(args: unknown, op: (target: T) => void, kind?: string): void {
    this.ctx.enqueue(
      ACTION_BYTES + utf8(args),
      () => {
        this.synced = true;
        op(this.target());
      },
      undefined,
      kind
    );
  }

  get isNullObject(): boolean {
    if (!this.synced)
      throw new RichApiError(
        "PropertyNotLoaded",
        "isNullObject is not available before context.sync()."
      );
    return this.resolved && this.value === null;
  }

  protected readLoaded(property: string): unknown {
    if (!(property in this.loaded))
      throw new RichApiError(
        "PropertyNotLoaded",
        `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
      );
    return this.loaded[property];
  }

  /** Queues a load; `read` gives the properties' values from the target (null object: nothing to read). */
  protected queueLoad(props: string[], read: (target: T, prop: string) => unknown): void {
    this.ctx.enqueue(
      ACTION_BYTES + utf8(props),
      () => {
        this.synced = true;
        const target = this.resolve();
        if (target === null) return;
        for (const prop of props) this.loaded[prop] = read(target, prop);
      },
      () => {
        let bytes = 50;
        for (const prop of props)
          if (prop in this.loaded) {
            const weight = prop.length + utf8(this.loaded[prop]);
            this.ctx.excel.countResponse(prop, weight);
            bytes += weight;
          }
        return bytes;
      },
      "load"
    );
  }

  load(spec?: string | string[]): this {
    this.queueLoad(properties(spec), (target, prop) => this.property(target, prop));
    return this;
  }

  protected property(_target: T, prop: string): unknown {
    throw new RichApiError("InvalidArgument", `the fake does not model the property '${prop}'`);
  }

  /** Marks the proxy as part of a sync (for isNullObject) without reading. */
  protected touch(): void {
    this.ctx.enqueue(0, () => {
      this.synced = true;
      this.resolve();
    });
  }
}

function accessDenied(what: string): never {
  throw new RichApiError(
    "AccessDenied",
    `The cell or chart you're trying to change is on a protected sheet (${what}).`
  );
}

/** Excel.HorizontalAlignment's values (ExcelApi 1.1). */
const HORIZONTAL_ALIGNMENTS = [
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
];

function guardFormat(sheet: FakeSheet, what: string): void {
  if (sheet.protection.protected && !sheet.protection.options.allowFormatCells) accessDenied(what);
}

class Worksheets extends Proxy<FakeSheet[]> {
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.excel.sheets, false);
  }

  private itemsLoaded: Worksheet[] | null = null;

  override load(spec?: string | string[]): this {
    const props = properties(spec).map((p) => p.replace(/^items\//, ""));
    this.ctx.enqueue(
      ACTION_BYTES + utf8(props),
      () => {
        this.itemsLoaded = this.ctx.excel.sheets.map((sheet) => {
          const proxy = new Worksheet(this.ctx, () => sheet, false, null, false);
          proxy.fill(props);
          return proxy;
        });
      },
      () => 50 + utf8(this.itemsLoaded?.map((s) => s.snapshot()) ?? [])
    );
    return this;
  }

  get items(): Worksheet[] {
    if (!this.itemsLoaded)
      throw new RichApiError("PropertyNotLoaded", "worksheets.items read before load() and sync()");
    return this.itemsLoaded;
  }

  getItem(name: string): Worksheet {
    return new Worksheet(this.ctx, () => this.ctx.excel.find(name) ?? null, false, name);
  }

  getItemOrNullObject(name: string): Worksheet {
    return new Worksheet(this.ctx, () => this.ctx.excel.find(name) ?? null, true, name);
  }

  add(name: string): Worksheet {
    let created: FakeSheet | null = null;
    const proxy = new Worksheet(this.ctx, () => created, false, name);
    this.ctx.enqueue(ACTION_BYTES + utf8(name), () => {
      if (name.length === 0 || name.length > 31 || NAME_RULES.test(name) || /^'|'$/.test(name))
        throw new RichApiError("InvalidArgument", `"${name}" is not a valid sheet name.`);
      if (name.toLowerCase() === "history")
        throw new RichApiError("InvalidArgument", "History is a reserved sheet name.");
      if (this.ctx.excel.find(name))
        throw new RichApiError("ItemAlreadyExists", `A sheet named "${name}" already exists.`);
      created = newSheet(name);
      this.ctx.excel.sheets.push(created);
    });
    return proxy;
  }

  getActiveWorksheet(): Worksheet {
    return new Worksheet(
      this.ctx,
      () => this.ctx.excel.sheets.find((s) => s.activated) ?? this.ctx.excel.sheets[0] ?? null,
      false
    );
  }
}

class Worksheet extends Proxy<FakeSheet> {
  constructor(
    ctx: FakeContext,
    resolver: () => FakeSheet | null,
    orNull: boolean,
    args: unknown = null,
    charge = true
  ) {
    super(ctx, resolver, orNull, charge ? args : null);
  }

  /** For items of a loaded collection: properties filled at once. */
  fill(props: string[]): void {
    const sheet = this.resolve()!;
    for (const prop of props) this.loaded[prop] = this.property(sheet, prop);
    this.touchNow();
  }
  private touchNow() {
    (this as unknown as { synced: boolean }).synced = true;
  }
  snapshot(): Record<string, unknown> {
    return this.loaded;
  }

  protected override property(sheet: FakeSheet, prop: string): unknown {
    switch (prop) {
      case "name":
        return sheet.name;
      case "id":
        return sheet.id;
      case "visibility":
        return sheet.visibility;
      case "position":
        return this.ctx.excel.sheets.indexOf(sheet);
      default:
        return super.property(sheet, prop);
    }
  }

  get name(): string {
    return this.readLoaded("name") as string;
  }
  get id(): string {
    return this.readLoaded("id") as string;
  }
  get position(): number {
    return this.readLoaded("position") as number;
  }
  get visibility(): string {
    return this.readLoaded("visibility") as string;
  }
  set visibility(value: string) {
    this.call(value, (sheet) => {
      if (value !== "Visible" && sheet.visibility === "Visible") {
        const visible = this.ctx.excel.sheets.filter((s) => s.visibility === "Visible");
        if (visible.length === 1)
          throw new RichApiError(
            "InvalidOperation",
            "A workbook must contain at least one visible worksheet."
          );
      }
      sheet.visibility = value as FakeSheet["visibility"];
    });
  }

  delete(): void {
    this.call(null, (sheet) => this.ctx.excel.deleteSheet(sheet));
  }

  activate(): void {
    this.call(null, (sheet) => {
      if (sheet.visibility !== "Visible")
        throw new RichApiError("InvalidOperation", "A hidden sheet cannot be activated.");
      for (const s of this.ctx.excel.sheets) s.activated = false;
      sheet.activated = true;
    });
  }

  /** A range of this sheet; of a null sheet, a null range (its loads bring nothing, its changes fail). */
  private range(areas: () => Area[], args: unknown): Range {
    return new Range(
      this.ctx,
      () => {
        const sheet = this.resolve();
        return sheet ? { sheet, areas: areas() } : null;
      },
      this.nullable(),
      args
    );
  }

  nullable(): boolean {
    return this.orNull;
  }

  getRange(address?: string): Range {
    return this.range(() => (address ? parseAreas(address) : [WHOLE_SHEET]), address ?? "");
  }
  getRanges(address: string): Range {
    return this.range(() => parseAreas(address), address);
  }
  getRangeByIndexes(row: number, column: number, rows: number, columns: number): Range {
    return this.range(() => {
      if (rows < 1 || columns < 1)
        throw new RichApiError(
          "InvalidArgument",
          "getRangeByIndexes needs at least one row and one column."
        );
      return [{ r0: row, c0: column, r1: row + rows - 1, c1: column + columns - 1 }];
    }, [row, column, rows, columns]);
  }
  getCell(row: number, column: number): Range {
    return this.getRangeByIndexes(row, column, 1, 1);
  }
  getUsedRange(valuesOnly = false): Range {
    return new Range(
      this.ctx,
      () => {
        const sheet = this.resolve();
        if (!sheet) return null;
        return { sheet, areas: [usedArea(sheet, valuesOnly) ?? { r0: 0, c0: 0, r1: 0, c1: 0 }] };
      },
      this.nullable(),
      valuesOnly
    );
  }
  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return new Range(
      this.ctx,
      () => {
        const sheet = this.resolve();
        const area = sheet ? usedArea(sheet, valuesOnly) : null;
        return sheet && area ? { sheet, areas: [area] } : null;
      },
      true,
      valuesOnly
    );
  }

  private nav<T>(key: string, make: () => T): T {
    const cache = this as unknown as Record<string, T>;
    return (cache[`__${key}`] ??= make());
  }

  get protection(): Protection {
    return this.nav("protection", () => new Protection(this.ctx, () => this.resolve()));
  }

  get freezePanes() {
    return this.nav("freeze", () => {
      this.ctx.charge(PATH_BYTES);
      const set = (rows: number, columns: number, args: unknown) =>
        this.call(args, (sheet) => (sheet.freeze = { rows, columns }));
      return {
        freezeRows: (count = 1) => set(count, 0, count),
        freezeColumns: (count = 1) => set(0, count, count),
        freezeAt: (range: Range | string) => {
          this.call(String(range), (sheet) => {
            const area = typeof range === "string" ? parseArea(range) : range.areaNow();
            sheet.freeze = { rows: area.r1 + 1, columns: area.c1 + 1 };
          });
        },
        unfreeze: () => set(0, 0, null),
      };
    });
  }

  get autoFilter() {
    return this.nav("filter", () => {
      this.ctx.charge(PATH_BYTES);
      let enabled: boolean | null = null;
      return {
        load: () =>
          this.ctx.enqueue(ACTION_BYTES, () => {
            enabled = Boolean(this.resolve()?.autoFilter);
          }),
        get enabled() {
          if (enabled === null) throw new RichApiError("PropertyNotLoaded", "autoFilter.enabled");
          return enabled;
        },
        apply: (range: Range | string) =>
          this.call(String(range), (sheet) => {
            if (sheet.protection.protected && !sheet.protection.options.allowAutoFilter)
              accessDenied("autoFilter.apply");
            const area = typeof range === "string" ? parseArea(range) : range.areaNow();
            sheet.autoFilter = `${area.r0},${area.c0}:${area.r1},${area.c1}`;
          }),
        remove: () =>
          this.call(null, (sheet) => {
            if (sheet.protection.protected) accessDenied("autoFilter.remove");
            if (!sheet.autoFilter)
              throw new RichApiError("InvalidOperation", "There is no AutoFilter to remove.");
            sheet.autoFilter = null;
          }),
      };
    });
  }

  get pageLayout() {
    return this.nav("page", () => {
      this.ctx.charge(PATH_BYTES);
      const set = (key: string) => (value: unknown) =>
        this.call(value, (sheet) => (sheet.pageLayout[key] = value));
      const layout = {
        setPrintTitleRows: (rows: string) => {
          this.call(rows, (sheet) => {
            parseArea(rows);
            sheet.pageLayout.printTitleRows = rows;
          });
        },
        headersFooters: { defaultForAllPages: {} as Record<string, string> },
      };
      for (const key of [
        "orientation",
        "paperSize",
        "zoom",
        "leftMargin",
        "rightMargin",
        "topMargin",
        "bottomMargin",
        "headerMargin",
        "footerMargin",
      ])
        Object.defineProperty(layout, key, { set: set(key) });
      Object.assign(layout, {
        setPrintTitleColumns: (columns: string) =>
          this.call(columns, (sheet) => {
            parseArea(columns.replace(/\$/g, ""));
            sheet.pageLayout.printTitleColumns = columns;
          }),
        setPrintArea: (area: string) =>
          this.call(area, (sheet) => {
            parseArea(area);
            sheet.pageLayout.printArea = area;
          }),
      });
      for (const key of ["centerHeader", "centerFooter", "leftHeader", "rightFooter"])
        Object.defineProperty(layout.headersFooters.defaultForAllPages, key, {
          set: set(key),
        });
      return layout;
    });
  }

  /** ExcelApi 1.9: a page break goes before the top-left cell of the range it is given. */
  get horizontalPageBreaks() {
    return this.nav("horizontalPageBreaks", () => {
      this.ctx.charge(PATH_BYTES);
      return {
        add: (range: string) =>
          this.call(range, (sheet) => {
            if (sheet.protection.protected) accessDenied("horizontalPageBreaks.add");
            const area = parseArea(range);
            // "There is a limit of 1,026 horizontal page breaks per sheet" (Excel's HPageBreaks).
            if (!sheet.pageBreaks.includes(area.r0) && sheet.pageBreaks.length >= 1_026)
              throw new RichApiError("InvalidArgument", "a sheet holds at most 1,026 page breaks");
            if (!sheet.pageBreaks.includes(area.r0)) sheet.pageBreaks.push(area.r0);
          }),
        removePageBreaks: () =>
          this.call(null, (sheet) => {
            if (sheet.protection.protected) accessDenied("horizontalPageBreaks.removePageBreaks");
            sheet.pageBreaks = [];
          }),
      };
    });
  }

  get charts() {
    return this.nav("charts", () => {
      this.ctx.charge(PATH_BYTES);
      let items: { delete(): void; name: string }[] | null = null;
      return {
        load: () =>
          this.ctx.enqueue(ACTION_BYTES, () => {
            const sheet = this.resolve();
            items = (sheet?.charts ?? []).map((chart) => ({
              name: chart.name,
              delete: () =>
                this.call(null, (s) => {
                  if (s.protection.protected) accessDenied("chart.delete");
                  s.charts = s.charts.filter((c) => c !== chart);
                }),
            }));
          }),
        get items() {
          if (!items) throw new RichApiError("PropertyNotLoaded", "charts.items before load()");
          return items;
        },
        add: (type: string) => {
          const chart = { name: `Chart ${type}`, title: "" };
          this.call(type, (sheet) => {
            if (sheet.protection.protected) accessDenied("charts.add");
            sheet.charts.push(chart);
          });
          return {
            title: {
              set text(value: string) {
                chart.title = value;
              },
            },
            setPosition: () => undefined,
          };
        },
      };
    });
  }
}

class Protection extends Proxy<FakeSheet> {
  constructor(ctx: FakeContext, resolver: () => FakeSheet | null) {
    super(ctx, resolver, true);
  }
  protected override property(sheet: FakeSheet, prop: string): unknown {
    if (prop === "protected") return sheet.protection.protected;
    if (prop === "options") return { ...sheet.protection.options };
    return super.property(sheet, prop);
  }
  get protected(): boolean {
    return this.readLoaded("protected") as boolean;
  }
  get options(): Record<string, boolean> {
    return this.readLoaded("options") as Record<string, boolean>;
  }
  protect(options: Record<string, boolean> = {}, password?: string): void {
    this.call({ options, password }, (sheet) => {
      if (sheet.protection.protected)
        throw new RichApiError("InvalidOperation", "The worksheet is already protected.");
      sheet.protection = { protected: true, options: { ...options }, password };
    });
  }
  unprotect(password?: string): void {
    this.call(password ?? null, (sheet) => {
      if (!sheet.protection.protected) return;
      if ((sheet.protection.password ?? undefined) !== (password ?? undefined))
        throw new RichApiError("InvalidPassword", "The password is incorrect.");
      sheet.protection = { protected: false, options: {} };
    });
  }
}

type RangeTarget = { sheet: FakeSheet; areas: Area[] };

class Range extends Proxy<RangeTarget> {
  /** The single area, at execution time (for calls that take a range). */
  areaNow(): Area {
    const { areas } = this.target();
    return areas[0];
  }

  areaOrNull(): Area | null {
    return this.resolve()?.areas[0] ?? null;
  }

  protected override property(target: RangeTarget, prop: string): unknown {
    const { sheet, areas } = target;
    const area = areas[0];
    const matrix = (read: (r: number, c: number) => unknown) => {
      if (cellCount(area) > READ_CELL_LIMIT)
        throw new RichApiError(
          "ResponsePayloadSizeLimitExceeded",
          "A range is limited to five million cells for read operations."
        );
      const out: unknown[][] = [];
      for (let r = area.r0; r <= area.r1; r++) {
        const row: unknown[] = [];
        for (let c = area.c0; c <= area.c1; c++) row.push(read(r, c));
        out.push(row);
      }
      return out;
    };
    switch (prop) {
      case "values":
        return matrix((r, c) => sheet.values[r]?.[c] ?? "");
      case "valueTypes":
        return matrix((r, c) => sheet.types[r]?.[c] ?? "Empty");
      case "formulas":
        return matrix((r, c) => sheet.formulas[r]?.[c] ?? sheet.values[r]?.[c] ?? "");
      case "numberFormat":
        return matrix((r, c) => sheet.formats[r]?.[c] ?? "General");
      case "rowIndex":
        return area.r0;
      case "columnIndex":
        return area.c0;
      case "rowCount":
        return area.r1 - area.r0 + 1;
      case "columnCount":
        return area.c1 - area.c0 + 1;
      case "address":
        return `${sheet.name}!${area.r0},${area.c0}:${area.r1},${area.c1}`;
      default:
        return super.property(target, prop);
    }
  }

  get values(): Value[][] {
    return this.readLoaded("values") as Value[][];
  }
  get valueTypes(): string[][] {
    return this.readLoaded("valueTypes") as string[][];
  }
  get numberFormat(): string[][] {
    return this.readLoaded("numberFormat") as string[][];
  }
  get rowIndex(): number {
    return this.readLoaded("rowIndex") as number;
  }
  get columnIndex(): number {
    return this.readLoaded("columnIndex") as number;
  }
  get rowCount(): number {
    return this.readLoaded("rowCount") as number;
  }
  get columnCount(): number {
    return this.readLoaded("columnCount") as number;
  }

  /**
   * `values`, `formulas` or `numberFormat` set on a range, as Excel takes it: a 2-D array of the range's shape,
   * where a null leaves its cell as it was ("null input in 2-D array"), or a single value applied to every cell
   * of the range ("Update all cells in a range": a string, number or boolean; null is not a valid input for the
   * property). Neither on an unbounded range (whole columns or rows: "setting cell-level properties … on an
   * unbounded range is prohibited"). A 1 × 1 array is not a single value: on a larger range it is refused.
   */
  private writeMatrix(input: unknown, into: "values" | "formulas" | "numberFormat"): void {
    this.call(
      input,
      ({ sheet, areas }) => {
        const area = areas[0];
        const rows = area.r1 - area.r0 + 1;
        const columns = area.c1 - area.c0 + 1;
        if (rows === MAX_ROWS || columns === MAX_COLUMNS)
          throw new RichApiError(
            "InvalidArgument",
            `${into} cannot be set on an unbounded range (whole columns or rows).`
          );
        const single = !Array.isArray(input);
        if (single && !["string", "number", "boolean"].includes(typeof input))
          throw new RichApiError(
            "InvalidArgument",
            `The argument is invalid or missing or has an incorrect format (${into} = ${input === null ? "null" : typeof input}).`
          );
        if (
          !single &&
          ((input as unknown[]).length !== rows ||
            (input as unknown[]).some((row) => !Array.isArray(row) || row.length !== columns))
        )
          throw new RichApiError(
            "InvalidArgument",
            `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows} × ${columns}).`
          );
        const at = (i: number, j: number) => (single ? input : (input as unknown[][])[i][j]);
        if (sheet.protection.protected) {
          if (into === "numberFormat") guardFormat(sheet, "numberFormat");
          else
            for (let r = area.r0; r <= area.r1; r++)
              for (let c = area.c0; c <= area.c1; c++)
                if (at(r - area.r0, c - area.c0) !== null && isLocked(sheet, r, c))
                  accessDenied(`${into} of a locked cell`);
        }
        for (let i = 0; i < rows; i++)
          for (let j = 0; j < columns; j++) {
            const value = at(i, j);
            if (value === null) continue;
            this.writeCell(sheet, area.r0 + i, area.c0 + j, value, into);
          }
      },
      into
    );
  }

  private writeCell(
    sheet: FakeSheet,
    r: number,
    c: number,
    input: unknown,
    into: "values" | "formulas" | "numberFormat"
  ): void {
    if (into === "numberFormat") {
      (sheet.formats[r] ??= [])[c] = String(input);
      return;
    }
    const format = sheet.formats[r]?.[c] ?? "General";
    const stored = retype(input, format);
    (sheet.values[r] ??= [])[c] = stored.value;
    (sheet.types[r] ??= [])[c] = stored.type;
    (sheet.formulas[r] ??= [])[c] = stored.formula;
    if (stored.autoFormat && format === "General") (sheet.formats[r] ??= [])[c] = stored.autoFormat;
    const key = `${r},${c}`;
    if (stored.formula && this.ctx.calculationSuspended) sheet.stale.add(key);
    else sheet.stale.delete(key);
  }

  set values(input: unknown[][]) {
    this.writeMatrix(input, "values");
  }
  set formulas(input: unknown[][]) {
    this.writeMatrix(input, "formulas");
  }
  set numberFormat(input: unknown[][]) {
    this.writeMatrix(input, "numberFormat");
  }

  clear(applyTo = "All"): void {
    this.call(applyTo, ({ sheet, areas }) => {
      if (sheet.protection.protected) accessDenied("clear");
      for (const area of areas) {
        const rows = Math.max(sheet.values.length, sheet.formats.length, sheet.formulas.length);
        for (let r = area.r0; r <= Math.min(area.r1, rows - 1); r++) {
          const width = Math.max(
            sheet.values[r]?.length ?? 0,
            sheet.formats[r]?.length ?? 0,
            sheet.formulas[r]?.length ?? 0
          );
          for (let c = area.c0; c <= Math.min(area.c1, width - 1); c++) {
            if (applyTo === "All" || applyTo === "Contents") {
              if (sheet.values[r]) sheet.values[r][c] = "";
              if (sheet.types[r]) sheet.types[r][c] = "Empty";
              if (sheet.formulas[r]) sheet.formulas[r][c] = undefined;
            }
            if ((applyTo === "All" || applyTo === "Formats") && sheet.formats[r])
              sheet.formats[r][c] = "General";
          }
        }
        if (applyTo === "All" || applyTo === "Formats") {
          sheet.merges = sheet.merges.filter((m) => !inside(m, area));
          sheet.formatCalls = sheet.formatCalls.filter((call) => !inside(call.area, area));
          sheet.conditionalFormats = sheet.conditionalFormats.filter(
            (f) => !f.areas.every((a) => inside(a, area))
          );
        }
      }
    });
  }

  select(): void {
    this.call(null, () => undefined);
  }

  getIntersectionOrNullObject(other: Range | string): Range {
    return new Range(
      this.ctx,
      () => {
        const mine = this.resolve();
        if (!mine) return null;
        const theirs = typeof other === "string" ? parseArea(other) : other.areaOrNull();
        if (!theirs) return null;
        const a = mine.areas[0];
        const cut = {
          r0: Math.max(a.r0, theirs.r0),
          c0: Math.max(a.c0, theirs.c0),
          r1: Math.min(a.r1, theirs.r1),
          c1: Math.min(a.c1, theirs.c1),
        };
        return cut.r0 <= cut.r1 && cut.c0 <= cut.c1 ? { sheet: mine.sheet, areas: [cut] } : null;
      },
      true,
      String(other)
    );
  }

  private formatSetter(
    property: string,
    guard: (sheet: FakeSheet, value: unknown) => void,
    nested = false
  ) {
    return (value: unknown) => {
      // `format.font.bold`: the font (fill, protection) is an object path of its own in the request.
      if (nested) this.ctx.charge(PATH_BYTES);
      this.call(
        value,
        ({ sheet, areas }) => {
          guard(sheet, value);
          for (const area of areas) sheet.formatCalls.push({ area, property, value });
        },
        `format.${property}`
      );
    };
  }

  get format() {
    const cache = this as unknown as { __format?: unknown };
    if (cache.__format) return cache.__format as Record<string, unknown>;
    this.ctx.charge(PATH_BYTES);
    const cell = (p: string, nested = false) =>
      this.formatSetter(p, (sheet) => guardFormat(sheet, p), nested);
    const format: Record<string, unknown> = {
      font: defineSetters(
        {},
        { bold: cell("bold", true), color: cell("fontColor", true), size: cell("size", true) }
      ),
      fill: defineSetters({}, { color: cell("fill", true) }),
      protection: defineSetters(
        {},
        {
          locked: this.formatSetter(
            "locked",
            (sheet) => {
              if (sheet.protection.protected) accessDenied("locked");
            },
            true
          ),
        }
      ),
    };
    defineSetters(format, {
      wrapText: cell("wrap"),
      // Excel.HorizontalAlignment, spelled as the enum is: "right" is an InvalidArgument at sync.
      horizontalAlignment: this.formatSetter("align", (sheet, value) => {
        if (!HORIZONTAL_ALIGNMENTS.includes(value as string))
          throw new RichApiError(
            "InvalidArgument",
            `"${String(value)}" is not a horizontal alignment.`
          );
        guardFormat(sheet, "align");
      }),
      columnWidth: (width: unknown) =>
        this.call(width, ({ sheet, areas }) => {
          if (sheet.protection.protected && !sheet.protection.options.allowFormatColumns)
            accessDenied("columnWidth");
          for (const area of areas)
            for (let c = area.c0; c <= Math.min(area.c1, 2000); c++)
              sheet.columnWidths.set(c, Number(width));
        }),
      rowHeight: (height: unknown) =>
        this.call(height, ({ sheet, areas }) => {
          if (sheet.protection.protected && !sheet.protection.options.allowFormatRows)
            accessDenied("rowHeight");
          // Excel's specifications and limits: a row is at most 409 points tall.
          if (typeof height !== "number" || !(height >= 0 && height <= 409))
            throw new RichApiError("InvalidArgument", `a row height of ${String(height)} points`);
          for (const area of areas)
            sheet.formatCalls.push({ area, property: "rowHeight", value: height });
        }),
      useStandardWidth: (value: unknown) =>
        this.call(value, ({ sheet, areas }) => {
          if (sheet.protection.protected && !sheet.protection.options.allowFormatColumns)
            accessDenied("useStandardWidth");
          for (const area of areas)
            for (const c of [...sheet.columnWidths.keys()])
              if (c >= area.c0 && c <= area.c1) sheet.columnWidths.delete(c);
        }),
    });
    cache.__format = format;
    return format;
  }

  merge(across = false): void {
    this.call(across, ({ sheet, areas }) => {
      if (sheet.protection.protected) accessDenied("merge");
      for (const area of areas) sheet.merges.push(area);
    });
  }

  set columnHidden(hidden: boolean) {
    this.call(hidden, ({ sheet, areas }) => {
      if (sheet.protection.protected && !sheet.protection.options.allowFormatColumns)
        accessDenied("columnHidden");
      for (const area of areas)
        sheet.formatCalls.push({ area, property: "columnHidden", value: hidden });
    });
  }

  get dataValidation() {
    this.ctx.charge(PATH_BYTES);
    const entry = () => {
      const { sheet, areas } = this.target();
      if (sheet.protection.protected) accessDenied("dataValidation");
      const range = areas.map((a) => `${a.r0},${a.c0}:${a.r1},${a.c1}`).join(",");
      let found = sheet.validations.find((v) => v.range === range);
      if (!found) sheet.validations.push((found = { range }));
      return found;
    };
    const set = (key: "rule" | "prompt" | "errorAlert") => (value: unknown) =>
      this.call(value, () => {
        if (key === "rule" && typeof value === "object" && value && "list" in value) {
          const source = String((value as { list: { source: unknown } }).list.source);
          if (source.length > 255)
            throw new RichApiError(
              "InvalidArgument",
              "A list source is limited to 255 characters."
            );
        }
        entry()[key] = value;
      });
    return defineSetters(
      {
        clear: () =>
          this.call(null, ({ sheet, areas }) => {
            if (sheet.protection.protected) accessDenied("dataValidation.clear");
            sheet.validations = sheet.validations.filter(
              (v) => !areas.some((a) => v.range.startsWith(`${a.r0},${a.c0}`) || a === WHOLE_SHEET)
            );
          }),
      },
      { rule: set("rule"), prompt: set("prompt"), errorAlert: set("errorAlert") }
    );
  }

  get conditionalFormats(): ConditionalFormats {
    return new ConditionalFormats(this.ctx, () => this.resolve());
  }
}

function inside(inner: Area, outer: Area): boolean {
  return (
    inner.r0 >= outer.r0 && inner.r1 <= outer.r1 && inner.c0 >= outer.c0 && inner.c1 <= outer.c1
  );
}

function defineSetters<T extends object>(
  target: T,
  setters: Record<string, (value: unknown) => void>
): T {
  for (const [key, set] of Object.entries(setters))
    Object.defineProperty(target, key, {
      set,
      configurable: true,
      get() {
        throw new RichApiError("PropertyNotLoaded", `${key} is write-only in these tests`);
      },
    });
  return target;
}

/** The conditional formats that intersect a range; an id is a format's index (priority) in this list. */
class ConditionalFormats extends Proxy<{
  sheet: FakeSheet;
  areas: Area[];
  list: () => FakeConditionalFormat[];
}> {
  private loadedItems: ConditionalFormat[] | null = null;

  constructor(ctx: FakeContext, range: () => RangeTarget | null) {
    super(
      ctx,
      () => {
        const target = range();
        if (!target) return null;
        const { sheet, areas } = target;
        return {
          sheet,
          areas,
          list: () =>
            sheet.conditionalFormats.filter((f) =>
              f.areas.some((a) => areas.some((b) => intersects(a, b)))
            ),
        };
      },
      true
    );
  }

  override load(spec?: string | string[]): this {
    const props = properties(spec).map((p) => p.replace(/^items\//, ""));
    this.ctx.enqueue(
      ACTION_BYTES + utf8(props),
      () => {
        const target = this.resolve();
        const list = target ? target.list() : [];
        // Reading the rules of a sheet whose formats hit one of Excel's open bugs fails the request
        // (office-js#6827: two cell-value formats on one range; #6835: a rule duplicated in Excel's UI).
        if (props.some((p) => p !== "type") && target && unreadableFormats(target.sheet, list))
          throw new RichApiError(
            "GeneralException",
            "An internal error has occurred (reading conditional formats)."
          );
        // Loading the custom rule of a format that is not custom fails the whole request (office-js#2180).
        if (props.some((p) => p === "custom" || p.startsWith("custom/"))) {
          const other = list.find((f) => f.type !== "Custom");
          if (other)
            throw new RichApiError(
              "InvalidArgument",
              `The argument is invalid or missing or has an incorrect format (custom of a ${other.type} format).`
            );
        }
        this.loadedItems = list.map(
          (format, index) =>
            new ConditionalFormat(this.ctx, () => format, String(index), props, false)
        );
      },
      () => 50 + utf8(this.loadedItems?.map((item) => item.loadedValues()) ?? [])
    );
    return this;
  }

  get items(): ConditionalFormat[] {
    if (!this.loadedItems)
      throw new RichApiError(
        "PropertyNotLoaded",
        "conditionalFormats.items read before load() and sync()"
      );
    return this.loadedItems;
  }

  private byId(id: string, orNull: boolean): ConditionalFormat {
    return new ConditionalFormat(
      this.ctx,
      () => {
        const target = this.resolve();
        const list = target ? target.list() : [];
        const index = Number(id);
        return Number.isInteger(index) && index >= 0 && index < list.length ? list[index] : null;
      },
      id,
      [],
      true,
      orNull
    );
  }

  getItem(id: string): ConditionalFormat {
    return this.byId(id, false);
  }

  getItemOrNullObject(id: string): ConditionalFormat {
    return this.byId(id, true);
  }

  add(type: string): ConditionalFormat {
    const format: FakeConditionalFormat = { type, range: "", areas: [] };
    this.ctx.enqueue(ACTION_BYTES + utf8(type), () => {
      const target = this.resolve();
      if (!target) throw new RichApiError("ItemNotFound", "conditionalFormats of a null range");
      if (target.sheet.protection.protected) accessDenied("conditionalFormats.add");
      format.areas = target.areas;
      format.range = format.areas.map((a) => `${a.r0},${a.c0}:${a.r1},${a.c1}`).join(",");
      // "Adds a new conditional format to the collection at the first/top priority."
      target.sheet.conditionalFormats.unshift(format);
    });
    return new ConditionalFormat(this.ctx, () => format, "0", [], true, false);
  }

  clearAll(): void {
    this.call(null, (target) => {
      if (target.sheet.protection.protected) accessDenied("conditionalFormats.clearAll");
      const doomed = new Set(target.list());
      target.sheet.conditionalFormats = target.sheet.conditionalFormats.filter(
        (f) => !doomed.has(f)
      );
    });
  }
}

/** Formats Excel fails to read back (office-js#6827, #6835). */
function unreadableFormats(sheet: FakeSheet, list: FakeConditionalFormat[]): boolean {
  if (sheet.conditionalFormatsUnreadable) return true;
  const ranges = list.filter((f) => f.type === "CellValue").map((f) => f.range);
  return new Set(ranges).size < ranges.length;
}

class ConditionalFormat extends Proxy<FakeConditionalFormat> {
  constructor(
    ctx: FakeContext,
    resolver: () => FakeConditionalFormat | null,
    private readonly idValue: string,
    props: string[],
    charge: boolean,
    orNull = false
  ) {
    super(ctx, resolver, orNull, charge ? idValue : null);
    if (!charge) {
      const format = resolver()!;
      for (const prop of props) this.loaded[prop] = this.read(format, prop);
    }
  }

  loadedValues() {
    return this.loaded;
  }

  private read(format: FakeConditionalFormat, prop: string): unknown {
    if (prop === "id") return this.idValue;
    if (prop === "type") return format.type;
    if (prop === "priority") return Number(this.idValue);
    if (prop === "custom/rule/formula") return format.formula;
    if (prop === "customOrNullObject/rule/formula")
      return format.type === "Custom" ? format.formula : null;
    if (prop === "customOrNullObject") return format.type === "Custom" ? {} : null;
    throw new RichApiError("InvalidArgument", `the fake does not model '${prop}'`);
  }

  get id(): string {
    return this.readLoaded("id") as string;
  }
  get type(): string {
    return this.readLoaded("type") as string;
  }
  get custom() {
    const formula = this.loaded["custom/rule/formula"];
    return this.writeSide("custom", formula);
  }
  get customOrNullObject() {
    const loaded = "customOrNullObject/rule/formula" in this.loaded;
    const formula = this.loaded["customOrNullObject/rule/formula"];
    return {
      get isNullObject() {
        if (!loaded)
          throw new RichApiError("PropertyNotLoaded", "customOrNullObject was not loaded");
        return formula === null;
      },
      rule: {
        get formula() {
          if (!loaded || formula === null)
            throw new RichApiError("PropertyNotLoaded", "customOrNullObject.rule.formula");
          return formula as string;
        },
      },
    };
  }
  get cellValue() {
    return this.writeSide("cellValue", undefined);
  }

  /** The writable parts of a format just added (custom rule and fill, cell-value rule, fill and font). */
  private writeSide(kind: "custom" | "cellValue", loadedFormula: unknown) {
    const set =
      (apply: (format: FakeConditionalFormat, value: unknown) => void) => (value: unknown) =>
        this.call(value, (format) => {
          const expected = kind === "custom" ? "Custom" : "CellValue";
          if (format.type !== expected)
            throw new RichApiError("InvalidArgument", `${kind} of a ${format.type} format`);
          apply(format, value);
        });
    const rule = defineSetters(
      {},
      {
        formula: set((f, v) => (f.formula = String(v))),
      }
    );
    if (loadedFormula !== undefined)
      Object.defineProperty(rule, "formula", {
        get: () => loadedFormula,
        set: set((f, v) => (f.formula = String(v))),
      });
    const side = {
      rule,
      format: {
        fill: defineSetters({}, { color: set((f, v) => (f.fill = String(v))) }),
        font: defineSetters({}, { color: set((f, v) => (f.font = String(v))) }),
      },
    };
    if (kind === "cellValue")
      Object.defineProperty(side, "rule", {
        set: set((f, v) => {
          f.rule = v;
          f.formula = String((v as { formula1?: unknown }).formula1 ?? "");
        }),
      });
    return side;
  }

  delete(): void {
    this.call(this.idValue, (format) => {
      for (const sheet of this.ctx.excel.sheets) {
        if (!sheet.conditionalFormats.includes(format)) continue;
        if (sheet.protection.protected) accessDenied("conditionalFormat.delete");
        sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => f !== format);
      }
    });
  }
}

/** The Excel enums the adapter uses, as Office.js defines them (tests run without office.js). */
export function installExcelEnums(): void {
  (globalThis as unknown as { Excel: unknown }).Excel = {
    ConditionalFormatType: { custom: "Custom", cellValue: "CellValue" },
    ConditionalCellValueOperator: { equalTo: "EqualTo" },
    DataValidationOperator: { between: "Between" },
    DataValidationAlertStyle: { stop: "Stop", warning: "Warning", information: "Information" },
    PageOrientation: { landscape: "Landscape", portrait: "Portrait" },
    PaperType: { a4: "A4" },
    SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
    CalculationType: { recalculate: "Recalculate", full: "Full" },
    ClearApplyTo: { all: "All", contents: "Contents", formats: "Formats" },
    ChartType: { columnClustered: "ColumnClustered", barClustered: "BarClustered" },
    ChartSeriesBy: { columns: "Columns" },
  };
}

/** Where a format property was last set on a cell (for tests that look at styles). */
export { formatAt, contains };
