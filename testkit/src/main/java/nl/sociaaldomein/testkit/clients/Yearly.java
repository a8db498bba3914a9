package nl.sociaaldomein.testkit.clients;

import nl.sociaaldomein.SociaalDomeinException;

/**
 * One figure for each year of the quickscan, 2018 to 2020, as its tables print them. Zero means
 * the figure does not exist that year (the intensity level "Aspecifiek" before 2020).
 */
public record Yearly(long y2018, long y2019, long y2020) {

  /** The first year of the quickscan. */
  public static final int FIRST_YEAR = 2018;
  /** The last year of the quickscan. */
  public static final int LAST_YEAR = 2020;

  public static Yearly of(long y2018, long y2019, long y2020) {
    return new Yearly(y2018, y2019, y2020);
  }

  /** The figure of {@code year}, 2018 to 2020. */
  public long in(int year) {
    switch (year) {
      case 2018:
        return y2018;
      case 2019:
        return y2019;
      case 2020:
        return y2020;
      default:
        throw new SociaalDomeinException("The quickscan covers 2018 to 2020, not " + year);
    }
  }

  /** The three figures added. */
  public long total() {
    return Math.addExact(Math.addExact(y2018, y2019), y2020);
  }
}
