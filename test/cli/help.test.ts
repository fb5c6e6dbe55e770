import { COMMANDS } from "../../src/cli/command-table";
import { cli } from "../support/run-cli";

/** A usage line of the help: "  bank-assess <command> …" at the start of a line. */
const usageOf = (text: string) =>
  [...text.matchAll(/^ {2}bank-assess (\w+)/gm)].map((match) => match[1]);

describe("bank-assess help", () => {
  it("lists every command of the table in the general help, each with an example", async () => {
    const { code, out } = await cli("--help");
    expect(code).toBe(0);
    expect([...new Set(usageOf(out))]).toEqual(COMMANDS.map((command) => command.name));
    for (const command of COMMANDS) expect(out).toContain(`例：bank-assess ${command.name}`);
  });

  it.each(COMMANDS.map((command) => command.name))(
    "prints only %s's own help, in both languages",
    async (name) => {
      const all = await cli("--help");
      for (const lang of ["zh-CN", "en-US"]) {
        const own = await cli(name, "--help", "--lang", lang);
        expect(own.code).toBe(0);
        expect(new Set(usageOf(own.out))).toEqual(new Set([name]));
        expect(own.out).toContain(
          lang === "zh-CN" ? `例：bank-assess ${name}` : `e.g. bank-assess ${name}`
        );
        expect(own.out).toContain(lang === "zh-CN" ? "退出码" : "Exit codes");
        expect(own.out).toContain("bank-assess --help");
        expect(own.out.split("\n").length).toBeLessThan(all.out.split("\n").length / 2);
      }
      // `help rank` is `rank --help`.
      expect((await cli("help", name)).out).toBe((await cli(name, "--help")).out);
    }
  );

  it("refuses help for a command that does not exist, naming it", async () => {
    const { code, err } = await cli("frobnicate", "--help");
    expect(code).toBe(2);
    expect(err).toContain("未知命令「frobnicate」");
    expect((await cli("help", "frobnicate")).code).toBe(2);
  });
});
