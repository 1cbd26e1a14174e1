// Tests see exact registrable domains, as the CLI and the service worker do.
import '../src/core/cookie/public-suffix-list.ts';
