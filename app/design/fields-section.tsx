import { CheckboxField, CheckboxGroup, RadioGroup } from "@/components/forms/choice-fields";
import { FileField } from "@/components/forms/file-field";
import { MarkdownEditor } from "@/components/forms/markdown-editor";
import { SelectField } from "@/components/forms/select-field";
import { DateTimeField, TextareaField, TextField } from "@/components/forms/text-field";
import { getT } from "@/lib/i18n/translator";
import { DesignSection } from "./section";

export async function FieldsSection() {
  const [t, ui] = await Promise.all([getT("Design"), getT("UI")]);
  return (
    <DesignSection id="fields" title={t("fields")} text={t("fieldsText")}>
      {/* Fields only: the demo form has nothing to submit to. */}
      <form className="grid max-w-3xl gap-6 sm:grid-cols-2" noValidate>
        <TextField name="fullName" label={t("fullName")} hint={t("fullNameHint")} autoComplete="name" defaultValue="Sari Wulandari" />
        <TextField name="email" type="email" label={t("email")} error={t("emailError")} defaultValue="sari@" />
        <TextField name="q" type="search" label={t("search")} hideLabel placeholder={t("searchPlaceholder")} />
        <SelectField
          name="category"
          label={t("category")}
          emptyOption={t("chooseCategory")}
          options={[
            { value: "design", label: t("categoryDesign") },
            { value: "programming", label: t("categoryProgramming") },
            { value: "business", label: t("categoryBusiness") },
          ]}
        />
        <TextareaField name="summary" label={t("summary")} hint={t("summaryHint")} rows={3} className="sm:col-span-2" />
        <DateTimeField name="releaseAt" label={t("releaseDate")} hint={t("releaseDateHint")} defaultValue="2026-03-12T09:30" />
        <CheckboxField name="published" label={t("published")} hint={t("publishedHint")} defaultChecked className="self-center" />
        <CheckboxGroup
          name="notify"
          label={t("notify")}
          defaultValue={["comments", "grades"]}
          choices={[
            { value: "comments", label: t("notifyComments") },
            { value: "grades", label: t("notifyGrades") },
            { value: "news", label: t("notifyNews") },
          ]}
        />
        <RadioGroup
          name="level"
          label={t("level")}
          look="cards"
          defaultValue="basic"
          choices={[
            { value: "basic", label: t("levelBasic"), hint: t("levelBasicHint") },
            { value: "premium", label: t("levelPremium"), hint: t("levelPremiumHint") },
          ]}
        />
        <FileField
          name="cover"
          label={t("cover")}
          hint={t("coverHint")}
          accept="image/png,image/jpeg"
          chooseLabel={ui("chooseFile")}
          noFileLabel={ui("noFile")}
          previewAlt={t("coverAlt")}
          progress={0.4}
          progressLabel={ui("uploading")}
          className="sm:col-span-2"
        />
        <MarkdownEditor
          name="description"
          label={t("descriptionField")}
          hint={t("descriptionHint")}
          defaultValue={t("descriptionSample")}
          rows={6}
          writeLabel={ui("write")}
          previewLabel={ui("preview")}
          emptyPreview={ui("emptyPreview")}
          className="sm:col-span-2"
        />
      </form>
    </DesignSection>
  );
}
