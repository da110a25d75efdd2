// The Handlebars runtime ships without usable types; this is the part Relance uses.
declare module 'handlebars/runtime' {
  type TemplateDelegate = (context: unknown, options?: { data?: unknown }) => string;
  type Environment = { template(spec: unknown): TemplateDelegate };
  const runtime: Environment & { create(): Environment };
  export default runtime;
}
