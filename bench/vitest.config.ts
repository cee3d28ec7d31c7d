import { defineConfig } from 'vitest/config';

// The method tests time fake plugins against each other: run one file at a
// time, so two timed files never share the cores (on a 2-core machine they
// stretched each other's renderings and moved a known 1 : 2 ratio to 0.29).
export default defineConfig({ test: { fileParallelism: false } });
