/**
 * The mark of one insert: a random token. Each new sheet is added under a temporary name made from
 * it (no one else can have that name), gets the token as a custom property, its contents, its
 * marker, and only then its final name. A failed batch returns no ids, so the clean-up recognises
 * the sheets of that batch by temporary name, or under the final name by the token, never by name
 * alone: a sheet a co-author made under one of our planned names does not carry it.
 */
export const INSERT_TOKEN_KEY = "IKI-DINSOS-SISIPAN";

/**
 * 16 random bytes as hex. It needs to be unique, not secret: where a webview lacks
 * crypto.getRandomValues, Math.random is enough.
 */
export function newInsertToken(): string {
  const bytes = new Uint8Array(16);
  if (typeof globalThis.crypto?.getRandomValues === "function")
    globalThis.crypto.getRandomValues(bytes);
  else bytes.forEach((_, i) => (bytes[i] = Math.floor(Math.random() * 256)));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** "IKI~" + 20 hex digits of the token + "~" + the sheet's index: at most 31 characters, valid. */
export function temporaryName(token: string, index: number): string {
  return `IKI~${token.slice(0, 20)}~${index}`;
}
