import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { resolveLocale } from "../core/i18n/messages";
import { setFunctionLocale } from "../functions/function-locale";
import { detectHost } from "../workbook/office/office-host";
import { App } from "./App";
import { LocaleContext } from "./use-text";

async function start() {
  const host = await detectHost();
  const locale = resolveLocale(host.displayLanguage);
  // Shared runtime: the custom functions live in this page too and speak the same language.
  setFunctionLocale(locale);
  document.documentElement.lang = locale;
  createRoot(document.getElementById("root") as HTMLElement).render(
    <FluentProvider theme={host.dark ? webDarkTheme : webLightTheme}>
      <LocaleContext.Provider value={locale}>
        <App />
      </LocaleContext.Provider>
    </FluentProvider>
  );
}

void start();
