export declare function renderHelp(template: string, markdowns: string[]): Promise<string>;
export declare function buildHelp(root?: string): Promise<string>;
export declare function escapeHtml(text: string): string;
