/**
 * How the user started the CLI, so hints name a command they can type again: an `npm run workbook`
 * user has no `iki-workbook` on the PATH. Pure: reads the environment, argv[1] and folder it is given.
 */
import * as path from "path";
import { PROGRAM } from "./teks";

/** The package name, as npm reports it for `npx .` run inside this project. */
const PAKET = "iki-dinsos-excel-addin";

/**
 * npm sets npm_command ("run", "exec") and npm_lifecycle_event (the script name, or "npx") for the
 * programs it starts; a global install or a plain `node` start sets neither.
 */
export function perintahDari(
  env: Record<string, string | undefined>,
  script: string | undefined,
  cwd: string
): string {
  const event = env.npm_lifecycle_event;
  if (env.npm_command === "exec" || event === "npx")
    return env.npm_package_name === PAKET ? "npx ." : `npx ${PROGRAM}`;
  if (event && /^run(-script)?$/.test(env.npm_command ?? "run")) return `npm run ${event} --`;
  if (script && path.basename(script) === "workbook.js") {
    const relative = path.relative(cwd, script);
    return `node ${relative.startsWith("..") || path.isAbsolute(relative) ? script : relative}`;
  }
  return PROGRAM;
}
