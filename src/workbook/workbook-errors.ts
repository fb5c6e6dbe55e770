/* Why a workbook could not be read or written. On their own (no zod), so that the pane's first load can tell them apart. */

/**
 * Why an adapter would not write: a sheet of that name is the user's (never overwritten), or a sheet is
 * protected with a password the add-in does not have. The edges turn the code into the user's language.
 */
export class WorkbookRefusal extends Error {
  constructor(
    readonly code: "userSheet" | "protectedSheet",
    readonly sheet: string
  ) {
    super(
      code === "userSheet"
        ? `refusing to overwrite the user's sheet "${sheet}"`
        : `the sheet "${sheet}" is protected with a password the add-in does not have`
    );
    this.name = "WorkbookRefusal";
  }
}

/**
 * Excel could not read a sheet's conditional formats (its own open bugs: office-js#6827, #6835), so the
 * add-in's highlights could not be shown there. The check itself stands; only the marks are missing.
 */
export class HighlightsUnavailable extends Error {
  constructor(readonly sheet: string) {
    super(`the conditional formats of "${sheet}" could not be read`);
    this.name = "HighlightsUnavailable";
  }
}

/** A workbook whose parts cannot be read (a sheet that is not XML, a string that is not there): damaged. */
export class WorkbookDamaged extends Error {
  constructor() {
    super("the workbook is damaged");
    this.name = "WorkbookDamaged";
  }
}

/** A sheet with more filled rows than an adapter reads (its limit): said, never run out of memory on. */
export class SheetTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`sheet: more than ${limit} filled rows`);
    this.name = "SheetTooLarge";
  }
}
