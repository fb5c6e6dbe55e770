import { paneLocale } from "../../src/taskpane/pane-locale";

describe("the pane's language", () => {
  it("is zh-CN on the standalone page whatever the browser's language, unless ?lang= asks", () => {
    const browser = (language: string) => ({ inOffice: false, displayLanguage: language });
    expect(paneLocale(browser("en-US"), "")).toBe("zh-CN");
    expect(paneLocale(browser("en-GB"), "?sample=1")).toBe("zh-CN");
    expect(paneLocale(browser("en-US"), "?lang=en-US")).toBe("en-US");
    expect(paneLocale(browser("en-US"), "?lang=zh-CN")).toBe("zh-CN");
    expect(paneLocale(browser("zh-CN"), "?lang=en-US")).toBe("en-US");
  });

  it("follows Office's display language inside Office, ?lang= still first", () => {
    const office = (language: string | null) => ({ inOffice: true, displayLanguage: language });
    expect(paneLocale(office("en-US"), "")).toBe("en-US");
    expect(paneLocale(office("zh-CN"), "")).toBe("zh-CN");
    expect(paneLocale(office(null), "")).toBe("zh-CN");
    expect(paneLocale(office("zh-CN"), "?lang=en-US")).toBe("en-US");
  });
});
