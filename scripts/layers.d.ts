export interface Layer {
  /** Other folders of src/ this one may import. */
  layers: string[];
  /** Packages (and Node built-ins) it may import. */
  packages: string[];
}
export declare const layers: Record<string, Layer>;
export declare const narrow: { from: string; to: string; modules: string[]; except: string[] }[];
export declare const exceptions: { file: string; to: string }[];
