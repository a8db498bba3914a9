/**
 * Taakveld catalogues in and out of files: {@link nl.sociaaldomein.io.taakveld.TaakveldCatalogueCsv}
 * (Dutch Excel and comma-separated), {@link nl.sociaaldomein.io.taakveld.TaakveldCatalogueJson},
 * {@link nl.sociaaldomein.io.taakveld.TaakveldJsonModule} for Jackson, and
 * {@link nl.sociaaldomein.io.taakveld.Iv3DefinitionReader} for the CBS Iv3 definition files, from
 * which {@link nl.sociaaldomein.io.taakveld.TaakveldResourceGenerator} derives the lists core
 * ships. Every reader fails with {@link nl.sociaaldomein.io.taakveld.TaakveldFormatException},
 * naming the file, where in it, and the bad text.
 */
package nl.sociaaldomein.io.taakveld;
