"use server";
// The reader's "Mark as complete" and quiz attempts: thin adapters over lib/learning. The page
// refreshes itself afterwards (router.refresh) for the ticks and the progress.
import { z } from "zod";
import { action } from "@/lib/action";
import { ZPositiveId } from "@/lib/courses/schemas";
import { parseInput } from "@/lib/errors";
import { completeContent } from "@/lib/learning/complete-content";

const ZContentRef = z.object({ courseId: ZPositiveId(), moduleId: ZPositiveId(), contentId: ZPositiveId() });

export type CompleteContentRequest = { ref: z.input<typeof ZContentRef>; input: unknown };

export const completeContentAction = action(async (actor, { ref, input }: CompleteContentRequest) => completeContent(actor, parseInput(ZContentRef, ref), input), { auth: "required" });
