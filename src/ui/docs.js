/**
 * The API reference at /docs: Swagger UI, served from this worker's own static assets (pinned
 * from npm at build time), reading /openapi.json. Nothing is loaded from another origin.
 */
;(() => {
  window.SwaggerUIBundle({
    url: '/openapi.json',
    dom_id: '#reference',
    deepLinking: true,
    // No badge from the public validator: it would call another origin.
    validatorUrl: null,
    // The reference describes; requests are made with curl or a client, not from this page.
    supportedSubmitMethods: [],
  })
})()
