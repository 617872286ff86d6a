// The role and member-level choices of the user forms, in the page's language, valued by the
// API's labels ("Teacher", "Premium").
import type { Option } from "@/components/forms/select-field";
import { getT } from "@/lib/i18n/translator";
import { memberLevelLabels, roleLabels } from "@/lib/shared/labels";

export async function userChoices(): Promise<{ roles: Option[]; levels: Option[] }> {
  const t = await getT("AdminUsers");
  return {
    roles: roleLabels.labels.map((role) => ({ value: role, label: t("roleOption", { role }) })),
    levels: memberLevelLabels.labels.map((level) => ({ value: level, label: t("levelOption", { level }) })),
  };
}
