// The site as a plain portal serves it: the page, and the package's dist/ folder copied as it is
// (README, "Serving the files"). A real portal copies it with whatever deploys its static files.
import { cpSync, mkdirSync, rmSync } from 'node:fs';

rmSync('site', { recursive: true, force: true });
mkdirSync('site');
cpSync('index.html', 'site/index.html');
cpSync('node_modules/cloudpc-unsubscribe/dist', 'site/assets/cloudpc-unsubscribe', { recursive: true });
console.log('site/ is ready: serve it with any static file server');
