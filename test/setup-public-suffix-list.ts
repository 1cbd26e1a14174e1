// Tests see exact registrable domains, as the CLI and the service worker do.
import '../src/core/public-suffix-list.ts';
