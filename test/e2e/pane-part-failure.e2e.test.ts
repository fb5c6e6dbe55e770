/* Never a blank pane, once it runs: a part whose code does not arrive (the network dropped, in Excel on the
 * web) is replaced by a message that says what to do and a 重试 button, which loads it again; the tabs stay.
 * The production build in Chromium, its parts' chunk refused by the network until the user retries. */
import path from "node:path";
import { ROOT } from "../support/built-functions";
import { servedPane } from "../support/pane-browser";
import { describeWithTool } from "../support/external-tools";

const OUT = path.join(ROOT, "out", "screenshots");

describeWithTool("chromium", "a part whose code did not load", (chromiumPath) => {
  const pane = servedPane(chromiumPath, OUT);

  it.each([
    ["zh-CN", "这一部分未能载入（网络可能中断了）。请检查网络连接后点「重试」", "重试", "校验"],
    ["en-US", "This part did not load (the network may have dropped).", "Retry", "Validate"],
  ] as const)(
    "%s: says so, keeps the tabs, and loads it on retry",
    async (locale, said, retry, tab) => {
      const page = await pane.browser.newPage({ viewport: { width: 320, height: 800 } });
      await page.route("https://appsforoffice.microsoft.com/**", (route) => route.abort());
      let refused = 0;
      let online = false;
      await page.route(/\/parts\.[0-9a-f]+\.js$/, (route) => {
        if (online) return route.continue();
        refused++;
        return route.abort("internetdisconnected");
      });
      await page.goto(`${pane.base}/taskpane.html?lang=${locale}`);
      const alert = page.getByRole("alert");
      await alert.waitFor({ timeout: 120_000 });
      expect(await alert.innerText()).toContain(said);
      expect(refused).toBeGreaterThan(0);
      await page.screenshot({ path: path.join(OUT, `pane-part-failed-${locale}-320.png`) });
      // The tabs are still there, and another part says the same: its code is in the same chunk.
      await page.getByRole("tab", { name: tab }).click();
      expect(await page.getByRole("alert").innerText()).toContain(said);

      online = true;
      await page.getByRole("button", { name: retry }).click();
      await page.getByRole("tabpanel", { name: tab }).getByRole("button").first().waitFor();
      expect(await page.getByRole("alert").count()).toBe(0);
      await page.close();
    }
  );
});
