// swagger-ui-dist ships no types; the docs page uses only its bundle's constructor.
declare module "swagger-ui-dist/swagger-ui-bundle.js" {
  type SwaggerUIOptions = { domNode: HTMLElement; url: string; deepLinking?: boolean; tryItOutEnabled?: boolean; defaultModelsExpandDepth?: number; docExpansion?: "list" | "full" | "none" };
  const SwaggerUIBundle: (options: SwaggerUIOptions) => unknown;
  export default SwaggerUIBundle;
}
