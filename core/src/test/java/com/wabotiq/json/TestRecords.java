package com.wabotiq.json;

import com.wabotiq.internal.Checks;
import com.wabotiq.tenant.TenantStatus;
import com.wabotiq.types.FlatGroup;
import com.wabotiq.types.SealedSecret;
import com.wabotiq.types.TenantId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Small records that exercise the codec's machinery independently of the model. */
final class TestRecords {
  private TestRecords() {}

  /** Every supported leaf type, a required primitive, a list and a two-level flattened group. */
  record Sample(
      TenantId id,
      String name,
      TenantStatus status,
      int requiredCount,
      @Nullable Integer optionalCount,
      @Nullable Long bigCount,
      @Nullable Double ratio,
      @Nullable Boolean flag,
      @Nullable BigDecimal price,
      @Nullable Duration timeout,
      @Nullable Instant createdAt,
      @Nullable LocalDate startDate,
      @Nullable LocalTime quietHoursStart,
      @Nullable YearMonth period,
      @Nullable ZoneId timezone,
      @Nullable Currency currency,
      @Nullable SealedSecret apiSecret,
      List<String> tags,
      List<Item> items,
      Map<String, Object> metadata,
      Outer outer) {
    Sample {
      Checks.notNull(id, "id");
      Checks.notNull(name, "name");
      Checks.notNull(status, "status");
      tags = Checks.copyOf(tags, "tags");
      items = Checks.copyOf(items, "items");
      metadata = Checks.copyOf(metadata, "metadata");
      Checks.notNull(outer, "outer");
    }

    static Sample minimal() {
      return new Sample(
          TenantId.of("t-1"),
          "n",
          TenantStatus.ACTIVE,
          0,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          List.of(),
          List.of(),
          Map.of(),
          Outer.EMPTY);
    }
  }

  /** A nested record in a list. */
  record Item(String label, long quantity) {
    Item {
      Checks.notNull(label, "label");
      Checks.argument(!label.isEmpty(), "label must not be empty");
    }
  }

  /** A group whose fields sit in the parent object, containing another group. */
  record Outer(@Nullable String outerName, Inner inner) implements FlatGroup {
    static final Outer EMPTY = new Outer(null, Inner.EMPTY);
  }

  /** A group inside a group. */
  record Inner(@Nullable Boolean innerFlag, @Nullable SealedSecret innerSecret)
      implements FlatGroup {
    static final Inner EMPTY = new Inner(null, null);
  }

  /** Two groups that would both write {@code clash}: refused when the adapter is built. */
  record Clashing(First first, Second second) {}

  /** One side of {@link Clashing}. */
  record First(@Nullable String clash) implements FlatGroup {}

  /** The other side of {@link Clashing}. */
  record Second(@Nullable String clash) implements FlatGroup {}

  /** A component type the codec does not support. */
  record Unsupported(Thread thread) {}
}
