package nl.sociaaldomein.io.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** A ready {@link ObjectMapper} for the values of this library. */
public final class SociaalDomeinJson {

  private SociaalDomeinJson() {}

  /**
   * A new mapper with {@link SociaalDomeinModule}, decimals read as {@code BigDecimal}, unknown
   * properties refused and output indented.
   */
  public static ObjectMapper mapper() {
    return JsonMapper.builder()
        .addModule(new SociaalDomeinModule())
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .build();
  }
}
