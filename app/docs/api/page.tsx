import type { Metadata } from "next";
import Link from "next/link";
import { ApiReference } from "@/components/docs/api-reference";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = {
  title: "API reference",
  description: "The Lumen REST API: every /api/v1 endpoint with its parameters, bodies, answers and errors.",
};

const OPENAPI_URL = "/api/v1/openapi.json";

export default function ApiDocsPage() {
  return (
    <Container size="wide" className="py-10 sm:py-14">
      <PageHeader
        title="API reference"
        description={
          <>
            Everything the web app does is also available over REST under <code className="font-mono text-sm">/api/v1</code>. Sign in with{" "}
            <code className="font-mono text-sm">POST /api/v1/auth/login</code> and send the access token as a bearer token. The machine-readable
            document is at{" "}
            <Link href={OPENAPI_URL} className="text-link">
              {OPENAPI_URL}
            </Link>
            .
          </>
        }
      />
      <div className="mt-8 overflow-hidden rounded-2xl border border-slate-200 bg-white">
        <ApiReference url={OPENAPI_URL} />
      </div>
    </Container>
  );
}
