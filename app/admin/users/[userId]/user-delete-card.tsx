// Deleting the account. A teacher who owns courses is told so, with the courses, and offered
// to hand them all to another teacher here; the domain refuses the delete until then.
import { DeleteUser, ReassignCourses } from "@/components/admin/delete-user";
import { ScopedText } from "@/components/i18n/scoped-text";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { getT } from "@/lib/i18n/translator";
import type { getAdminUserProfile } from "@/lib/users/admin-profile";
import { deleteUserAction, reassignCoursesAction } from "../actions";

type Profile = Awaited<ReturnType<typeof getAdminUserProfile>>;

export async function UserDeleteCard({ profile: { user, ownedCourses, successors } }: { profile: Profile }) {
  const t = await getT("AdminUsers");
  const owns = ownedCourses.length > 0;
  return (
    <Card className="border-red-200">
      <CardHeader title={t("deleteTitle")} description={owns ? t("deleteOwnsCourses", { count: ownedCourses.length }) : t("deleteDescription")} />
      <CardBody className="space-y-5">
        <ScopedText namespaces={["AdminUsersForms"]}>
          {owns && (
            <section aria-labelledby="owned-courses" className="space-y-3">
              <h3 id="owned-courses" className="text-sm font-semibold text-slate-900">
                {t("ownedCoursesTitle")}
              </h3>
              <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
                {ownedCourses.map((course) => (
                  <li key={course.id}>{course.title}</li>
                ))}
              </ul>
              {successors.length ? (
                <ReassignCourses userId={user.id} successors={successors.map((s) => ({ value: String(s.id), label: `${s.fullName} (${s.email})` }))} reassign={reassignCoursesAction} />
              ) : (
                <p className="text-sm text-slate-600">{t("noSuccessors")}</p>
              )}
            </section>
          )}
          <DeleteUser user={user} remove={deleteUserAction} />
        </ScopedText>
      </CardBody>
    </Card>
  );
}
