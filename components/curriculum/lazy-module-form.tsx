"use client";
// The module form with react-hook-form (≈ 14 KB gzip) loads apart from the outline: the
// outline and its moves work before it arrives, and editing a module needs it only on demand.
import { type ComponentProps, lazy, Suspense } from "react";
import { Skeleton } from "@/components/ui/skeleton";

const ModuleForm = lazy(() => import("./module-form").then((module) => ({ default: module.ModuleForm })));

export function LazyModuleForm(props: ComponentProps<typeof ModuleForm>) {
  return (
    <Suspense fallback={<Skeleton className="h-44" />}>
      <ModuleForm {...props} />
    </Suspense>
  );
}
