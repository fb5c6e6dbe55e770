/* eslint-disable no-undef */
/* global module */
/**
 * Builds the zh-CN custom-functions metadata from the generated (English) functions.json and the one
 * translation table (src/functions/translations.zh-CN.json): same ids and names — Excel's function names stay
 * English in Chinese Excel — with Chinese descriptions and parameter help. Returns what lacks a translation.
 */
function localizeMetadata(metadata, table) {
  const missing = [];
  const functions = metadata.functions.map((fn) => {
    const entry = table[fn.id];
    if (!entry || !entry.description) {
      missing.push(fn.id);
      return fn;
    }
    const parameters = (fn.parameters || []).map((parameter) => {
      const text = entry.parameters && entry.parameters[parameter.name];
      if (!text) missing.push(`${fn.id}(${parameter.name})`);
      return { ...parameter, description: text || parameter.description };
    });
    return { ...fn, description: entry.description, parameters };
  });
  const known = new Set(metadata.functions.map((fn) => fn.id));
  const stale = Object.keys(table).filter((id) => !known.has(id));
  return { metadata: { ...metadata, functions }, missing, stale };
}

module.exports = { localizeMetadata };
