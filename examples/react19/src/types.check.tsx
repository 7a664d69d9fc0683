/** What React 19's typings refuse (compiled by `tsc --noEmit`, never bundled). */
import type { ReactElement } from 'react';
import type {} from 'cloudpc-unsubscribe/react';

// @ts-expect-error -- an adapter is an object, not a string
export const adapterAsText: ReactElement = <cloudpc-unsubscribe adapter="http" />;

export const badDetail: ReactElement = (
  <cloudpc-unsubscribe
    oncloudpc-complete={(event) => {
      // @ts-expect-error -- a request completes as `completed` or `rejected`, never `processing`
      return event.detail.status === 'processing';
    }}
  />
);
