package com.wabotiq.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.wabotiq.NewTenant;
import com.wabotiq.TenantSdk;
import com.wabotiq.json.JsonCodec;
import com.wabotiq.limits.Decision;
import com.wabotiq.limits.Limits;
import com.wabotiq.limits.Metric;
import com.wabotiq.limits.SendKind;
import com.wabotiq.limits.Usage;
import com.wabotiq.metering.Consumption;
import com.wabotiq.tenant.IllegalStatusTransitionException;
import com.wabotiq.tenant.Tenant;
import com.wabotiq.tenant.TenantStatus;
import com.wabotiq.validation.ModelValidator;
import com.wabotiq.validation.ValidationResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * The README's "A taste" section runs as written: the code between the markers in {@link
 * #taste()} is the README's block line for line (the first test proves it), and the second test
 * runs it and checks what each line is said to do.
 */
class ReadmeTasteTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path THIS_SOURCE =
      Path.of("src", "test", "java", "com", "wabotiq", "examples", "ReadmeTasteTest.java");

  /** What the taste made, for the assertions; the README shows only the taste itself. */
  private record Made(ValidationResult result, Tenant tenant, Tenant paid, Tenant acme,
      Optional<Tenant> found, Decision decision, Consumption sent) {}

  private static Made taste() {
    // README taste begins
    String tenantJson = """
        {"id": "0b6f1c1e-4a53-4c1a-9d55-2f7d9a3c8e10", "name": "Acme Electronics",
         "slug": "acme-electronics", "status": "trial", "timezone": "Africa/Nairobi"}
        """;
    JsonCodec json = JsonCodec.lenient();                   // or JsonCodec.strict()
    Tenant tenant = json.fromJson(tenantJson, Tenant.class);

    ValidationResult result = ModelValidator.create().validate(tenant);
    result.violations().forEach(v ->                         // none: this tenant is valid
        System.out.println(v.path() + " " + v.rule() + ": " + v.message()));

    Tenant paid = tenant.withStatus(TenantStatus.ACTIVE);   // trial -> active: allowed
    try {
      paid.withStatus(TenantStatus.TRIAL);                  // active -> trial: refused
    } catch (IllegalStatusTransitionException e) {
      System.out.println(e.getMessage());                   // status transition active -> trial is not allowed
    }

    TenantSdk sdk = TenantSdk.inMemory();                   // or .builder().storage(JdbcStorage.postgresql(ds))
    Tenant acme = sdk.createTenant(NewTenant.builder("Acme Electronics", ZoneId.of("Africa/Nairobi"))
        .whatsappNumber("+254712345678").build());          // trial of 14 days, slug "acme-electronics"
    Optional<Tenant> found = sdk.findByWhatsappNumber("+254712345678");   // Optional[acme]

    Decision decision = Limits.check(acme,                  // the 1,001st message of a Starter month
        Usage.at(Instant.now()).messagesThisPeriod(1_000).send(SendKind.REPLY).build());
    System.out.println(decision.reasons());                 // monthly_messages limit 1000 used 1000 requested 1

    Consumption sent = sdk.usageMeter().consume(acme,       // check and count in one atomic step
        Usage.at(Instant.now()).send(SendKind.REPLY).build());
    if (sent.isAllowed()) { /* send the reply */ } else { System.out.println(sent.reasons()); }
    // README taste ends
    return new Made(result, tenant, paid, acme, found, decision, sent);
  }

  @Test
  void readme_showsTheTasteExactlyAsThisTestRunsIt() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("## A taste\\R(?:.*\\R)*?```java\\R((?:.*\\R)*?)```").matcher(readme);
    assertThat(block.find()).as("README.md has a java block under \"## A taste\"").isTrue();

    String source = Files.readString(THIS_SOURCE, StandardCharsets.UTF_8);
    String begin = "// README taste begins";
    String end = "// README taste ends";
    String marked = source.substring(source.indexOf(begin) + begin.length(), source.indexOf(end));
    List<String> lines = marked.lines().toList();
    lines = lines.subList(1, lines.size() - 1); // drop the rest of the first marker's line, and the
                                                // indentation before the second
    String indent = " ".repeat(4);
    String unindented = lines.stream()
        .map(line -> line.startsWith(indent) ? line.substring(indent.length()) : line.strip())
        .reduce("", (text, line) -> text + line + "\n");

    assertThat(block.group(1).replace("\r\n", "\n")).isEqualTo(unindented);
  }

  @Test
  @ResourceLock(Resources.SYSTEM_OUT)
  void taste_runsAndDoesWhatItsCommentsSay() {
    PrintStream standardOut = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    Instant before = Instant.now();
    Made made;
    try {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      made = taste();
    } finally {
      System.setOut(standardOut);
    }

    assertThat(made.result().isValid()).as(made.result().violations().toString()).isTrue();
    assertThat(made.tenant().status()).isSameAs(TenantStatus.TRIAL);
    assertThat(made.paid().status()).isSameAs(TenantStatus.ACTIVE);
    assertThat(made.acme().status()).isSameAs(TenantStatus.TRIAL);
    assertThat(made.acme().slug()).isEqualTo("acme-electronics");
    assertThat(made.acme().trialStartDate()).isBetween(before, Instant.now());
    assertThat(Duration.between(made.acme().trialStartDate(), made.acme().trialEndDate()))
        .isEqualTo(Duration.ofDays(14));
    assertThat(made.found()).contains(made.acme());
    assertThat(made.decision().isAllowed()).isFalse();
    assertThat(made.sent().isAllowed()).as(made.sent().reasons()).isTrue();
    assertThat(made.sent().isConsumed()).isTrue();
    assertThat(made.sent().remaining(Metric.MONTHLY_MESSAGES)).hasValue(999);
    // Exactly the two lines the comments promise, and nothing from the validation loop.
    assertThat(printed.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
        "status transition active -> trial is not allowed",
        "monthly_messages limit 1000 used 1000 requested 1");
  }
}
