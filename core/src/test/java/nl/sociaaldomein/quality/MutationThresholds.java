// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.quality;

import java.io.File;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads PIT's {@code mutations.xml}, prints the mutation score per package and fails when any
 * package scores below the threshold given: PIT's own threshold holds for a module as a whole,
 * and a weak package would hide behind strong ones. Run by the {@code mutation} profile of core
 * after PIT; see docs/quality.md.
 */
public final class MutationThresholds {

  private MutationThresholds() {}

  /** {@code args[0]}: the mutations.xml; {@code args[1]}: the lowest score a package may have, in percent. */
  public static void main(String[] args) throws Exception {
    File report = new File(args[0]);
    long threshold = Long.parseLong(args[1]);
    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report);
    NodeList mutations = xml.getElementsByTagName("mutation");
    Map<String, long[]> byPackage = new TreeMap<>();
    for (int i = 0; i < mutations.getLength(); i++) {
      Element m = (Element) mutations.item(i);
      String mutatedClass = m.getElementsByTagName("mutatedClass").item(0).getTextContent();
      String pkg = mutatedClass.substring(0, mutatedClass.lastIndexOf('.'));
      long[] counts = byPackage.computeIfAbsent(pkg, p -> new long[2]);
      counts[0] += "true".equals(m.getAttribute("detected")) ? 1 : 0;
      counts[1]++;
    }
    StringBuilder failures = new StringBuilder();
    long killed = 0;
    long total = 0;
    System.out.println("Mutation score per package (killed / mutants):");
    for (Map.Entry<String, long[]> e : byPackage.entrySet()) {
      long[] c = e.getValue();
      killed += c[0];
      total += c[1];
      // Whole percent, rounded down: a package passes only when it truly reaches the threshold.
      long percent = c[0] * 100 / c[1];
      System.out.printf("  %-40s %3d %%  (%d / %d)%n", e.getKey(), percent, c[0], c[1]);
      if (percent < threshold) {
        failures.append(' ').append(e.getKey()).append(" (").append(percent).append(" %)");
      }
    }
    System.out.printf("  %-40s %3d %%  (%d / %d)%n", "all", total == 0 ? 0 : killed * 100 / total, killed, total);
    if (failures.length() > 0) {
      throw new IllegalStateException("Packages below " + threshold + " % mutation score:" + failures);
    }
  }
}
