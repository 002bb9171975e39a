export declare const DEV_HOST: string;
export declare const OFFICE_HOSTS: string[];
export declare function isOfficeOrigin(origin: string): boolean;
export declare function corsHeaders(origin: string | undefined): Record<string, string>;
