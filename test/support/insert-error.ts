/** The InsertError a port call rejects with; the test fails when it resolves or throws anything else. */
import { InsertError } from "../../src/workbook/port";

export async function insertError(promise: Promise<unknown>): Promise<InsertError> {
  try {
    await promise;
  } catch (e) {
    expect(e).toBeInstanceOf(InsertError);
    return e as InsertError;
  }
  throw new Error("expected an InsertError");
}
