import Link from "next/link";
import { Button, ButtonLink } from "@/components/ui/button";
import { getT } from "@/lib/i18n/translator";
import { DesignSection, Row } from "./section";

export async function ButtonsSection() {
  const t = await getT("Design");
  return (
    <>
      <DesignSection id="buttons" title={t("buttons")} text={t("buttonsText")}>
        <Row>
          <Button>{t("primary")}</Button>
          <Button variant="secondary">{t("secondary")}</Button>
          <Button variant="danger">{t("danger")}</Button>
          <Button variant="ghost">{t("ghost")}</Button>
          <Button variant="link">{t("link")}</Button>
        </Row>
        <Row>
          <Button size="sm">{t("primary")}</Button>
          <Button size="lg">{t("primary")}</Button>
          <Button pending>{t("saving")}</Button>
          <Button variant="secondary" disabled>
            {t("disabled")}
          </Button>
          <ButtonLink href="/courses" variant="secondary">
            {t("buttonLink")}
          </ButtonLink>
        </Row>
      </DesignSection>
      <DesignSection id="links" title={t("links")}>
        <p className="max-w-2xl text-slate-700">
          {t.rich("linkSentence", {
            link: (chunks) => (
              <Link href="/courses" className="text-link">
                {chunks}
              </Link>
            ),
          })}
        </p>
      </DesignSection>
    </>
  );
}
