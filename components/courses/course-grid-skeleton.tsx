import { LoadingState, Skeleton } from "@/components/ui/skeleton";

/** Placeholder cards with the grid's shape while courses load. */
export function CourseGridSkeleton({ count = 6 }: { count?: number }) {
  return (
    <LoadingState label="Loading courses…">
      <Skeleton className="mb-5 h-5 w-28" />
      <div className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
        {Array.from({ length: count }, (_, index) => (
          <div key={index} className="overflow-hidden rounded-xl border border-slate-200 bg-white">
            <Skeleton className="aspect-[5/2] sm:aspect-[2/1] rounded-none" />
            <div className="space-y-3 p-5">
              <Skeleton className="h-5 w-4/5" />
              <Skeleton className="h-4 w-full" />
              <Skeleton className="h-4 w-2/3" />
              <div className="flex items-center gap-2 pt-2">
                <Skeleton className="size-7 rounded-full" />
                <Skeleton className="h-4 w-28" />
              </div>
            </div>
          </div>
        ))}
      </div>
    </LoadingState>
  );
}
