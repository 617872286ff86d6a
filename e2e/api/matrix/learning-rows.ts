// Completing a content and reading one's own progress: only a student whose enrolment is paid
// records anything; the course's teacher and admins preview (403), other members are locked
// out of the content (403).
import type { Row, World } from "./types";

const lessonPath = (world: World, tail: string) =>
  `/api/v1/courses/${world.publishedCourseId}/modules/${world.publishedModuleId}/contents/${world.publishedLessonId}/${tail}`;

const studentsOnly = { anonymous: 401, student: 200, otherStudent: 403, teacher: 403, otherTeacher: 403, admin: 403 };

export const learningRows: Row[] = [
  {
    op: "POST /courses/{courseId}/modules/{moduleId}/contents/{contentId}/complete",
    call: (world) => ({ path: lessonPath(world, "complete"), data: {} }),
    expect: studentsOnly,
  },
  {
    op: "GET /courses/{courseId}/modules/{moduleId}/contents/{contentId}/progress",
    call: (world) => ({ path: lessonPath(world, "progress") }),
    expect: studentsOnly,
  },
];
