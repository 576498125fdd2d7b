package com.wabotiq.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.testing.ReferenceExamples;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The public surface of {@code com.wabotiq.json}: small, Moshi-free, immutable, shareable. */
class JsonApiSurfaceTest {
  @Test
  void publicSignatures_mentionNoMoshiOrOkioType() {
    for (Class<?> type : List.of(JsonCodec.class, JsonDecodingException.class)) {
      List<Executable> members = new ArrayList<>(List.of(type.getConstructors()));
      members.addAll(List.of(type.getMethods()));
      for (Executable member : members) {
        List<Type> types = new ArrayList<>(List.of(member.getGenericParameterTypes()));
        if (member instanceof Method method) {
          types.add(method.getGenericReturnType());
        }
        types.addAll(List.of(member.getGenericExceptionTypes()));
        for (Type t : types) {
          assertThat(t.getTypeName())
              .as("%s", member)
              .doesNotContain("squareup")
              .doesNotContain("okio");
        }
      }
    }
  }

  @Test
  void jsonDecodingException_isFinalWithNoPublicConstructorAndFinalPath() throws Exception {
    assertThat(Modifier.isFinal(JsonDecodingException.class.getModifiers())).isTrue();
    assertThat(JsonDecodingException.class.getConstructors()).isEmpty();
    assertThat(
            Modifier.isFinal(JsonDecodingException.class.getDeclaredField("path").getModifiers()))
        .isTrue();
    assertThat(com.wabotiq.spi.WabotiqException.class).isAssignableFrom(JsonDecodingException.class);
  }

  @Test
  void implementation_isPackagePrivateBesideTheCodec_andNoInternalPackageRemains()
      throws Exception {
    for (String name :
        List.of(
            "JsonEngine",
            "DecodingFailure",
            "ModelAdapterFactory",
            "RecordAdapter",
            "MetadataAdapter",
            "ScalarAdapters",
            "Reading")) {
      Class<?> type = Class.forName("com.wabotiq.json." + name);
      assertThat(Modifier.isPublic(type.getModifiers())).as(name).isFalse();
    }
    assertThat(getClass().getClassLoader().getResource("com/wabotiq/json/internal")).isNull();
  }

  @Test
  void jsonCodec_isFinalWithNoPublicConstructor() {
    assertThat(Modifier.isFinal(JsonCodec.class.getModifiers())).isTrue();
    assertThat(JsonCodec.class.getConstructors()).isEmpty();
  }

  @Test
  void sharedCodecs_decodeConcurrentlyToTheSameValues() throws Exception {
    List<String> examples = ReferenceExamples.examples();
    List<Object> expected = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      expected.add(
          JsonCodec.strict().fromJson(examples.get(i), ReferenceExamplesTest.TYPES.get(i)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Boolean>> tasks = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        tasks.add(
            () -> {
              for (int round = 0; round < 25; round++) {
                for (int i = 0; i < examples.size(); i++) {
                  Class<?> type = ReferenceExamplesTest.TYPES.get(i);
                  JsonCodec codec = (round + i) % 2 == 0 ? JsonCodec.strict() : JsonCodec.lenient();
                  Object value = codec.fromJson(examples.get(i), type);
                  if (!value.equals(expected.get(i))
                      || !codec.fromJson(codec.toJson(value), type).equals(value)) {
                    return false;
                  }
                }
              }
              return true;
            });
      }
      for (Future<Boolean> result : pool.invokeAll(tasks)) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
