export declare const LIB_MODULES_WITH_SIDE_EFFECTS: string[];
export declare function hasSideEffects(id: string): boolean;
