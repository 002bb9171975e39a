/** Excel's error code of a failed request, for the messages (Bahasa Indonesia) that name it. */
export function errorCode(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" && code !== "" ? code : "tidak diketahui";
}
