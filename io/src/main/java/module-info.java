// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

/**
 * JSON, CSV and workbooks in and out for the values of {@code nl.sociaaldomein.core}.
 *
 * <p>Core and Jackson are read transitively: the API takes and returns core's values, and its
 * JSON entry points hand out Jackson's {@code ObjectMapper}, {@code JsonNode} and modules.
 * FastCSV is read transitively too, because the shared CSV helpers of
 * {@code nl.sociaaldomein.io} ({@code CsvDialect.records}, {@code CsvTable},
 * {@code TextInput.syntaxError}) take and return its records; the workbook and schema libraries
 * stay behind the API. FastExcel's writer requires {@code opczip}, a jar without a module name of
 * its own, so it is an automatic module named after its file.
 *
 * <p>The packages whose package-private records Jackson binds (the JSON documents of statements,
 * savings and catalogues) are opened to Jackson alone; the shipped Iv3 documents are read by this
 * module itself. The Jackson modules are offered as services too, so that
 * {@code ObjectMapper.findAndRegisterModules()} finds them on the module path as on the class
 * path.
 */
module nl.sociaaldomein.io {
  requires transitive nl.sociaaldomein.core;
  requires transitive com.fasterxml.jackson.databind;
  requires transitive de.siegmar.fastcsv;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.networknt.schema;
  requires org.dhatim.fastexcel;
  requires org.dhatim.fastexcel.reader;

  exports nl.sociaaldomein.io;
  exports nl.sociaaldomein.io.clients;
  exports nl.sociaaldomein.io.export;
  exports nl.sociaaldomein.io.indicators;
  exports nl.sociaaldomein.io.iv3;
  exports nl.sociaaldomein.io.json;
  exports nl.sociaaldomein.io.savings;
  exports nl.sociaaldomein.io.statement;
  exports nl.sociaaldomein.io.taakveld;
  exports nl.sociaaldomein.io.variance;

  opens nl.sociaaldomein.io.statement to com.fasterxml.jackson.databind;
  opens nl.sociaaldomein.io.savings to com.fasterxml.jackson.databind;
  opens nl.sociaaldomein.io.taakveld to com.fasterxml.jackson.databind;

  provides com.fasterxml.jackson.databind.Module with
      nl.sociaaldomein.io.json.SociaalDomeinModule,
      nl.sociaaldomein.io.ReadJsonModule,
      nl.sociaaldomein.io.statement.StatementJsonModule,
      nl.sociaaldomein.io.taakveld.TaakveldJsonModule,
      nl.sociaaldomein.io.clients.ClientResultsModule,
      nl.sociaaldomein.io.variance.VarianceJsonModule,
      nl.sociaaldomein.io.savings.SavingsJsonModule;
}
