/**
 * Client and payment files in, results out: {@link nl.sociaaldomein.io.clients.ClientDataReader}
 * streams the CSV extracts row by row, validates every field, pseudonymises the BSN at once and
 * reports every rejected row in a {@link nl.sociaaldomein.io.ReadReport};
 * {@link nl.sociaaldomein.io.clients.ClientResultsJson} writes aggregation results, stacking,
 * provider concentration and read reports as JSON.
 *
 * <p>A BSN never leaves the reader: not in a problem, a message, an exception or a
 * {@code toString}. Bad values of other columns are quoted in problems only when they hold
 * fewer than seven digits, so that a BSN in the wrong column is not shown either. See
 * {@code docs/client-data.md}.
 */
package nl.sociaaldomein.io.clients;
