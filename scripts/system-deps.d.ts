export type ProgramId = "chromium" | "soffice" | "xmllint" | "pdftotext";
export interface Program {
  id: ProgramId;
  env: string;
  names: string[];
  apt: string;
}
export interface Found {
  id: ProgramId;
  path: string | undefined;
  overridden: boolean;
}
export type Env = Record<string, string | undefined>;
export type Decision =
  | { action: "ready"; missing: [] }
  | { action: "install"; packages: string[]; missing: ProgramId[] }
  | { action: "skip" | "fail"; missing: ProgramId[]; message: string };
export interface Ran {
  status: number | null;
  stderr?: unknown;
  error?: unknown;
}
export declare const PROGRAMS: Program[];
export declare function isExecutable(file: string): boolean;
export declare function locate(id: ProgramId, env?: Env, exists?: (file: string) => boolean): Found;
export declare function decide(
  found: Found[],
  options: { ci: boolean; canInstall: boolean; env?: Env }
): Decision;
export declare function installCommand(packages: string[]): string;
export declare function prepare(options?: {
  env?: Env;
  exists?: (file: string) => boolean;
  run?: (command: string, args: string[], options: object) => Ran;
  log?: (line: string) => void;
  canInstall?: boolean;
  memo?: InstallMemo;
}): Decision;
/** When an install last failed (outside CI it is tried once a day). */
export interface InstallMemo {
  failedRecently(): boolean;
  rememberFailure(): void;
}
export declare function fileMemo(file?: string, now?: () => number): InstallMemo;
