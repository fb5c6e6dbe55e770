/* global module, URL */
/**
 * The manifest for where the bank hosts the add-in: every address under ADDIN_URL, and ADDIN_URL's origin
 * as the AppDomain (a bare origin, which a plain replacement of "https://localhost:3000/" would miss).
 */
const DEV_ORIGIN = "https://localhost:3000";

function productionManifest(xml, addinUrl) {
  const base = addinUrl.endsWith("/") ? addinUrl : `${addinUrl}/`;
  const url = new URL(base);
  if (url.protocol !== "https:")
    throw new Error(
      `ADDIN_URL must be an https:// address (Office loads add-ins over HTTPS only): ${addinUrl}`
    );
  return xml.replaceAll(`${DEV_ORIGIN}/`, base).replaceAll(DEV_ORIGIN, url.origin);
}

module.exports = { productionManifest, DEV_ORIGIN };
