// `npm start`: the demo portal with the widget on a dev server at 127.0.0.1.
import { createServer } from 'vite';

const server = await createServer({
  configFile: new URL('../vite.config.ts', import.meta.url).pathname,
  server: { host: '127.0.0.1', port: Number(process.env.PORT ?? 5173), open: false },
});
await server.listen();
const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';
console.log(`\ncloudpc-unsubscribe demo portal: ${url}demo/\n(press Ctrl+C to stop)`);
