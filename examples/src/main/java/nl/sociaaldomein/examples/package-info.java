/**
 * Runnable demos on figures transcribed from real municipal documents (the seeds). They show
 * the library end to end and double as a smoke test of the public API.
 */
package nl.sociaaldomein.examples;
