/**
 * What every CSV reader of this library shares: the two dialects people paste tables in, and
 * the exception that names the file, line, column and bad text.
 */
package nl.sociaaldomein.io.csv;
