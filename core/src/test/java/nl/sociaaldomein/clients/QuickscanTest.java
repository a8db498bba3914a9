package nl.sociaaldomein.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.sociaaldomein.SociaalDomeinException;
import nl.sociaaldomein.text.QuickscanText;
import org.junit.jupiter.api.Test;

class QuickscanTest {

  @Test
  void runsEveryTableAndPrintsThemInTheWordsOfAnnex5b() {
    ClientDataset dataset = ClientDatasetTest.small(Set.of());
    Quickscan scan = Quickscan.of(dataset, 2);
    assertEquals(Set.of(2018, 2019), scan.years());
    assertEquals(scan.byYear(), dataset.aggregate(Query.by(Dimension.YEAR)));
    assertEquals(3, scan.byYear().row(Dimension.YEAR, 2018).orElseThrow().uniqueClients());
    String text = QuickscanText.format(scan);
    // 1.500 + 23.000 + 9.000 for three unique clients.
    assertTrue(text.contains("2018   Sociaal domein           3        € 33.500   € 11.167"), text);
    assertTrue(text.contains("  Huisarts  ") && text.contains("2018:    € 3.000 2019:    € 4.000"), text);
    assertTrue(text.contains("2018  1 wet 2, 2 wetten 1, 3 wetten 0 (33,3 % in meer dan een wet)"), text);
    assertTrue(text.contains("Jeugdhulp in natura: 0 van 1 aanbieders (0 %) ontvingen € 0 van € 3.000"), text);
  }

  @Test
  void realDataIsScopedByItsOwnProvisionNamesAndAMisspeltNameIsRefused() {
    ClientDataset dataset = ClientDatasetTest.small(Set.of());
    assertEquals(List.of(2018, 2019), dataset.values(Dimension.YEAR));
    // Hulpmiddelen is named by a client record without a payment: a value of the data all the same.
    assertEquals(Set.of("Huishoudelijke hulp", "Bijstand", "Ambulant", "Verblijf", "Hulpmiddelen"),
        Set.copyOf(dataset.values(Dimension.PROVISION)));
    Query scope = Quickscan.scopeWithout(dataset, List.of("Bijstand"));
    assertEquals(Optional.of(Set.of("Huishoudelijke hulp", "Ambulant", "Verblijf", "Hulpmiddelen")),
        scope.filter(Dimension.PROVISION));
    Quickscan scan = Quickscan.of(dataset, Parallelism.of(1), scope);
    // 1.500 + 3.000 + 20.000 without the 9.000 of Bijstand; the stacking still counts it.
    assertEquals(nl.sociaaldomein.money.Amount.ofEuros(24_500), scan.byYear().row(Dimension.YEAR, 2018).orElseThrow().cost());
    assertEquals(dataset.stacking(), scan.stacking());
    SociaalDomeinException e = assertThrows(SociaalDomeinException.class,
        () -> Quickscan.scopeWithout(dataset, List.of("Bijstnad")));
    assertTrue(e.getMessage().contains("\"Bijstnad\"") && e.getMessage().contains("no such provision"), e.getMessage());
  }
}
