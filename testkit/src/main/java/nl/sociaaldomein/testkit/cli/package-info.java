/**
 * The testkit from the command line: {@code java -jar sociaaldomein-testkit-<version>-cli.jar
 * conformance <case> <file>}.
 */
package nl.sociaaldomein.testkit.cli;
