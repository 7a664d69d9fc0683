/**
 * The OpenAPI 3.1 document of the REST contract that `createHttpAdapter` speaks and the reference
 * back end implements. `npm run build` writes it to `dist/openapi.json`.
 */
import pkg from '../../package.json' with { type: 'json' };
import { buildComponentSchemas } from './components.js';
import { buildPaths } from './paths.js';
import { buildErrorResponses, buildHeaders } from './responses.js';

export function buildOpenApi(): object {
  const schemas = buildComponentSchemas();
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    info: {
      title: 'cloudpc-unsubscribe back end',
      version: pkg.version,
      description:
        'The REST contract between the <cloudpc-unsubscribe> widget (its HTTP adapter) and an operator back end. ' +
        'JSON bodies; money in integer minor units; date-times with an offset; errors as application/problem+json (RFC 9457) ' +
        'with a `code` the widget turns into a message. Generated from the zod schemas the widget validates with; ' +
        "rules JSON Schema cannot express are stated in the schemas' descriptions. " +
        'Every input string and list has a size limit (`maxLength`, `maxItems`); string lengths are counted in UTF-16 code units, ' +
        'as JavaScript counts them, and a value over a limit is 422 invalid-input. ' +
        'Check a back end with `npx cloudpc-unsubscribe-check <base-url>`.',
      license: { name: pkg.license, identifier: pkg.license },
    },
    servers: [{ url: '/api', description: 'The reference back end (demo/server); an operator uses its own base URL.' }],
    security: [{ session: [] }],
    paths: buildPaths(schemas),
    components: {
      schemas,
      responses: buildErrorResponses(),
      headers: buildHeaders(),
      securitySchemes: {
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'cpu_visitor',
          description:
            'How the reference back end knows the subscriber. An operator back end uses its own session (a cookie sent with ' +
            '`credentials`, or a header given to createHttpAdapter); the widget itself never handles it.',
        },
      },
    },
  };
}
