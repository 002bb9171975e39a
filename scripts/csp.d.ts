export declare const OFFICE_JS: string;
export declare function inlineHashes(html: string, tag: "script" | "style"): string[];
export declare function taskpanePolicy(
  html: string,
  options?: { dev?: boolean; port?: number }
): string;
export declare function helpPolicy(html: string): string;
export declare function withCsp(html: string, policy: string): string;
