package nl.sociaaldomein.iv3;

import java.util.List;
import java.util.Objects;

/**
 * A code list of the yearly definitions ({@code taakveld}, {@code categorie_lasten},
 * {@code balanscode}, ...): its nodes in file order, parents before children.
 *
 * @param name the key of the list in the definitions file
 */
public record Iv3CodeList(String name, List<Iv3Code> codes) {

  public Iv3CodeList {
    Objects.requireNonNull(name, "name");
    codes = List.copyOf(codes);
  }
}
