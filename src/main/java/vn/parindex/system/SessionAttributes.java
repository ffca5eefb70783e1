package vn.parindex.system;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;

/**
 * Turns a session's stored attributes back into objects once per stored form: the same bytes, read
 * again on the next request of that session, give the object read the first time. The signed-in
 * user's security context is rebuilt by Java deserialization on every request otherwise, about a
 * twentieth of a page's CPU. An attribute that changes is stored as other bytes, so it is read
 * afresh, on this instance as on any other; within one instance, requests of one session share an
 * attribute's object as they would with sessions kept in memory.
 */
final class SessionAttributes {

  /** Beyond this many stored forms the cache starts again from empty. */
  private static final int MAX_ENTRIES = 20_000;

  private final Converter<byte[], Object> deserializer;
  private final Map<ByteBuffer, Object> read = new ConcurrentHashMap<>();

  SessionAttributes(ClassLoader classLoader) {
    this.deserializer = new DeserializingConverter(classLoader);
  }

  /** The conversion service Spring Session's JDBC repository stores attributes with. */
  GenericConversionService conversionService() {
    GenericConversionService service = new GenericConversionService();
    service.addConverter(Object.class, byte[].class, new SerializingConverter());
    service.addConverter(byte[].class, Object.class, this::deserialize);
    return service;
  }

  Object deserialize(byte[] bytes) {
    ByteBuffer key = ByteBuffer.wrap(bytes);
    Object value = read.get(key);
    if (value == null) {
      value = deserializer.convert(bytes);
      if (read.size() >= MAX_ENTRIES) {
        read.clear();
      }
      read.put(ByteBuffer.wrap(bytes.clone()), value);
    }
    return value;
  }

  int size() {
    return read.size();
  }
}
