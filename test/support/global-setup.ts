/**
 * Before every jest run: the system programs the tests need are installed where that can be done
 * (root with apt-get), otherwise one line says which tests are skipped and how to install what
 * they need; in CI a missing program fails the run here, before any test starts.
 */
import { prepare } from "../../scripts/system-deps";

export default function globalSetup(): void {
  const decision = prepare();
  if (decision.action === "fail") throw new Error(decision.message);
}
