/**
 * Writing the synthetic client data of {@code nl.sociaaldomein.clients.generator} to the
 * project's client and payment CSV files, which core cannot do because it holds no IO.
 */
package nl.sociaaldomein.io.clients.generator;
