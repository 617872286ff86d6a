// The reader's content types, one per kind (lib/contents/views.ts shapes them).
import type { FullContentView } from "@/lib/contents/views";

export type ContentOf<T extends FullContentView["type"]> = Extract<FullContentView, { type: T }>;
