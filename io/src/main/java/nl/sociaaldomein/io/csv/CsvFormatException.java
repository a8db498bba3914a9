package nl.sociaaldomein.io.csv;

import java.util.Optional;
import nl.sociaaldomein.io.Location;
import nl.sociaaldomein.io.Problem;
import nl.sociaaldomein.io.ReadException;

/** Temporary during the move to {@link ReadException}. */
public class CsvFormatException extends ReadException {

  private static final long serialVersionUID = 1L;

  public CsvFormatException(String source, long line, String column, String text, String reason) {
    super(new Problem(column == null ? Location.atLine(source, Math.max(1, line)) : Location.atCell(source, Math.max(1, line), column),
        Optional.ofNullable(text), reason), null);
  }
}
