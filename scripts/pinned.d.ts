export declare const OFFICE_ADDIN_DEBUGGING: string;
