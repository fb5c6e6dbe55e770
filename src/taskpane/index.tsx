// First: what EdgeHTML 18 lacks (Office without WebView2), defined before any module below is evaluated.
import "../polyfills/edge18";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import sampleTemplate from "../../assets/samples/ops-2025.template.json";
import { formatMessage } from "../core/i18n/messages";
import { setFunctionLocale } from "../functions/function-locale";
import { detectHost } from "../workbook/office/office-host";
import { App } from "./App";
import { StandaloneHost } from "./host/standalone-host";
import { paneLocale } from "./pane-locale";
import type { TemplateDraft } from "./template-source";
import { LocaleContext } from "./use-text";

declare global {
  interface Window {
    /** Read by the fallback in taskpane.html: the bundle ran here, so the pane is not left blank by it. */
    __bankAssessStarted?: boolean;
  }
}

// First of all (the imports above are evaluated before it): this webview parsed and ran the bundle.
window.__bankAssessStarted = true;

async function start() {
  const info = await detectHost();
  // ?lang=en-US overrides; else Office's display language, or zh-CN on the standalone page.
  const locale = paneLocale(info, location.search);
  // Shared runtime: the custom functions live in this page too and speak the same language.
  setFunctionLocale(locale);
  document.documentElement.lang = locale;
  const root = createRoot(document.getElementById("root") as HTMLElement);
  // The Office adapter is its own chunk: a browser with a file never loads it.
  const office = info.inOffice ? await import("../workbook/office/office-pane-host") : null;
  if (office && !office.excelApiSupported()) {
    root.render(
      <p role="alert">
        {formatMessage(locale, "ui.error.excelTooOld", { version: office.REQUIRED_EXCEL_API })}
      </p>
    );
    return;
  }
  const host = office ? new office.OfficePaneHost() : new StandaloneHost();
  root.render(
    <FluentProvider theme={info.dark ? webDarkTheme : webLightTheme}>
      <LocaleContext.Provider value={locale}>
        <App host={host} sample={sampleTemplate as TemplateDraft} />
      </LocaleContext.Provider>
    </FluentProvider>
  );
}

void start();
