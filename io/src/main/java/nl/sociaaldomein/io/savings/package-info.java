/**
 * Savings plans in CSV: one row per measure or cost, with amounts that are exact, ranges or
 * {@code p.m.}, as municipalities keep them in spreadsheets. The format is documented with a
 * complete example in {@code docs/formats.md} ("Savings CSV").
 */
package nl.sociaaldomein.io.savings;
