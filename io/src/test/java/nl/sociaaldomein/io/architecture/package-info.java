/** Layering rules that need core and io on one class path. */
package nl.sociaaldomein.io.architecture;
