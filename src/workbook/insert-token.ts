/**
 * The mark of one insert: a random token written as a worksheet custom property right after each
 * `add`, as the sheet's first action. A failed batch returns no ids, so the clean-up recognises the
 * sheets of that batch by this token, never by name alone: a sheet a co-author made under one of our
 * planned names in the meantime does not carry it and is left alone.
 */
export const INSERT_TOKEN_KEY = "IKI-DINSOS-SISIPAN";

/** 16 random bytes as hex; crypto.getRandomValues exists in every Office webview and in Node 20. */
export function newInsertToken(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
