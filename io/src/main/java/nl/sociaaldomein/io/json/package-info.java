/**
 * Jackson support: take {@link nl.sociaaldomein.io.json.SociaalDomeinJson#mapper()}, which has
 * every module of io, or call {@code ObjectMapper.findAndRegisterModules()}; registering only
 * {@link nl.sociaaldomein.io.json.SociaalDomeinModule} writes the money types but leaves a result
 * such as a statement's check to Jackson's bean serialiser (a row as {@code "line" : false}).
 * Amounts travel as decimal strings, never as JSON numbers that a reader might turn into
 * binary floating point.
 */
package nl.sociaaldomein.io.json;
