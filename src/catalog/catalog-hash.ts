/**
 * An identity hash of a catalog (not an integrity check): two catalogs with the same data have the
 * same hash whatever the key order of their JSON, so a sheet's marker can say which catalog it came
 * from. Synchronous and dependency-free (the custom functions runtime has no sync crypto): 32-bit
 * FNV-1a over the UTF-16 code units of the canonical JSON, twice with two offset bases, 16 hex
 * digits. Texts are hashed as they are: an importer gives NFC text and one shape for absent fields.
 * Saved markers hold this value, so a test pins it.
 */
import type { Catalog } from "./types";

/** JSON with object keys sorted, undefined properties left out (as JSON.stringify does). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v ?? null)).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** 16 hex digits. */
export function catalogHash(catalog: Catalog): string {
  return hashOfCanonical(canonicalJson(catalog));
}

/** The hash of a catalog's canonical JSON, for a caller that needs that text anyway. */
export function hashOfCanonical(text: string): string {
  const hex = (n: number) => n.toString(16).padStart(8, "0");
  return hex(fnv1a(text, 0x811c9dc5)) + hex(fnv1a(text, 0x050c5d1f));
}
