/**
 * Budget statements in CSV (as people paste a published table) and JSON. The CSV format is
 * documented with a complete example in {@code docs/formats.md}.
 */
package nl.sociaaldomein.io.statement;
