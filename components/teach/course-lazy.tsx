"use client";
// The details page's side cards (cover, status moves, deleting, reassigning) in chunks of
// their own: the server renders them as usual, and their code loads beside the page's rather
// than in it, so the details form, the reason for the page, is ready first. Each keeps its
// server-rendered markup until its code has arrived (a Suspense boundary during hydration).
import { type ComponentProps, lazy, Suspense } from "react";

const Cover = lazy(() => import("./course-cover-form").then((module) => ({ default: module.CourseCoverForm })));
const Status = lazy(() => import("./course-status-actions").then((module) => ({ default: module.CourseStatusActions })));
const Delete = lazy(() => import("./course-status-actions").then((module) => ({ default: module.CourseDeleteAction })));
const Reassign = lazy(() => import("./course-reassign-form").then((module) => ({ default: module.CourseReassignForm })));

export const CourseCoverForm = (props: ComponentProps<typeof Cover>) => (
  <Suspense>
    <Cover {...props} />
  </Suspense>
);
export const CourseStatusActions = (props: ComponentProps<typeof Status>) => (
  <Suspense>
    <Status {...props} />
  </Suspense>
);
export const CourseDeleteAction = (props: ComponentProps<typeof Delete>) => (
  <Suspense>
    <Delete {...props} />
  </Suspense>
);
export const CourseReassignForm = (props: ComponentProps<typeof Reassign>) => (
  <Suspense>
    <Reassign {...props} />
  </Suspense>
);
