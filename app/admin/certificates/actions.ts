"use server";
// Server actions of the admins' certificates list: thin adapters over lib/certificates.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { deleteCertificate } from "@/lib/certificates/delete-certificate";
import { createCertificateByEmail } from "@/lib/certificates/issue-by-email";
import type { IssueCertificateForm } from "@/lib/certificates/schemas";
import { updateCertificate } from "@/lib/certificates/update-certificate";

type CertificateRef = { userId: number; certificateId: number };

export const issueCertificateAction = action(
  async (actor, values: IssueCertificateForm, { ip }) => {
    const certificate = await createCertificateByEmail(actor, values, { ip });
    revalidatePath("/admin/certificates");
    return certificate;
  },
  { auth: "required" },
);

export const setCertificateRevokedAction = action(
  async (actor, { userId, certificateId, revoked }: CertificateRef & { revoked: boolean }, { ip }) => {
    const certificate = await updateCertificate(actor, userId, certificateId, { revoked }, { ip });
    revalidatePath("/admin/certificates");
    return certificate;
  },
  { auth: "required" },
);

export const deleteCertificateAction = action(
  async (actor, { userId, certificateId }: CertificateRef, { ip }) => {
    await deleteCertificate(actor, userId, certificateId, { ip });
    revalidatePath("/admin/certificates");
    return null;
  },
  { auth: "required" },
);
