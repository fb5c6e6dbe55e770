import { inspectContainer } from "../../src/workbook/xlsx/container-check";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { asZipBomb, encryptedWorkbook } from "../support/submissions";

describe("inspectContainer", () => {
  it("reads an .xlsx's entries and unpacked size from its central directory", async () => {
    const book = XlsxWorkbook.empty();
    await book.write([
      { name: "表", rows: [[{ value: "数据" }]], provenance: { kind: "summary" } },
    ]);
    const found = inspectContainer(await book.toBuffer());
    expect(found.kind).toBe("zip");
    if (found.kind === "zip") {
      expect(found.entries).toBeGreaterThan(5);
      expect(found.unpackedBytes).toBeGreaterThan(1000);
    }
  });

  it("tells a zip bomb, an encrypted workbook, a damaged zip and a text file apart", async () => {
    const bytes = await XlsxWorkbook.empty().toBuffer();
    expect(inspectContainer(asZipBomb(bytes))).toMatchObject({
      kind: "zip",
      unpackedBytes: expect.any(Number),
    });
    expect(
      (inspectContainer(asZipBomb(bytes)) as { unpackedBytes: number }).unpackedBytes
    ).toBeGreaterThan(2 ** 31);
    expect(inspectContainer(encryptedWorkbook())).toEqual({ kind: "ole" });
    expect(inspectContainer(bytes.slice(0, bytes.length / 2))).toEqual({ kind: "damaged" });
    expect(inspectContainer(new TextEncoder().encode("工号,姓名\nA001,张三"))).toEqual({
      kind: "other",
    });
  });
});
