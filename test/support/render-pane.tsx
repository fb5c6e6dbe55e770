import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import type { Locale } from "../../src/core/i18n/messages";
import { LocaleContext } from "../../src/taskpane/use-text";

/** Renders a pane component as the add-in does: inside Fluent's provider, in the given language. */
export function renderPane(element: ReactElement, locale: Locale = "zh-CN") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <LocaleContext.Provider value={locale}>{element}</LocaleContext.Provider>
    </FluentProvider>
  );
}
