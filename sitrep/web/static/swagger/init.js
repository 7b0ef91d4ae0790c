/* sitrep: start Swagger UI on the API's own OpenAPI document (no inline script: the page runs
 * under the server's Content-Security-Policy). No validator badge: it would call another host. */
(function () {
  'use strict';
  var el = document.getElementById('swagger-ui');
  window.ui = SwaggerUIBundle({
    url: el.getAttribute('data-spec') || '/openapi.json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout'
  });
})();
