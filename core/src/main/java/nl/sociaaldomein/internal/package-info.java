/**
 * Helpers shared by the packages of this library. Not part of its API: they may change in any
 * release.
 */
package nl.sociaaldomein.internal;
