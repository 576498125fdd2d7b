package com.wabotiq.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reflective checks of every builder and every group's EMPTY constant in the package. */
class BuildersTest {
  static List<Class<?>> recordsWithBuilder() {
    return RecordSamples.recordsWithBuilder();
  }

  static List<Class<?>> groups() {
    return RecordSamples.recordsOfPackage().stream().filter(RecordSamples::isGroup).toList();
  }

  @Test
  void package_largeRecordsAndEveryGroupHaveBuilders() {
    assertThat(groups()).hasSize(24); // 21 settings groups + 3 agent groups
    assertThat(recordsWithBuilder())
        .containsAll(groups())
        .contains(Tenant.class, TenantSettings.class, AgentConfiguration.class)
        .hasSize(groups().size() + 3);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("recordsWithBuilder")
  void builder_everySetter_setsItsComponent(Class<?> type) throws Exception {
    Object expected = RecordSamples.populated(type);
    Object builder = type.getMethod("builder").invoke(null);
    for (RecordComponent c : type.getRecordComponents()) {
      Method setter = builder.getClass().getMethod(c.getName(), c.getType());
      assertThat(setter.invoke(builder, c.getAccessor().invoke(expected))).isSameAs(builder);
    }
    Object built = builder.getClass().getMethod("build").invoke(builder);
    assertThat(built).isEqualTo(expected);
    assertThat(built).isNotSameAs(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("recordsWithBuilder")
  void toBuilder_build_equalsOriginal(Class<?> type) throws Exception {
    Object original = RecordSamples.populated(type);
    Object builder = type.getMethod("toBuilder").invoke(original);
    Object copy = builder.getClass().getMethod("build").invoke(builder);
    assertThat(copy).isEqualTo(original).hasSameHashCodeAs(original);
    for (RecordComponent c : type.getRecordComponents()) {
      Object value = c.getAccessor().invoke(copy);
      assertThat(value).as(c.getName()).isNotNull();
      if (value instanceof Collection<?> collection) {
        assertThat(collection).as(c.getName()).isNotEmpty();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("groups")
  void empty_everyComponentAbsent_andEqualsEmptyBuilder(Class<?> type) throws Exception {
    Field field = type.getField("EMPTY");
    assertThat(Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers()))
        .isTrue();
    Object empty = field.get(null);
    for (RecordComponent c : type.getRecordComponents()) {
      Object value = c.getAccessor().invoke(empty);
      if (value instanceof Collection<?> collection) {
        assertThat(collection).as(c.getName()).isEmpty();
      } else if (value instanceof Map<?, ?> map) {
        assertThat(map).as(c.getName()).isEmpty();
      } else {
        assertThat(value).as(c.getName()).isNull();
      }
    }
    Object builder = type.getMethod("builder").invoke(null);
    assertThat(builder.getClass().getMethod("build").invoke(builder)).isEqualTo(empty);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("groups")
  void group_everyComponentIsNullableReference(Class<?> type) {
    for (RecordComponent c : type.getRecordComponents()) {
      assertThat(c.getType().isPrimitive()).as(c.getName()).isFalse();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("recordsWithBuilder")
  void build_withValueThatFailsConstructor_reportsSameMessage(Class<?> type) throws Exception {
    // A builder's build() is the canonical constructor: a required component left unset fails
    // with the constructor's message; records without required parts build empty.
    Object builder = type.getMethod("builder").invoke(null);
    try {
      Object built = builder.getClass().getMethod("build").invoke(builder);
      assertThat(Objects.requireNonNull(built).getClass()).isEqualTo(type);
      assertThat(RecordSamples.isGroup(type)).isTrue();
    } catch (InvocationTargetException e) {
      assertThat(e.getCause())
          .isInstanceOf(NullPointerException.class)
          .hasMessageEndingWith(" == null");
      assertThat(RecordSamples.isGroup(type)).isFalse();
    }
  }
}
