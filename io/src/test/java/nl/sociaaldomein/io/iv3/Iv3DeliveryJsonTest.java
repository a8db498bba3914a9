// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.io.iv3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.io.Location;
import nl.sociaaldomein.io.Problem;
import nl.sociaaldomein.io.ReadException;
import nl.sociaaldomein.io.ReadMode;
import nl.sociaaldomein.iv3.Iv3Booking;
import nl.sociaaldomein.iv3.Iv3Contact;
import nl.sociaaldomein.iv3.Iv3Delivery;
import nl.sociaaldomein.iv3.Iv3Figure;
import nl.sociaaldomein.iv3.Iv3Finding;
import nl.sociaaldomein.iv3.Iv3Metadata;
import nl.sociaaldomein.iv3.Iv3Remark;
import nl.sociaaldomein.iv3.Iv3Section;
import nl.sociaaldomein.iv3.Iv3Status;
import nl.sociaaldomein.iv3.Overheidslaag;
import nl.sociaaldomein.money.EuroUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hand-made delivery {@code minimal-valid.json} (Meppel, 2024, periode 5) and one change each
 * that breaks it as CBS's SF codes say.
 */
class Iv3DeliveryJsonTest {

  static String fixture() {
    try (InputStream in = Iv3DeliveryJsonTest.class.getResourceAsStream("minimal-valid.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Iv3DeliveryRead read(String json) {
    return Iv3DeliveryJson.read(new StringReader(json), "d.json");
  }

  /** The fixture with {@code change} made to its tree. */
  private static Iv3DeliveryRead changed(Consumer<ObjectNode> change) {
    try {
      ObjectNode root = (ObjectNode) Iv3DeliveryJson.MAPPER.readTree(fixture());
      change.accept(root);
      return read(Iv3DeliveryJson.MAPPER.writeValueAsString(root));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode at(ObjectNode root, String pointer) {
    return (ObjectNode) root.at(pointer);
  }

  /** The one finding of {@code read}: its code, path and CBS's melding; the same as the read's problem at that path. */
  private static Iv3Finding onlyFinding(Iv3DeliveryRead read, String code, String path) {
    assertEquals(1, read.findings().size(), read.findings()::toString);
    Iv3Finding f = read.findings().get(0);
    assertEquals(code, f.foutcode(), f::toString);
    assertEquals(path, f.path(), f::toString);
    assertEquals(Iv3Finding.Kind.ERROR, f.kind());
    if (!code.equals(Iv3DeliveryJson.SCHEMA_CODE)) {
      assertEquals(ShippedIv3.errors().get(code).omschrijving(), f.omschrijving());
    }
    Problem first = read.problems().get(0);
    assertEquals(Location.atPath("d.json", path), first.where());
    assertEquals(code + ": " + f.melding(), first.why());
    return f;
  }

  private static final OffsetDateTime DATUM = OffsetDateTime.of(2025, 7, 10, 12, 0, 0, 0, ZoneOffset.ofHours(2));

  static Iv3Delivery meppel() {
    Iv3Metadata metadata = new Iv3Metadata(Overheidslaag.GEMEENTE, "0119", "Meppel", 2024, 5, Iv3Status.REALISATIE,
        DATUM, false, "Voorbeeldpakket 1.0", "sociaaldomein 0.1.0");
    List<Iv3Booking> bookings = List.of(
        booking(Iv3Section.LASTEN, "6.1", "1.1", 1000), booking(Iv3Section.LASTEN, "6.1", "3.8", 500),
        booking(Iv3Section.LASTEN, "0.10", "7.1", 50), booking(Iv3Section.LASTEN, "0.11", "7.1", 50),
        booking(Iv3Section.BATEN, "6.1", "3.8", 300), booking(Iv3Section.BATEN, "0.7", "4.3.1", 1300),
        booking(Iv3Section.BALANS_LASTEN, "A23", "6.1", 100),
        booking(Iv3Section.BALANS_BATEN, "P112", "7.1", 50), booking(Iv3Section.BALANS_BATEN, "P114", "7.1", 50),
        booking(Iv3Section.BALANS_STANDEN, "A23", "1 januari", 1000), booking(Iv3Section.BALANS_STANDEN, "A23", "ultimo", 1100),
        booking(Iv3Section.BALANS_STANDEN, "P111", "1 januari", 1000), booking(Iv3Section.BALANS_STANDEN, "P111", "ultimo", 1000),
        booking(Iv3Section.BALANS_STANDEN, "P112", "1 januari", 0), booking(Iv3Section.BALANS_STANDEN, "P112", "ultimo", 50),
        booking(Iv3Section.BALANS_STANDEN, "P114", "1 januari", 0), booking(Iv3Section.BALANS_STANDEN, "P114", "ultimo", 50));
    return new Iv3Delivery(metadata, new Iv3Contact("Piet Afzender", "p.afzender@gemeente.nl", "0612345678"), bookings,
        List.of(new Iv3Figure(Iv3Section.KENGETALLEN, "fk.3", "Rek_2024", "35.2"),
            new Iv3Figure(Iv3Section.BELEIDSINDICATOREN, "bi.5", "Rek_2024", "9.8")),
        List.of(new Iv3Remark("Handgemaakte testlevering", Optional.of("test"))), EuroUnit.THOUSANDS);
  }

  private static Iv3Booking booking(Iv3Section section, String code, String dimension, long bedrag) {
    return Iv3Booking.of(section, code, dimension, BigDecimal.valueOf(bedrag));
  }

  @Test
  void theMinimalDeliveryPassesTheSchemaAndBindsEveryLine() {
    Iv3DeliveryRead read = read(fixture());
    assertTrue(read.isValid(), read.result().report()::toString);
    assertEquals(List.of(), read.findings());
    assertEquals(meppel(), read.orElseThrow());
    assertEquals(20, read.result().report().accepted());
    assertEquals(0, read.result().report().rejected());
  }

  @Test
  void theUnitIsTheCallersAndThousandsByDefault() {
    assertEquals(EuroUnit.EUROS, Iv3DeliveryJson.read(new StringReader(fixture()), "d.json", EuroUnit.EUROS,
        ReadMode.LENIENT).orElseThrow().unit());
  }

  @Test
  void sf001MissingMetadataLeavesNoDeliveryAndRejectsEveryLine() {
    Iv3DeliveryRead read = changed(root -> root.remove("metadata"));
    onlyFinding(read, "SF001", "$.metadata");
    assertEquals(Optional.empty(), read.value());
    assertEquals(20, read.result().report().rejected());
  }

  @Test
  void sf002AMissingMetadataKey() {
    Iv3DeliveryRead read = changed(root -> at(root, "/metadata").remove("status"));
    Iv3Finding f = onlyFinding(read, "SF002", "$.metadata.status");
    assertEquals("Binnen de metadata is sleutel status niet aangetroffen.", f.melding());
    assertEquals(List.of("status"), f.values());
    assertEquals(Optional.empty(), read.value());
  }

  @Test
  void sf003AnUnknownMetadataKeySuchAsAUnit() {
    Iv3DeliveryRead read = changed(root -> at(root, "/metadata").put("eenheid", "x1000"));
    Iv3Finding f = onlyFinding(read, "SF003", "$.metadata.eenheid");
    assertEquals("Er is een onbekende sleutel eenheid  aangetroffen binnen metadata.", f.melding());
    assertEquals(Optional.of(meppel()), read.value(), "the delivery binds without the unknown key");
  }

  @Test
  void sf004APeriodeOutsideZeroToFiveIsOneFindingThoughTheSchemaFailsTwice() {
    Iv3DeliveryRead read = changed(root -> at(root, "/metadata").put("periode", 6));
    Iv3Finding f = onlyFinding(read, "SF004", "$.metadata.periode");
    assertEquals("Binnen de metadata is de waarde bij sleutel periode niet van het juiste type: 0, 1, 2, 3, 4 of 5 werd "
        + "verwacht.", f.melding());
    assertEquals(List.of("6"), f.values());
    assertEquals(Optional.empty(), read.value());
  }

  @Test
  void sf004ABoekjaarThatIsNoWholeYearThoughTheSchemaTakesAnyNumber() {
    onlyFinding(changed(root -> at(root, "/metadata").put("boekjaar", new BigDecimal("2024.5"))), "SF004",
        "$.metadata.boekjaar");
    onlyFinding(changed(root -> at(root, "/metadata").put("boekjaar", "2024")), "SF004", "$.metadata.boekjaar");
    onlyFinding(changed(root -> at(root, "/metadata").put("datum", "2025-07-10T12:00:00.123Z")), "SF004",
        "$.metadata.datum");
    onlyFinding(changed(root -> at(root, "/metadata").put("datum", "gisteren 12:00:00")), "SF004", "$.metadata.datum");
  }

  @Test
  void aDatumWithoutOffsetIsDutchTime() {
    Iv3DeliveryRead read = changed(root -> at(root, "/metadata").put("datum", "2025-07-10T12:00:00"));
    assertTrue(read.isValid(), read.findings()::toString);
    assertEquals(DATUM, read.orElseThrow().metadata().datum());
  }

  @Test
  void sf008AndSf009ContactValues() {
    Iv3Finding naam = onlyFinding(changed(root -> at(root, "/contact").put("naam", "")), "SF009", "$.contact.naam");
    assertEquals("Binnen het element contactpersoon is niks ingevuld bij de sleutel naam", naam.melding());
    onlyFinding(changed(root -> at(root, "/contact").put("telefoon", "")), "SF009", "$.contact.telefoon");
    Iv3Finding email = onlyFinding(changed(root -> at(root, "/contact").put("email", "a@b.amsterdam")), "SF008",
        "$.contact.email");
    assertEquals(List.of("a@b.amsterdam"), email.values());
    assertTrue(email.melding().endsWith("maar a@b.amsterdam is aangetroffen."), email.melding());
  }

  @Test
  void sf015NoBalansStandenKeepsTheRestOfTheDelivery() {
    Iv3DeliveryRead read = changed(root -> at(root, "/data").remove("balans_standen"));
    onlyFinding(read, "SF015", "$.data.balans_standen");
    assertEquals(List.of(), read.value().orElseThrow().bookings(Iv3Section.BALANS_STANDEN));
    assertEquals(meppel().bookings(Iv3Section.LASTEN), read.value().orElseThrow().bookings(Iv3Section.LASTEN));
  }

  @Test
  void sf016ALineWithoutCategorieIsRejectedAndTheOthersKept() {
    Iv3DeliveryRead read = changed(root -> ((ObjectNode) root.at("/data/lasten/0")).remove("categorie"));
    Iv3Finding f = onlyFinding(read, "SF016", "$.data.lasten[0].categorie");
    assertEquals("Binnen het onderdeel lasten ontbreekt de sleutel categorie. Regel 1.", f.melding());
    assertEquals(1, read.result().report().rejected());
    assertEquals(meppel().bookings(Iv3Section.LASTEN).subList(1, 4),
        read.value().orElseThrow().bookings(Iv3Section.LASTEN));
  }

  @Test
  void sf017AnAmountThatIsNoNumber() {
    Iv3Finding f = onlyFinding(changed(root -> ((ObjectNode) root.at("/data/baten/1")).put("bedrag", "1300")), "SF017",
        "$.data.baten[1].bedrag");
    assertEquals("Het bedrag is niet gevuld in onderdeel baten. Regel 2.", f.melding());
  }

  @Test
  void schemaErrorsWithoutAnSfCodeHaveTheLibrarysCode() {
    Iv3DeliveryRead waarde = changed(root -> ((ObjectNode) root.at("/data/kengetallen/0")).put("waarde", 35.2));
    onlyFinding(waarde, Iv3DeliveryJson.SCHEMA_CODE, "$.data.kengetallen[0].waarde");
    assertEquals(List.of(), waarde.value().orElseThrow().figures(Iv3Section.KENGETALLEN));
    Iv3Finding extra = onlyFinding(changed(root -> at(root, "/data").putArray("toelichting")), Iv3DeliveryJson.SCHEMA_CODE,
        "$.data.toelichting");
    assertTrue(extra.melding().startsWith("Volgens iv3_data_schema_v2_1_1.json is $.data.toelichting onjuist: "),
        extra.melding());
    assertTrue(extra.melding().contains("toelichting"), extra.melding());
  }

  @Test
  void textThatIsNotUtf8IsAProblemOfTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("latin1.json");
    java.nio.file.Files.write(file, fixture().replace("Meppel", "Geëscaleerd").getBytes(StandardCharsets.ISO_8859_1));
    Iv3DeliveryRead read = Iv3DeliveryJson.read(file);
    assertEquals(Optional.empty(), read.value());
    assertEquals(Location.of("latin1.json"), read.problems().get(0).where());
    assertTrue(read.problems().get(0).why().contains("UTF-8"), read.problems().get(0).why());
    assertEquals(List.of(Iv3DeliveryJson.SCHEMA_CODE), read.findings().stream().map(Iv3Finding::foutcode).toList());
  }

  @Test
  void textThatIsNoJsonIsAFindingOfTheWholeFile() {
    Iv3DeliveryRead read = read("{\"metadata\": ");
    assertEquals(Optional.empty(), read.value());
    assertEquals(List.of(Iv3DeliveryJson.SCHEMA_CODE), read.findings().stream().map(Iv3Finding::foutcode).toList());
    assertEquals("$", read.findings().get(0).path());
  }

  @Test
  void strictModeThrowsTheFirstFindingWithItsCode() {
    String json = fixture().replace("\"status\": \"Realisatie\",", "");
    ReadException e = assertThrows(ReadException.class,
        () -> Iv3DeliveryJson.read(new StringReader(json), "d.json", EuroUnit.THOUSANDS, ReadMode.STRICT));
    assertEquals(Location.atPath("d.json", "$.metadata.status"), e.problem().where());
    assertTrue(e.problem().why().startsWith("SF002: "), e.problem().why());
  }

  @Test
  void amountsAreExactAndDetailsAndExtraKeysAreKept() {
    Iv3DeliveryRead read = changed(root -> {
      ObjectNode line = (ObjectNode) root.at("/data/lasten/0");
      line.set("bedrag", DecimalNode.valueOf(new BigDecimal("1000.50")));
      line.putObject("details").put("kostenplaats", "K1").put("aandeel", new BigDecimal("0.250"));
      line.put("omschrijving", "Salarissen");
    });
    assertTrue(read.isValid(), read.findings()::toString);
    Iv3Booking first = read.orElseThrow().bookings().get(0);
    assertEquals(new BigDecimal("1000.50"), first.bedrag());
    assertEquals(Optional.of("{\"details\":{\"kostenplaats\":\"K1\",\"aandeel\":0.250},\"omschrijving\":\"Salarissen\"}"),
        first.details());
    String written = Iv3DeliveryJson.toJson(read.orElseThrow());
    assertTrue(written.contains("\"bedrag\" : 1000.50"), written);
    assertEquals(read.orElseThrow(), read(written).orElseThrow());
  }

  @Test
  void writtenJsonPassesTheSchemaAndReadsBackEqual(@TempDir Path dir) {
    String written = Iv3DeliveryJson.toJson(meppel());
    assertTrue(written.contains("\"datum\" : \"2025-07-10T12:00:00+02:00\""), written);
    Iv3DeliveryRead read = read(written);
    assertTrue(read.isValid(), read.findings()::toString);
    assertEquals(meppel(), read.orElseThrow());

    Path file = dir.resolve("meppel.json");
    Iv3DeliveryJson.write(meppel(), file);
    assertEquals(meppel(), Iv3DeliveryJson.read(file).orElseThrow());
    StringWriter out = new StringWriter();
    Iv3DeliveryJson.write(meppel(), out);
    assertEquals(written, out.toString());
  }

  @Test
  void writtenKeysFollowTheSchemaAndOptionalListsAreLeftOutWhenEmpty() throws IOException {
    Iv3Delivery bare = meppel().withFigures(List.of());
    JsonNode tree = Iv3DeliveryJson.MAPPER.readTree(Iv3DeliveryJson.toJson(bare));
    assertEquals(List.of("metadata", "contact", "opmerkingen", "data"), JsonFields.fieldNames(tree));
    assertEquals(List.of("overheidslaag", "overheidsnummer", "overheidsnaam", "boekjaar", "periode", "status", "datum",
        "details_openbaar", "financieel_pakket", "export_software"), JsonFields.fieldNames(tree.get("metadata")));
    assertEquals(List.of("lasten", "baten", "balans_lasten", "balans_baten", "balans_standen"),
        JsonFields.fieldNames(tree.get("data")));
    assertEquals(List.of("taakveld", "categorie", "bedrag"), JsonFields.fieldNames(tree.at("/data/lasten/0")));
    assertEquals("0119", tree.at("/metadata/overheidsnummer").textValue());
  }

  @Test
  void detailsThatAreNoObjectOrRepeatTheLineAreRefusedOnWriting() {
    Iv3Booking list = new Iv3Booking(Iv3Section.LASTEN, "6.1", "1.1", BigDecimal.ONE, Optional.of("[1]"));
    Iv3Booking repeat = new Iv3Booking(Iv3Section.LASTEN, "6.1", "1.1", BigDecimal.ONE, Optional.of("{\"bedrag\":2}"));
    for (Iv3Booking b : List.of(list, repeat)) {
      assertThrows(SociaalDomeinException.class, () -> Iv3DeliveryJson.toJson(meppel().withBookings(List.of(b))));
    }
  }

  @Test
  void aNegativeScaleIsWrittenWithItsExponentSoItReadsBackTheSame() {
    assertEquals("1E+3", Iv3DeliveryJson.number(new BigDecimal("1E+3")));
    assertEquals("1000.50", Iv3DeliveryJson.number(new BigDecimal("1000.50")));
    Iv3Delivery d = meppel().withBookings(List.of(Iv3Booking.of(Iv3Section.LASTEN, "6.1", "1.1", new BigDecimal("1E+3"))));
    assertEquals(d, read(Iv3DeliveryJson.toJson(d)).orElseThrow());
  }

  @Test
  void anArrayIsNoDelivery() {
    ArrayNode array = Iv3DeliveryJson.MAPPER.createArrayNode();
    Iv3DeliveryRead read = read(array.toString());
    assertEquals(Optional.empty(), read.value());
    assertEquals(Iv3DeliveryJson.SCHEMA_CODE, read.findings().get(0).foutcode());
  }
}
