import { callIki, IkiError, PESAN_TAK_TERDUGA } from "../../src/capaian";

describe("callIki", () => {
  test("a result, an IkiError among them, is passed on as it is", () => {
    const error = new IkiError("#DIV/0!", "penyebut 0");
    expect(callIki(() => 42)).toBe(42);
    expect(callIki(() => error)).toBe(error);
  });

  test("a throw becomes #VALUE! with the one unexpected-error message", () => {
    const result = callIki(() => {
      throw new Error("boom");
    });
    expect(result).toEqual(new IkiError("#VALUE!", PESAN_TAK_TERDUGA));
  });
});
