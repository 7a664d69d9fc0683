// The package's public repository, written once: package.json's repository, homepage and bugs,
// and the README's links to files that are not in the package, all point at it
// (scripts/check-pack.mjs and test/docs/readme.test.mjs hold them to it).
export const REPOSITORY_URL = 'https://github.com/cloudpc-unsubscribe/cloudpc-unsubscribe';

/** A file or folder of the repository on its default branch, as a link the registry page can follow. */
export function repositoryLink(path) {
  return `${REPOSITORY_URL}/blob/main/${path}`;
}
