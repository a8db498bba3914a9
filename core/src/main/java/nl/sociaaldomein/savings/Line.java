package nl.sociaaldomein.savings;

/** A row of a jaarschijf: what a phasing cell adds up. */
public enum Line {
  STRUCTURAL,
  INCIDENTAL,
  COSTS,
  /** Structural plus incidental savings minus costs. */
  NET
}
