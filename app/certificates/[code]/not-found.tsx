import { ButtonLink } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { AlertIcon } from "@/components/ui/icons";
import { getT } from "@/lib/i18n/translator";

/** Verification of a code no certificate has: a clear "not found", never "valid". */
export default async function CertificateNotFound() {
  const t = await getT("Certificates");
  return (
    <Container size="narrow" className="py-16 sm:py-24">
      <EmptyState
        titleAs="h1"
        icon={<AlertIcon />}
        title={t("notFoundTitle")}
        description={t("notFoundText")}
        action={
          <ButtonLink href="/" variant="secondary">
            {t("notFoundAction")}
          </ButtonLink>
        }
      />
    </Container>
  );
}
