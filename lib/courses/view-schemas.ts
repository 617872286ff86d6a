// Courses as the API shows them, for the OpenAPI document and answer checks in tests.
import { z } from "zod";
import { ZTimestamp } from "@/lib/api/contract-schemas";
import { contentTypeLabels, courseStatusLabels } from "@/lib/shared/labels";

const labelsOf = (labels: string[]) => z.enum(labels as [string, ...string[]]);

const ZCourseTeacher = z.object({ id: z.number().int(), fullName: z.string(), username: z.string(), avatarUrl: z.string().nullable() });
const ZCourseCategory = z.object({ id: z.number().int(), name: z.string(), slug: z.string() });

export const ZCourseSummary = z
  .object({
    id: z.number().int(),
    title: z.string(),
    slug: z.string(),
    description: z.string().meta({ description: "Markdown" }),
    priceIDR: z.number().int().meta({ description: "Whole rupiah; 0 = free" }),
    isFree: z.boolean(),
    status: labelsOf(courseStatusLabels.labels),
    releaseDate: ZTimestamp.nullable(),
    coverImageUrl: z.string().nullable().meta({ description: "The widest stored size of the cover, or an external image" }),
    coverImageVariants: z
      .array(z.object({ width: z.number().int(), url: z.string() }))
      .meta({ description: "The stored sizes of an uploaded cover (WebP, 2:1), narrowest first, for srcset; empty without one" }),
    category: ZCourseCategory.nullable(),
    teacher: ZCourseTeacher,
    modulesCount: z.number().int(),
    studentsCount: z.number().int(),
    createdAt: ZTimestamp,
    updatedAt: ZTimestamp,
  })
  .meta({ id: "CourseSummary" });

const ZOutlineContent = z.object({ id: z.number().int(), title: z.string(), type: labelsOf(contentTypeLabels.labels), position: z.number().int() });
const ZOutlineModule = z.object({
  id: z.number().int(),
  title: z.string(),
  description: z.string(),
  position: z.number().int(),
  contents: z.array(ZOutlineContent),
});

export const ZCourseDetail = ZCourseSummary.extend({ contentsCount: z.number().int(), modules: z.array(ZOutlineModule) }).meta({ id: "CourseDetail" });
