// A server component: the page around the widget renders on the server as usual; the widget
// itself renders in the browser (see unsubscribe-on-client.tsx).
import { UnsubscribeOnClient } from './unsubscribe-on-client';

export default function Page() {
  return (
    <main>
      <h1>Your cloud PC</h1>
      <UnsubscribeOnClient />
    </main>
  );
}
