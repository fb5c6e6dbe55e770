/* The pane's host inside Excel: what it takes from Office.js before any job runs. */
import { fileNameOf, OfficePaneHost } from "../../src/workbook/office/office-pane-host";

const withDocumentUrl = (url: string | undefined) => {
  (globalThis as unknown as { Office: unknown }).Office = { context: { document: { url } } };
};

afterEach(() => {
  delete (globalThis as unknown as { Office?: unknown }).Office;
});

describe("OfficePaneHost.sourceName", () => {
  it.each([
    // A local file may hold a bare "%": it is a path, not a URL, and is never decoded.
    ["C:\\Users\\张三\\Documents\\达标率95%.xlsx", "达标率95%.xlsx"],
    ["/Users/zhangsan/达标率 100%.xlsx", "达标率 100%.xlsx"],
    ["\\\\fileserver\\运营\\a%20b.xlsx", "a%20b.xlsx"],
    // SharePoint and OneDrive give percent-encoded addresses.
    [
      "https://bank.sharepoint.com/sites/ops/Shared%20Documents/%E8%BE%BE%E6%A0%87%E7%8E%8795%25.xlsx?web=1",
      "达标率95%.xlsx",
    ],
    // A web address that is not well encoded is shown as it is, never a crash.
    ["https://intranet/报表/达标率95%.xlsx", "达标率95%.xlsx"],
  ])("names %s as %s", (url, name) => {
    withDocumentUrl(url);
    expect(new OfficePaneHost().sourceName()).toBe(name);
    expect(fileNameOf(url)).toBe(name);
  });

  it("names a workbook never saved 当前工作簿", () => {
    withDocumentUrl(undefined);
    expect(new OfficePaneHost().sourceName()).toBe("当前工作簿");
    withDocumentUrl("");
    expect(new OfficePaneHost().sourceName()).toBe("当前工作簿");
  });
});
