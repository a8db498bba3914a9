/** Architecture rules, checked with ArchUnit on the compiled classes of core. */
package nl.sociaaldomein.architecture;
