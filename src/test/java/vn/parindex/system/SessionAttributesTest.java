package vn.parindex.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.support.GenericConversionService;

/** Stored session attributes are deserialized once per stored form. */
class SessionAttributesTest {

  final SessionAttributes attributes = new SessionAttributes(getClass().getClassLoader());
  final GenericConversionService service = attributes.conversionService();

  private byte[] store(Object value) {
    return (byte[])
        service.convert(
            value, TypeDescriptor.valueOf(Object.class), TypeDescriptor.valueOf(byte[].class));
  }

  private Object read(byte[] bytes) {
    return service.convert(
        bytes, TypeDescriptor.valueOf(byte[].class), TypeDescriptor.valueOf(Object.class));
  }

  @Test
  void theSameStoredFormGivesTheObjectReadTheFirstTime() {
    List<String> roles = new ArrayList<>(List.of("PAR_OFFICER", "UNIT_LEADER"));
    byte[] stored = store(roles);

    Object first = read(stored);
    Object again = read(stored.clone());

    assertThat(first).isEqualTo(roles).isNotSameAs(roles);
    assertThat(again).isSameAs(first);
  }

  @Test
  void aChangedAttributeIsReadAfresh() {
    List<String> roles = new ArrayList<>(List.of("PAR_OFFICER"));
    Object before = read(store(roles));
    roles.add("UNIT_LEADER");

    Object after = read(store(roles));

    assertThat(after).isNotSameAs(before).isEqualTo(List.of("PAR_OFFICER", "UNIT_LEADER"));
    assertThat(before).isEqualTo(List.of("PAR_OFFICER"));
  }

  @Test
  void theCacheKeepsItsOwnCopyOfTheBytes() {
    byte[] stored = store("Văn phòng – Thống kê");
    Object first = read(stored);
    java.util.Arrays.fill(stored, (byte) 0); // the caller's buffer may be reused

    assertThat(read(store("Văn phòng – Thống kê"))).isSameAs(first);
    assertThat(attributes.size()).isEqualTo(1);
  }
}
