package nl.sociaaldomein.iv3;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.money.EuroUnit;
import nl.sociaaldomein.notation.CountFormat;
import nl.sociaaldomein.taakveld.TaakveldCatalogue;

/**
 * One Iv3 delivery as CBS receives it: metadata, contact, the bookings of the five money sections
 * section by section, each in file order, kengetallen and beleidsindicatoren, remarks, and the unit its amounts are in (the
 * JSON does not say; the reader is told, thousands by default).
 */
public record Iv3Delivery(Iv3Metadata metadata, Iv3Contact contact, List<Iv3Booking> bookings, List<Iv3Figure> figures,
    List<Iv3Remark> remarks, EuroUnit unit) {

  public Iv3Delivery {
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(contact, "contact");
    // Section by section, each in the order given, as the JSON holds them: a delivery built in
    // another order is the same delivery, and equals itself read back.
    bookings = bookings.stream().sorted(java.util.Comparator.comparing(Iv3Booking::section)).toList();
    figures = figures.stream().sorted(java.util.Comparator.comparing(Iv3Figure::section)).toList();
    remarks = List.copyOf(remarks);
    Objects.requireNonNull(unit, "unit");
  }

  /** The bookings of one section, in file order. */
  public List<Iv3Booking> bookings(Iv3Section section) {
    Objects.requireNonNull(section, "section");
    return bookings.stream().filter(b -> b.section() == section).toList();
  }

  /** The figures of {@link Iv3Section#KENGETALLEN} or {@link Iv3Section#BELEIDSINDICATOREN}, in file order. */
  public List<Iv3Figure> figures(Iv3Section section) {
    Objects.requireNonNull(section, "section");
    return figures.stream().filter(f -> f.section() == section).toList();
  }

  /**
   * The official taakveld list of the delivery's boekjaar as the library ships it ({@link
   * TaakveldCatalogue#forYear}); empty for a year none ships, and for a provincie or GR, since
   * the shipped lists are those of gemeenten.
   */
  public Optional<TaakveldCatalogue> taakveldCatalogue() {
    int year = metadata.boekjaar();
    if (metadata.overheidslaag() != Overheidslaag.GEMEENTE || !TaakveldCatalogue.availableYears().contains(year)) {
      return Optional.empty();
    }
    return Optional.of(TaakveldCatalogue.forYear(year));
  }

  public Iv3Delivery withMetadata(Iv3Metadata metadata) {
    return new Iv3Delivery(metadata, contact, bookings, figures, remarks, unit);
  }

  public Iv3Delivery withBookings(List<Iv3Booking> bookings) {
    return new Iv3Delivery(metadata, contact, bookings, figures, remarks, unit);
  }

  public Iv3Delivery withFigures(List<Iv3Figure> figures) {
    return new Iv3Delivery(metadata, contact, bookings, figures, remarks, unit);
  }

  public Iv3Delivery withUnit(EuroUnit unit) {
    return new Iv3Delivery(metadata, contact, bookings, figures, remarks, unit);
  }

  /**
   * The delivery's identity and size, not its thousands of bookings: {@code Iv3Delivery[GEMEENTE
   * Meppel 2022 periode 5, bookings=1.234, figures=56, remarks=0, unit=THOUSANDS]}. It does not parse
   * back; {@code Iv3DeliveryJson} reads and writes a delivery.
   */
  @Override
  public String toString() {
    return "Iv3Delivery[" + metadata.overheidslaag() + " " + metadata.overheidsnaam() + " " + metadata.boekjaar()
        + " periode " + metadata.periode() + ", bookings="
        + CountFormat.format(bookings.size()) + ", figures=" + CountFormat.format(figures.size()) + ", remarks="
        + CountFormat.format(remarks.size()) + ", unit=" + unit + "]";
  }
}
