"use client";

// The interactive API reference: Swagger UI from the swagger-ui-dist package, bundled into
// the build (no CDN), reading the document the server generates from the route declarations.
// Swagger UI has no Indonesian: its region is marked English, the loading line is the page's.
import { useClientLocale } from "@/components/i18n/client-text";
import { useEffect, useRef } from "react";
import "swagger-ui-dist/swagger-ui.css";

export function ApiReference({ url, loadingLabel }: { url: string; loadingLabel: string }) {
  const locale = useClientLocale();
  const node = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let cancelled = false;
    void import("swagger-ui-dist/swagger-ui-bundle.js").then(({ default: SwaggerUIBundle }) => {
      if (!cancelled && node.current) SwaggerUIBundle({ domNode: node.current, url, deepLinking: true, docExpansion: "list", defaultModelsExpandDepth: 0 });
    });
    return () => {
      cancelled = true;
    };
  }, [url]);
  return (
    <div ref={node} lang="en" className="api-reference min-h-96">
      <p lang={locale} className="px-4 py-8 text-sm text-slate-600">
        {loadingLabel}
      </p>
    </div>
  );
}
