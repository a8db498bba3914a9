package nl.sociaaldomein.clients;

/** A BSN that is not valid. The message says why and never holds the number itself. */
public class InvalidBsnException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public InvalidBsnException(String reason) {
    super("Invalid BSN: " + reason);
  }
}
