// What a portal's own code does with the package: import it, and its bundler does the rest.
import 'cloudpc-unsubscribe';
