export declare const CHROMIUM_ARGS: readonly string[];
export declare function chromiumPath(): string;
export declare function appEnv(extra?: Record<string, string>): Record<string, string | undefined>;
