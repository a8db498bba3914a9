/** Helpers of the testkit's packages; not API, may change in any release. */
package nl.sociaaldomein.testkit.internal;
