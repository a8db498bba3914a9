/**
 * Reading and writing the values of sociaaldomein-core as JSON and CSV. Core stays free of IO;
 * everything that touches files, streams or serialisation libraries lives here.
 */
package nl.sociaaldomein.io;
