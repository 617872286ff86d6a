// What the benchmark's signed-in rows need: the demo student's web session (NextAuth's
// credentials sign-in, as its client script does it: CSRF token, then the callback) and a
// lesson of a course they study (the first module's first content of their first enrolment).

const cookiesOf = (response: Response) => response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!);

export async function studentSessionCookie(url: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${url}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const response = await fetch(`${url}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, identifier: email, password, json: "true" }),
    redirect: "manual",
  });
  const session = cookiesOf(response).find((cookie) => cookie.includes("session-token="));
  if (!session) throw new Error(`web sign-in failed: ${response.status}`);
  return session;
}

type Enrolment = { courseId: number };
type Modules = { modules: { id: number; contents: { id: number; type: string }[] }[] };

export async function studiedLesson(url: string, token: string) {
  const auth = { authorization: `Bearer ${token}` };
  const me = (await (await fetch(`${url}/api/v1/users/me`, { headers: auth })).json()) as { data: { user: { id: number } } };
  const enrolments = (await (await fetch(`${url}/api/v1/users/${me.data.user.id}/enrollments?status=In%20Progress`, { headers: auth })).json()) as {
    data: { enrollments: Enrolment[] };
  };
  const courseId = enrolments.data.enrollments[0]?.courseId;
  if (!courseId) throw new Error("the demo student studies no course");
  const course = (await (await fetch(`${url}/api/v1/courses/${courseId}`)).json()) as { data: { course: { slug: string } } };
  const outline = (await (await fetch(`${url}/api/v1/courses/${courseId}/modules`, { headers: auth })).json()) as { data: Modules };
  for (const part of outline.data.modules) {
    const lesson = part.contents.find((content) => content.type === "Lesson");
    if (lesson) return { courseId, slug: course.data.course.slug, moduleId: part.id, contentId: lesson.id };
  }
  throw new Error("the demo student's course has no lesson");
}
