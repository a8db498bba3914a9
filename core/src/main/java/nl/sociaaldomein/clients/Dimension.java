package nl.sociaaldomein.clients;

/** What a client-level aggregation can group by. */
public enum Dimension {
  LAW,
  YEAR,
  PROVISION,
  DELIVERY_FORM,
  REFERRER,
  LEVEL,
  AGE_BAND,
  PHASE,
  QUALIFICATION,
  PROVIDER
}
