/** What the pane needs to know about its host before it renders. Office.js stays in this folder. */
export type HostInfo = { inOffice: boolean; displayLanguage: string | null; dark: boolean };

function isDark(hex: string | undefined): boolean {
  if (!hex || !/^#?[0-9a-f]{6}$/i.test(hex)) return false;
  const value = parseInt(hex.replace("#", ""), 16);
  const luminance =
    0.299 * ((value >> 16) & 255) + 0.587 * ((value >> 8) & 255) + 0.114 * (value & 255);
  return luminance < 128;
}

/** Resolves once Office is ready, or at once (not in Office) when office.js did not load: a plain browser. */
export async function detectHost(): Promise<HostInfo> {
  const browserLanguage = typeof navigator !== "undefined" ? navigator.language : null;
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    return { inOffice: false, displayLanguage: browserLanguage, dark: false };
  }
  const info = await Office.onReady();
  if (!info.host) return { inOffice: false, displayLanguage: browserLanguage, dark: false };
  const theme = Office.context.officeTheme;
  return {
    inOffice: true,
    displayLanguage: Office.context.displayLanguage,
    dark: isDark(theme?.bodyBackgroundColor),
  };
}
