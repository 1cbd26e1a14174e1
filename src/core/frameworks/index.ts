/** One registry per framework the rules give fixes for (docs/rules.md §9), in detection tie-break order. */
import type { FixFramework } from './types.ts';
import { aspnetcore } from './aspnetcore.ts';
import { django } from './django.ts';
import { express } from './express.ts';
import { flask } from './flask.ts';
import { java } from './java.ts';
import { laravel } from './laravel.ts';
import { php } from './php.ts';
import { rails } from './rails.ts';
import { spring } from './spring.ts';
import type { FrameworkRegistry } from './types.ts';

export const REGISTRIES: Record<FixFramework, FrameworkRegistry> = { django, express, flask, rails, laravel, php, spring, java, aspnetcore };
