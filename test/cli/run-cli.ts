/** The CLI run as a test sees it: in a folder, on 15 January 2026, output collected, as the installed bin. */
import { main, type Surroundings } from "../../src/cli/main";

export async function runCli(dir: string, sekitar: Partial<Surroundings>, argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    argv,
    { out: (t) => out.push(t), err: (t) => err.push(t) },
    new Date(2026, 0, 15),
    dir,
    { env: {}, script: undefined, ...sekitar }
  );
  return { code, out: out.join("\n"), err: err.join("\n") };
}
