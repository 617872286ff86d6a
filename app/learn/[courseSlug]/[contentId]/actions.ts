"use server";
// The reader's "Mark as complete" and quiz attempts: thin adapters over lib/learning. The page
// refreshes itself afterwards (router.refresh) for the ticks and the progress.
import { z } from "zod";
import { action } from "@/lib/action";
import { ZPathId } from "@/lib/api/contract-schemas";
import { parseInput } from "@/lib/errors";
import { completeContent } from "@/lib/learning/complete-content";

const ZContentRef = z.object({ courseId: ZPathId("courseId"), moduleId: ZPathId("moduleId"), contentId: ZPathId("contentId") });

export type CompleteContentRequest = { ref: z.input<typeof ZContentRef>; input: unknown };

export const completeContentAction = action(async (actor, { ref, input }: CompleteContentRequest) => completeContent(actor, parseInput(ZContentRef, ref), input), { auth: "required" });
